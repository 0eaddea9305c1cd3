package dev.form4.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeCommandSvgTest {

    @TempDir
    Path tmp;

    @Test
    void lispStaysTheDefaultAndSvgIsAnOption() throws Exception {
        CliRun lisp = CliRun.of("tree", ExtractBatchTest.SEED.toString());
        assertEquals(0, lisp.exit(), lisp.err());
        assertTrue(lisp.out().startsWith("(document"), lisp.out().substring(0, 40));

        Path svg = tmp.resolve("tree.svg");
        CliRun picture = CliRun.of("tree", ExtractBatchTest.SEED.toString(), "--svg", svg.toString(), "--max-depth", "4");
        assertEquals(0, picture.exit(), picture.err());
        assertEquals("", picture.out(), "the picture replaces the LISP output");
        assertTrue(Files.readString(svg).contains("<text x=\"") && Files.readString(svg).contains(">document</text>"));

        assertEquals(2, CliRun.of("tree", ExtractBatchTest.SEED.toString(), "--svg", svg.toString(), "--collapse", "1").exit());
    }
}
