package dev.form4.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesThePageOfTheSeed() throws IOException {
        Path page = tmp.resolve("seed.html");
        CliRun run = CliRun.of("report", ExtractBatchTest.SEED.toString(), "--html", page.toString());
        assertEquals(0, run.exit(), run.err());
        String html = Files.readString(page);
        assertTrue(html.contains("<tr id=\"L31\"><td class=\"ln\">31</td><td class=\"code\">| Common   | Stock   |"), "source pane");
        assertTrue(html.contains("Table I: non-derivative securities"));
        assertTrue(html.contains("&lt;sup&gt;(1)&lt;/sup&gt;"), "the source's tags are shown, not interpreted");
    }

    @Test
    void badInputIsAUsageErrorWithoutPage() throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty.md"), "");
        Path page = tmp.resolve("empty.html");
        CliRun run = CliRun.of("report", empty.toString(), "--html", page.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("empty.md: empty input"), run.err());
        assertFalse(Files.exists(page));
        assertEquals(2, CliRun.of("report", empty.toString()).exit(), "--html is required");
    }
}
