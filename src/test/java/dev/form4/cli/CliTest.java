package dev.form4.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.form4.TestInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void extractWritesContractJson() throws Exception {
        CliRun run = run("extract", TestInputs.SEED.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        for (String field : new String[] {"documentType", "periodOfReport", "dateOfOriginalSubmission", "notSubjectToSection16",
                "issuer", "reportingOwners", "jointFiling", "aff10b5One", "nonDerivativeTable", "derivativeTable",
                "footnotes", "remarks", "signatures", "diagnostics"}) {
            assertTrue(json.has(field), "missing " + field);
        }
        assertEquals(36510, json.at("/nonDerivativeTable/transactions/1/transactionShares").asInt());
        assertEquals("F2", json.at("/nonDerivativeTable/transactions/1/footnotes/transactionPricePerShare/0").asText());
        assertEquals("84.6237", json.at("/nonDerivativeTable/transactions/1/transactionPricePerShare").decimalValue().toPlainString());
        assertEquals("repaired", json.at("/diagnostics").findValuesAsText("kind").stream().filter("repaired"::equals).findFirst().orElseThrow());
    }

    @Test
    void severalFilesGiveJsonLinesWithTheirSource() throws Exception {
        Path copy = dir.resolve("copy.md");
        Files.copy(TestInputs.SEED, copy);
        CliRun run = run("extract", TestInputs.SEED.toString(), copy.toString());
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(2, lines.length);
        assertEquals(copy.toString(), new ObjectMapper().readTree(lines[1]).get("source").asText());
    }

    @Test
    void treeAndTokensDebugTheParse() {
        CliRun tree = run("tree", TestInputs.SEED.toString());
        assertEquals(0, tree.exit());
        assertTrue(tree.out().startsWith("(document (frontMatter (formTitle FORM 4) "), tree.out().substring(0, 80));
        assertTrue(tree.out().contains("(header (headerStart (boxCaption OMB APPROVAL))"), tree.out());
        assertTrue(tree.out().contains("(tableTwo (tableTwoTitle - | Table | "), tree.out());
        CliRun tokens = run("tokens", TestInputs.SEED.toString());
        assertEquals(0, tokens.exit());
        assertTrue(tokens.out().startsWith("FORM_TITLE 1:4 FORM 4\n"), tokens.out());
        assertTrue(tokens.out().contains("\nOWNER_CAPTION 23:3 1. Name and Address of Reporting Person* COURTOT PHILIPPE F | "));
        assertTrue(tokens.out().contains("\nLOOSE_VALUE 50:1 $26.86\n"));
    }

    @Test
    void treeReadsAFileAsExtractDoes() throws Exception {
        byte[] utf8 = Files.readAllBytes(TestInputs.SEED);
        byte[] text = new String(utf8, java.nio.charset.StandardCharsets.UTF_8).getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] utf16 = new byte[text.length + 2];
        utf16[0] = (byte) 0xFF;
        utf16[1] = (byte) 0xFE;
        System.arraycopy(text, 0, utf16, 2, text.length);
        Path file = Files.write(dir.resolve("utf16.md"), utf16);
        assertEquals(run("tree", TestInputs.SEED.toString()).out(), run("tree", file.toString()).out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"extract", "tree", "tokens"}) {
            CliRun run = run(command, "--help");
            assertEquals(0, run.exit());
            assertTrue(run.out().contains("Usage: form4-extractor " + command), run.out());
        }
        CliRun top = run("--help");
        assertTrue(top.out().contains("Exit codes ("), top.out());
    }

    @Test
    void anEmptyFileIsExit2WithAClearMessage() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.md"), "");
        assertBadInput(run("extract", empty.toString()), empty, "empty input");
    }

    @Test
    void aBinaryFileIsExit2() throws Exception {
        Path binary = Files.write(dir.resolve("image.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        assertBadInput(run("extract", binary.toString()), binary, "binary file");
    }

    @Test
    void markdownThatIsNoForm4IsExit2() throws Exception {
        Path readme = Files.writeString(dir.resolve("README.md"), "# A project\n\nSome | table |\n|---|---|\n| a | b |\n");
        assertBadInput(run("extract", readme.toString()), readme, "not a Form 4");
    }

    @Test
    void aMissingFileIsExit2() {
        Path missing = dir.resolve("nope.md");
        assertBadInput(run("extract", missing.toString()), missing, "cannot read");
    }

    @Test
    void aBadFileAmongGoodOnesStillWritesTheGoodOnes() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.md"), "");
        CliRun run = run("extract", TestInputs.SEED.toString(), empty.toString());
        assertEquals(2, run.exit());
        assertEquals(1, run.out().strip().split("\n").length);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = run("extract", "--no-such-option", TestInputs.SEED.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Unknown option"), run.err());
    }

    private static void assertBadInput(CliRun run, Path file, String reason) {
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains(file.toString()), run.err());
        assertTrue(run.err().contains(reason), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertEquals("", run.out());
    }
}
