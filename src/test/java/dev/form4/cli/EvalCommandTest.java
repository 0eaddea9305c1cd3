package dev.form4.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalCommandTest {

    static final Path XML = Path.of("testdata/corpus/edgar-xml/LNKD/000118143111033001.xml");
    static final Path MD = Path.of("testdata/renderings/lnkd-hoffman-joint-filing.md");

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cli = Form4Cli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Scoring the truth against itself counts every field the printed form shows. */
    static long fieldsTheFilingShows() {
        dev.form4.model.Form4 truth = dev.form4.edgar.EdgarXmlReader.read(XML);
        return dev.form4.eval.FormScorer.score("t", truth, truth).counts().expected();
    }

    @Test
    void scoresOneDocumentAsJsonWithEveryGroup() throws IOException {
        Run run = run("eval", "--json", "--truth", XML.toString(), MD.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(MD.toString(), json.get("documents").get(0).get("source").asText());
        for (String group : new String[]{"header", "owners", "table1", "table2", "footnoteLinks", "footnotes", "signatures"}) {
            assertTrue(json.get("groups").has(group), group);
        }
        double f1 = json.get("overall").get("f1").asDouble();
        assertTrue(f1 >= 0 && f1 <= 1);
        long expected = json.get("overall").get("correct").asLong() + json.get("overall").get("falseNegatives").asLong();
        assertEquals(fieldsTheFilingShows(), expected);
    }

    @Test
    void scoresADirectoryOfPairsAsText(@TempDir Path dir) throws IOException {
        Files.copy(XML, dir.resolve("a.xml"));
        Files.copy(MD, dir.resolve("a.md"));
        Files.writeString(dir.resolve("lonely.md"), "no truth beside me");
        Run run = run("eval", dir.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains(dir.resolve("a.md").toString()), run.out());
        assertTrue(run.out().contains("overall"), run.out());
        assertFalse(run.out().contains("lonely"), run.out());
    }

    @Test
    void aDocumentTheExtractorRefusesScoresAsNothingReadAndExitsTwo(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("empty.md");
        Files.writeString(md, "   \n");
        Run run = run("eval", "--json", "--truth", XML.toString(), md.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("error: " + md + ": empty input"), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(0.0, json.get("overall").get("recall").asDouble());
        assertEquals(fieldsTheFilingShows(), json.get("overall").get("falseNegatives").asLong());
    }

    @Test
    void badTruthAndBadUsageExitTwoWithoutStackTrace(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, "<ownershipDocument>\n<issuer>");
        Run bad = run("eval", "--truth", broken.toString(), MD.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().startsWith("error: " + broken + ":2:"), bad.err());
        assertFalse(bad.err().contains("\tat "), bad.err());

        Run missing = run("eval", "--truth", dir.resolve("nope.xml").toString(), MD.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nope.xml: no such file"), missing.err());

        Run notDir = run("eval", MD.toString());
        assertEquals(2, notDir.exit());
        assertTrue(notDir.err().contains("not a directory"), notDir.err());

        Run empty = run("eval", dir.toString());
        assertEquals(2, empty.exit());
        assertTrue(empty.err().contains("no document pairs"), empty.err());
    }
}
