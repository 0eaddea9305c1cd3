package dev.form4.corpus;

import dev.form4.Form4Extractor;
import dev.form4.edgar.EdgarXmlReader;
import dev.form4.eval.FormScorer;
import dev.form4.eval.Score;
import dev.form4.model.Form4;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The sizes and codes issue 3 names (10 owners, 99 footnotes, 30 rows a table, every transaction code),
 * rendered clean, extract exactly.
 */
class ScaledFormsTest {

    static final Path BASE = Path.of("testdata/corpus/edgar-xml/ARWR/arrowhead_footnotes.xml");

    private static Score extractScaled(String name, UnaryOperator<Form4> grow) {
        Form4 truth = grow.apply(EdgarXmlReader.read(BASE));
        String markdown = MarkdownRenderer.render(truth);
        return FormScorer.score(name, truth, new Form4Extractor().extract(name, markdown).form());
    }

    @Test
    void tenReportingOwners() {
        Score score = extractScaled("ten-owners", ScaledForms::tenOwners);
        assertEquals(1.0, score.counts().f1(), score.problems().toString());
    }

    @Test
    void ninetyNineFootnotes() {
        Score score = extractScaled("99-footnotes", ScaledForms::manyFootnotes);
        assertEquals(1.0, score.counts().f1(), score.problems().toString());
    }

    @Test
    void everyTransactionCode() {
        Score score = extractScaled("all-codes", ScaledForms::allCodes);
        assertEquals(1.0, score.counts().f1(), score.problems().toString());
    }

    @Test
    void thirtyRowsInATable() {
        Score score = extractScaled("30-rows", ScaledForms::thirtyRows);
        assertEquals(1.0, score.counts().f1(), score.problems().toString());
    }
}
