package dev.form4.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.form4.Extraction;
import dev.form4.Form4Extractor;
import dev.form4.corpus.MarkdownRenderer;
import dev.form4.edgar.EdgarXmlReader;
import dev.form4.eval.FieldResult;
import dev.form4.eval.FormScorer;
import dev.form4.model.Diagnostic;
import dev.form4.model.Form4;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Issue 4's round trip over the whole corpus: filing XML -> model -> Marker-like Markdown (level 0, clean) ->
 * extract -> EDGAR XML. Every written document must validate against the schema; the written XML, read back,
 * must hold exactly what was extracted except what the writer reported it could not write; and wherever the
 * extraction itself was right, the round trip gives back the filing's values.
 */
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ) // prints; not while a test captures it
class EdgarRoundTripTest {

    static final Path CORPUS = Path.of("testdata/corpus/edgar-xml");

    private static List<Path> filings() throws IOException {
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            return walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    @Test
    void everyCorpusFilingRoundTripsValidAndFaithful() throws IOException {
        List<Path> filings = filings();
        assertTrue(filings.size() >= 300, "the corpus is in testdata: " + filings.size());
        Form4Extractor extractor = new Form4Extractor();
        Queue<String> invalid = new ConcurrentLinkedQueue<>();
        Queue<String> unreported = new ConcurrentLinkedQueue<>();
        Queue<String> changed = new ConcurrentLinkedQueue<>();
        AtomicInteger extractionFailed = new AtomicInteger();
        AtomicInteger rightlyExtracted = new AtomicInteger();
        AtomicInteger rowsLeftOut = new AtomicInteger();
        filings.parallelStream().forEach(file -> {
            String name = CORPUS.relativize(file).toString();
            Form4 truth = EdgarXmlReader.read(file);
            Extraction extraction;
            try {
                extraction = extractor.extract(name, MarkdownRenderer.render(truth));
            } catch (RuntimeException e) {
                // The extractor's failure, measured by the accuracy test; nothing here for the writer to write.
                extractionFailed.incrementAndGet();
                return;
            }
            EdgarXmlWriter.Result written = EdgarXmlWriter.write(extraction.form());
            List<String> problems = EdgarSchema.validate(written.xml());
            if (!problems.isEmpty()) {
                invalid.add(name + ": " + problems);
                return;
            }
            Form4 back = EdgarXmlReader.read(new ByteArrayInputStream(written.xml().getBytes(StandardCharsets.UTF_8)), name);
            long leftOut = written.warnings().stream().filter(w -> w.message().startsWith("row left out")).count();
            rowsLeftOut.addAndGet((int) leftOut);
            if (leftOut == 0) {
                // Row indexes line up: every difference must be one the writer reported.
                for (FieldResult p : FormScorer.score(name, extraction.form(), back).problems()) {
                    if (!reported(p.field(), written.warnings())) {
                        unreported.add(name + ": " + p);
                    }
                }
            }
            if (FormScorer.score(name, truth, extraction.form()).problems().isEmpty()) {
                rightlyExtracted.incrementAndGet();
                // aff10b5One (schema X0407 on) is the one thing X0306 cannot hold; the writer reports it.
                List<FieldResult> roundTrip = FormScorer.score(name, truth, back).problems().stream()
                        .filter(p -> !reported(p.field(), written.warnings())).toList();
                if (!roundTrip.isEmpty()) {
                    changed.add(name + ": " + roundTrip);
                }
            }
        });
        System.out.printf(Locale.ROOT, "EDGAR XML round trip: %d filings, %d extraction failures, %d valid, %d extracted"
                        + " exactly and given back exactly: %d, rows left out by the writer: %d%n", filings.size(),
                extractionFailed.get(), filings.size() - extractionFailed.get() - invalid.size(), rightlyExtracted.get(),
                rightlyExtracted.get() - changed.size(), rowsLeftOut.get());
        assertEquals(List.of(), List.copyOf(invalid), "every written document validates against X0306");
        assertEquals(List.of(), List.copyOf(unreported), "nothing lost without a report");
        assertEquals(List.of(), List.copyOf(changed), "a right extraction survives the XML unchanged");
        assertTrue(rightlyExtracted.get() > 0, "some clean renderings extract exactly, so the last check bites");
    }

    /** A loss is reported when a writer note names the field or a record that holds it. */
    private static boolean reported(String field, List<Diagnostic> warnings) {
        return warnings.stream().map(Diagnostic::field).filter(f -> f != null)
                .anyMatch(f -> field.equals(f) || field.startsWith(f + ".") || field.startsWith(f + "["));
    }
}
