package dev.form4.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.form4.TestInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Not a Form 4" decided the same way by every command, exit 2, naming what was found instead. */
class NotAForm4Test {

    private static final Path EDGAR_XML = Path.of("testdata/corpus/edgar-html/GOOG_000112760215028697.xml");
    private static final Path SEC_RENDERING = Path.of("testdata/corpus/edgar-html/GOOG_000112760215028697.rendered.html");

    @TempDir
    Path dir;

    /** Every command that reads a document, on {@code file}. */
    private List<CliRun> everyCommand(Path file) {
        return List.of(CliRun.of("extract", file.toString()), CliRun.of("tree", file.toString()),
                CliRun.of("tokens", file.toString()),
                CliRun.of("report", file.toString(), "--html", dir.resolve("page.html").toString()),
                CliRun.of("eval", "--truth", EDGAR_XML.toString(), file.toString()));
    }

    private void assertRefusedByAll(Path file, String place, String found) {
        for (CliRun run : everyCommand(file)) {
            assertEquals(2, run.exit(), run.err());
            assertTrue(run.err().startsWith("error: " + file + place + ": not a Form 4: " + found), run.err());
        }
        assertTrue(!Files.exists(dir.resolve("page.html")), "no page written for what is not a Form 4");
    }

    @Test
    void theGoldenJsonAsJsonOrAsMarkdown() throws IOException {
        Path asMd = Files.copy(TestInputs.SEED_GOLDEN, dir.resolve("golden.md"));
        assertRefusedByAll(TestInputs.SEED_GOLDEN, ":1:1", "this is the JSON that extract writes");
        assertRefusedByAll(asMd, ":1:1", "this is the JSON that extract writes");
    }

    @Test
    void jsonLinesAndOtherJson() throws IOException {
        String lines = CliRun.of("extract", TestInputs.SEED.toString(), TestInputs.SEED.toString()).out();
        Path jsonl = Files.writeString(dir.resolve("all.jsonl"), lines);
        assertRefusedByAll(jsonl, ":1:1", "this is the JSON that extract writes");
        Path other = Files.writeString(dir.resolve("data.md"), "\n  [1, 2, {\"FORM 4\": \"Table I\"}]\n");
        assertRefusedByAll(other, ":2:3", "this is a JSON document");
    }

    @Test
    void markdownThatOpensLikeJsonIsStillRead() throws IOException {
        Path md = Files.writeString(dir.resolve("x.md"), "[scan] " + TestInputs.seed());
        assertEquals(0, CliRun.of("extract", md.toString()).exit());
    }

    @Test
    void xmlDocuments() throws IOException {
        assertRefusedByAll(EDGAR_XML, ":2:1", "this is EDGAR ownershipDocument XML");
        CliRun run = CliRun.of("extract", EDGAR_XML.toString());
        assertTrue(run.err().contains("eval --truth " + EDGAR_XML + " DOC.md"), run.err());
        Path other = Files.writeString(dir.resolve("feed.xml"), "<?xml version=\"1.0\"?>\n<rss><title>FORM 4 Table I</title></rss>\n");
        assertRefusedByAll(other, ":2:1", "this is an XML document (root element <rss>)");
    }

    @Test
    void htmlPagesAreJudgedByTheirVisibleText() throws IOException {
        // The landmarks stand only where no reader sees them: title, comment, script, attribute.
        Path hidden = Files.writeString(dir.resolve("page.htm"), "<!DOCTYPE html><html><head><title>FORM 4</title>"
                + "<!-- Table I, Issuer Name --><script>var a = 'Explanation of Responses';</script></head>"
                + "<body><p title=\"Name and Address of Reporting Person\">Hello</p></body></html>");
        assertRefusedByAll(hidden, "", "an HTML page titled 'FORM 4' whose visible text has 0 of the form's landmarks");
        // The SEC's own rendering of a Form 4 is a Form 4: not refused (what it yields is the HTML reader's business).
        assertEquals(0, CliRun.of("extract", SEC_RENDERING.toString()).exit());
        assertEquals(0, CliRun.of("tree", SEC_RENDERING.toString()).exit());
    }

    @Test
    void emptyFilesForEveryCommand() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.md"), " \n\n");
        for (CliRun run : everyCommand(empty)) {
            assertEquals(2, run.exit(), run.err());
            assertTrue(run.err().startsWith("error: " + empty + ": empty input"), run.err());
        }
        assertEquals(2, CliRun.of("tree", "--fragment", empty.toString()).exit(), "not even a fragment");
    }

    @Test
    void treeAndTokensTakeAFragmentWhenAskedTo() {
        Path example = Path.of("testdata/examples/form/marker-damaged-table-rows.md");
        CliRun refused = CliRun.of("tree", example.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("not a Form 4: the text has 0 of the form's landmarks"), refused.err());
        CliRun tree = CliRun.of("tree", "--fragment", example.toString());
        assertEquals(0, tree.exit(), tree.err());
        assertEquals(TestInputs.read(Path.of("testdata/examples/form/marker-damaged-table-rows.tree")).strip(), tree.out().strip());
        assertEquals(0, CliRun.of("tokens", "--fragment", example.toString()).exit());
    }
}
