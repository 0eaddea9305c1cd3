package dev.form4.eval;

import dev.form4.Form4Exception;
import dev.form4.Form4Extractor;
import dev.form4.edgar.EdgarXmlReader;
import dev.form4.model.Form4;

/**
 * Extracts a document and scores it against its filing XML. A document the extractor refuses (a
 * {@link Form4Exception}) scores as if nothing was read, and the refusal is kept for the report; so does one
 * on which the extractor fails with any other exception (a bug), so that one bad document does not end the
 * measurement of the others.
 */
public final class Evaluator {

    /** The score of one pair, and the extractor's refusal message or its failure, if any. */
    public record Result(Score score, String refusal, RuntimeException failure) {
    }

    private final Form4Extractor extractor;

    public Evaluator(Form4Extractor extractor) {
        this.extractor = extractor;
    }

    /** @throws dev.form4.edgar.EdgarXmlException when the truth cannot be read */
    public Result evaluate(EvalPair pair) {
        Form4 truth = EdgarXmlReader.read(pair.truth());
        String source = pair.document().toString();
        try {
            return new Result(FormScorer.score(source, truth, extractor.extract(pair.document()).form()), null, null);
        } catch (Form4Exception e) {
            return new Result(Score.failed(source, FormScorer.score(source, truth, truth)), e.getMessage(), null);
        } catch (RuntimeException e) {
            return new Result(Score.failed(source, FormScorer.score(source, truth, truth)), null, e);
        }
    }
}
