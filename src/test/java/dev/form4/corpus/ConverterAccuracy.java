package dev.form4.corpus;

import dev.form4.Form4Extractor;
import dev.form4.edgar.EdgarXmlReader;
import dev.form4.eval.FormScorer;
import dev.form4.eval.Score;
import dev.form4.model.Form4;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Extracts every committed converter output with the public API and scores it against its filing's XML. A
 * refusal (Form4Exception) scores as nothing read; so do a crash and a hang, which are listed as well.
 */
final class ConverterAccuracy {

    /**
     * A guard against a hang (an unbounded loop), not a speed test: the slowest output, Tesseract's FB
     * 000112760218024167 (many capitalised words, so many ways to split its lines into rows), takes 0.3 s warm
     * but over 5 s on a 2-core machine shared with other builds, where a 10 s limit failed the build.
     */
    static final long TIME_LIMIT_SECONDS = 60;

    /** The outcome for one report row: a converter (or a converter on the real SEC pages). */
    record VariantResult(String variant, List<Score> scores, List<String> refusals, List<String> crashes,
                         List<String> hangs) {
    }

    private ConverterAccuracy() {
    }

    /** Results by variant, in the order of {@link ConverterOutput#CONVERTERS}, ours before the real pages. */
    static Map<String, VariantResult> measure(List<ConverterOutput> outputs) {
        Map<String, VariantResult> results = new LinkedHashMap<>();
        for (boolean real : new boolean[] {false, true}) {
            for (String converter : ConverterOutput.CONVERTERS) {
                String variant = real ? converter + ".sec" : converter;
                if (outputs.stream().anyMatch(o -> o.variant().equals(variant))) {
                    results.put(variant, new VariantResult(variant, new ArrayList<>(), new ArrayList<>(),
                            new ArrayList<>(), new ArrayList<>()));
                }
            }
        }
        Form4Extractor extractor = new Form4Extractor();
        Map<String, Form4> truths = new LinkedHashMap<>();
        try (TimedExtraction timed = new TimedExtraction(TIME_LIMIT_SECONDS)) {
            for (ConverterOutput output : outputs) {
                Form4 truth = truths.computeIfAbsent(output.filing(), f -> EdgarXmlReader.read(CorpusAccuracy.CORPUS.resolve(f)));
                VariantResult result = results.get(output.variant());
                String source = output.source();
                TimedExtraction.Outcome outcome = timed.run(() -> extractor.extract(output.file()).form());
                if (outcome.kind() == TimedExtraction.Outcome.Kind.READ) {
                    result.scores().add(FormScorer.score(source, truth, outcome.form()));
                    continue;
                }
                result.scores().add(Score.failed(source, FormScorer.score(source, truth, truth)));
                switch (outcome.kind()) {
                    case REFUSED -> result.refusals().add(source + ": " + outcome.message());
                    case CRASHED -> result.crashes().add(source + ": " + outcome.message());
                    default -> result.hangs().add(source + ": " + outcome.message());
                }
            }
        }
        return results;
    }
}
