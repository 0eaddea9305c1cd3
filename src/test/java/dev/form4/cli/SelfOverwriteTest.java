package dev.form4.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.form4.TestInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No command writes over its own input: refused as a usage error before anything is written. */
class SelfOverwriteTest {

    @TempDir
    Path dir;

    private Path seed() throws IOException {
        return Files.copy(TestInputs.SEED, dir.resolve("x.md"));
    }

    @Test
    void reportAndTreeRefuseTheInputAsTheirOutput() throws IOException {
        Path input = seed();
        byte[] before = Files.readAllBytes(input);
        Path symlink = Files.createSymbolicLink(dir.resolve("link.html"), input.getFileName());
        Path hardLink = Files.createLink(dir.resolve("hard.svg"), input);
        List<List<String>> runs = List.of(
                List.of("report", input.toString(), "--html", input.toString()),
                List.of("report", input.toString(), "--html", dir.resolve(".").resolve("x.md").toString()),
                List.of("report", input.toString(), "--html", symlink.toString()),
                List.of("tree", input.toString(), "--svg", input.toString()),
                List.of("tree", input.toString(), "--svg", hardLink.toString()));
        for (List<String> args : runs) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, run.exit(), args + ": " + run.err());
            assertTrue(run.err().startsWith("error: --"), run.err());
            assertTrue(run.err().contains("is the input file " + input + "; refusing to overwrite it (nothing was written)"),
                    run.err());
            assertArrayEquals(before, Files.readAllBytes(input), args + " left the input as it was");
        }
    }

    @Test
    void aBatchNeverOverwritesAnInputOfTheSameRun() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(TestInputs.SEED, in.resolve("a.md"));
        Path json = Files.copy(TestInputs.SEED_GOLDEN, in.resolve("b.json"));
        byte[] before = Files.readAllBytes(json);

        // "*" takes b.json as an input; its output would be in/b.json: the file itself.
        CliRun run = CliRun.of("extract", in.toString(), "--glob", "*", "--out", in.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().startsWith("error: the output of " + json + " would be " + json + ", that input itself;"
                + " nothing was written"), run.err());
        assertArrayEquals(before, Files.readAllBytes(json));
        try (Stream<Path> files = Files.list(in)) {
            assertEquals(2, files.count(), "no output, no marker, no temporary file");
        }

        // An input a.md whose output in/a.json is another input of the run.
        Files.delete(json);
        Path aJson = Files.copy(TestInputs.SEED_GOLDEN, in.resolve("a.json"));
        CliRun other = CliRun.of("extract", in.resolve("a.md").toString(), aJson.toString(), "--out", in.toString());
        assertEquals(2, other.exit(), other.err());
        assertTrue(other.err().contains("the output " + in.resolve("a.json") + " of " + in.resolve("a.md")
                + " would overwrite " + aJson + ", an input of this run"), other.err());
        assertArrayEquals(before, Files.readAllBytes(aJson));
    }

    @Test
    void twoInputsWithOneOutputAreRefusedBeforeEitherIsWritten() throws IOException {
        Path one = Files.createDirectories(dir.resolve("one"));
        Path two = Files.createDirectories(dir.resolve("two"));
        Files.copy(TestInputs.SEED, one.resolve("x.md"));
        Files.copy(TestInputs.SEED, two.resolve("x.md"));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("extract", one.resolve("x.md").toString(), two.resolve("x.md").toString(), "--out", out.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("would both be written to " + out.resolve("x.json")), run.err());
        assertTrue(!Files.exists(out.resolve("x.json")));
    }

    @Test
    void outputsBesideTheInputsAreFineWhenTheyAreNoInputs() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(TestInputs.SEED, in.resolve("a.md"));
        CliRun run = CliRun.of("extract", in.toString(), "--out", in.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isRegularFile(in.resolve("a.json")));
        CliRun again = CliRun.of("extract", in.toString(), "--out", in.toString());
        assertEquals(0, again.exit(), "the default glob leaves a.json and its marker out: " + again.err());
        assertTrue(again.err().contains("0 written, 1 skipped"), again.err());
    }
}
