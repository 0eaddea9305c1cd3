package dev.form4.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.form4.TestInputs;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails is an error with its own exit code (4), never exit 0: one line naming the output and the
 * reason in words, no temporary file name, no Java class name.
 */
class OutputFailureTest {

    private static final String SEED = TestInputs.SEED.toString();

    @TempDir
    Path dir;

    @Test
    void everyCommandChecksStandardOutput() throws IOException {
        Path pairs = Files.createDirectories(dir.resolve("pairs"));
        Files.copy(Path.of("testdata/corpus/edgar-xml/AAPL").toFile().listFiles()[0].toPath(), pairs.resolve("x.xml"));
        Files.writeString(pairs.resolve("x.md"), "placeholder"); // refused, scored as nothing read: still a report
        List<List<String>> commands = List.of(
                List.of("extract", SEED), List.of("extract", "--format", "edgar-xml", SEED),
                List.of("extract", "--format", "csv", SEED), List.of("extract", SEED, SEED),
                List.of("tree", SEED), List.of("tokens", SEED), List.of("eval", pairs.toString()),
                List.of("--help"), List.of("extract", "--help"), List.of("--version"));
        for (List<String> command : commands) {
            CliRun run = CliRun.withStdout(CliRun.fullDisk(), command.toArray(String[]::new));
            assertEquals(4, run.exit(), command + ": " + run.err());
            assertTrue(run.err().lines().anyMatch("error: cannot write standard output: no space left on device"::equals),
                    command + ": " + run.err());
            assertEquals(1, run.err().lines().filter(l -> l.startsWith("error: cannot write")).count(), run.err());
            assertInWords(run, command.toString());
        }
    }

    @Test
    void devFullWhereTheSystemHasIt() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "no /dev/full on this system");
        for (String format : List.of("json", "edgar-xml", "csv")) {
            try (FileOutputStream stream = new FileOutputStream(full.toFile())) {
                PrintWriter stdout = CheckedPrintWriter.to(stream);
                CliRun run = CliRun.withStdout(stdout, "extract", "--format", format, SEED);
                assertEquals(4, run.exit(), format + ": " + run.err());
                assertTrue(run.err().contains("error: cannot write standard output: no space left on device"), run.err());
            }
        }
        try (FileOutputStream stream = new FileOutputStream(full.toFile())) {
            assertEquals(4, CliRun.withStdout(CheckedPrintWriter.to(stream), "tokens", SEED).exit());
        }
    }

    @Test
    void aPageOrPictureThatCannotBeWritten() throws IOException {
        Path taken = Files.createDirectories(dir.resolve("taken.html"));
        CliRun intoDirectory = CliRun.of("report", SEED, "--html", taken.toString());
        assertEquals(4, intoDirectory.exit(), intoDirectory.err());
        assertEquals("error: cannot write " + taken + ": is a directory", intoDirectory.err().strip());

        Path file = Files.writeString(dir.resolve("plain"), "x");
        Path under = file.resolve("tree.svg");
        CliRun underAFile = CliRun.of("tree", SEED, "--svg", under.toString());
        assertEquals(4, underAFile.exit(), underAFile.err());
        assertEquals("error: cannot write " + under + ": " + file + " is a file, not a directory", underAFile.err().strip());
        assertOneLineInWords(underAFile, "tree --svg", 1);
        assertEquals("x", Files.readString(file), "nothing half-written");
    }

    @Test
    void anOutDirectoryThatCannotBeWrittenStopsTheBatchBeforeItStarts() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 5; i++) {
            Files.copy(TestInputs.SEED, in.resolve("seed" + i + ".md"));
        }
        Path file = Files.writeString(dir.resolve("out"), "a file, not a directory");
        CliRun run = CliRun.of("extract", in.toString(), "--out", file.toString());
        assertEquals(4, run.exit(), run.err());
        assertEquals("error: cannot write " + file + ": " + file + " is a file, not a directory", run.err().strip(),
                "one line, not one per input");
    }

    @Test
    void anOutputThatAloneCannotBeWrittenFailsAloneAndTheRunGoesOn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(TestInputs.SEED, in.resolve("a.md"));
        Files.copy(TestInputs.SEED, in.resolve("b.md"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(out.resolve("a.json")); // stands where a's output should go
        CliRun run = CliRun.of("extract", in.toString(), "--out", out.toString(), "--threads", "1");
        assertEquals(4, run.exit(), run.err());
        assertTrue(run.err().contains("error: cannot write " + out.resolve("a.json") + ": is a directory (the output of "
                + in.resolve("a.md") + ")"), run.err());
        assertTrue(run.err().contains("2 documents: 1 written, 0 skipped (up to date), 1 failed (1 could not be written)"),
                run.err());
        assertTrue(Files.isRegularFile(out.resolve("b.json")));
        assertOneLineInWords(run, "batch", 2);
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".tmp")).toList(), "no temporary file left");
        }
    }

    /** {@code lines} lines on stderr (errors and a summary), none naming a Java class or a temporary file. */
    static void assertOneLineInWords(CliRun run, String what, int lines) {
        assertEquals(lines, run.err().strip().lines().count(), what + ": " + run.err());
        assertInWords(run, what);
    }

    static void assertInWords(CliRun run, String what) {
        assertFalse(run.err().matches("(?s).*\\b[A-Z][A-Za-z]*(Exception|Error)\\b.*"), what + ": " + run.err());
        assertFalse(run.err().contains(".tmp"), what + ": " + run.err());
        assertFalse(run.err().contains("\tat "), what + ": " + run.err());
    }
}
