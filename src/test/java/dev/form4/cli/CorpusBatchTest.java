package dev.form4.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.form4.corpus.MarkdownRenderer;
import dev.form4.edgar.EdgarXmlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 4's batch check: the whole corpus, rendered, with one file damaged to garbage among them. */
class CorpusBatchTest {

    @TempDir
    Path tmp;

    @Test
    void wholeCorpusWithOneGarbageFileCompletesReportsItAndResumes() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("md"));
        List<Path> filings;
        try (Stream<Path> walk = Files.walk(Path.of("testdata/corpus/edgar-xml"))) {
            filings = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        for (Path filing : filings) {
            Path md = in.resolve(filing.getParent().getFileName() + "/" + filing.getFileName().toString().replace(".xml", ".md"));
            Files.createDirectories(md.getParent());
            Files.writeString(md, MarkdownRenderer.render(EdgarXmlReader.read(filing)));
        }
        Path victim = in.resolve("AAPL").toFile().listFiles()[0].toPath();
        byte[] garbage = new byte[4096];
        new java.util.Random(4).nextBytes(garbage);
        Files.write(victim, garbage);

        Path out = tmp.resolve("json");
        CliRun run = CliRun.of("extract", in.toString(), "--out", out.toString());
        assertEquals(2, run.exit(), run.err());
        List<String> errors = run.err().lines().filter(l -> !l.startsWith(filings.size() + " documents")).toList();
        assertEquals(1, errors.size(), run.err());
        assertTrue(errors.get(0).startsWith("error: " + victim + ": "), errors.get(0));
        int good = filings.size() - 1;
        assertTrue(run.err().contains(filings.size() + " documents: " + good + " written, 0 skipped (up to date), 1 failed"),
                run.err());
        try (Stream<Path> written = Files.walk(out)) {
            assertEquals(good, written.filter(p -> p.toString().endsWith(".json")).count());
        }

        CliRun again = CliRun.of("extract", in.toString(), "--out", out.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("0 written, " + good + " skipped (up to date), 1 failed"), again.err());
    }
}
