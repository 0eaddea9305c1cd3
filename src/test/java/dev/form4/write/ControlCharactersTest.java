package dev.form4.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.form4.TestInputs;
import dev.form4.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters in field text are kept by the reader; each writer does what its format needs: JSON escapes
 * them, CSV and XML drop them and say so, the review page shows them as visible symbols.
 */
class ControlCharactersTest {

    private static final String NAME = "COURTOT \u001b[31mPHILIPPE\u0007 F";

    @TempDir
    Path dir;

    private Path hostile() throws IOException {
        return Files.writeString(dir.resolve("ctl.md"), TestInputs.seed().replace("COURTOT PHILIPPE F", NAME));
    }

    @Test
    void jsonKeepsThemEscaped() throws IOException {
        CliRun run = CliRun.of("extract", hostile().toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("COURTOT \\u001B[31mPHILIPPE\\u0007 F"), "escaped as JSON escapes them");
        assertEquals(NAME, new ObjectMapper().readTree(run.out()).at("/reportingOwners/0/name").asText(), "as written");
    }

    @Test
    void csvDropsThemAndSaysSo() throws IOException {
        Path file = hostile();
        CliRun run = CliRun.of("extract", "--format", "csv", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().chars().anyMatch(c -> c == 0x1b || c == 0x07), "no raw control character in the CSV");
        assertTrue(run.out().contains(",COURTOT [31mPHILIPPE F,"), run.out());
        assertEquals(file + ": warning: reportingOwners: dropped 2 characters (U+0007, U+001B) that CSV cannot carry as text",
                run.err().strip());
        assertEquals(3, CliRun.of("extract", "--format", "csv", "--fail-on", "warning", file.toString()).exit());
    }

    @Test
    void xmlDropsThemAndSaysSo() throws IOException {
        Path file = hostile();
        CliRun run = CliRun.of("extract", "--format", "edgar-xml", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().chars().anyMatch(c -> c == 0x1b || c == 0x07));
        assertEquals(List.of(), EdgarSchema.validate(run.out()));
        assertTrue(run.err().contains(file + ": warning: rptOwnerName: dropped 2 characters (U+0007, U+001B) that XML 1.0"
                + " cannot carry as text"), run.err());
    }

    @Test
    void theReviewPageShowsThemAsSymbols() throws IOException {
        Path page = dir.resolve("page.html");
        CliRun run = CliRun.of("report", hostile().toString(), "--html", page.toString());
        assertEquals(0, run.exit(), run.err());
        String html = Files.readString(page);
        assertFalse(html.chars().anyMatch(c -> c == 0x1b || c == 0x07), "no raw control character reaches the page");
        assertTrue(html.contains("COURTOT \u241b[31mPHILIPPE\u2407 F"), "ESC and BEL shown as U+241B and U+2407");
    }
}
