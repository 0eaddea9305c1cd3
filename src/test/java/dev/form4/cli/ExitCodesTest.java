package dev.form4.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.form4.Extraction;
import dev.form4.Form4Extractor;
import dev.form4.TestInputs;
import dev.form4.batch.FailOn;
import dev.form4.model.Diagnostic;
import dev.form4.model.SourcePosition;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/** The exit-code table of the README and of --help is the whole truth: the same rows, and each row happens. */
class ExitCodesTest {

    private static final String SEED = TestInputs.SEED.toString();

    @TempDir
    Path dir;

    @Test
    void readmeTableIsTheHelpTable() throws IOException {
        Map<Integer, String> readme = readmeTable();
        Map<Integer, String> annotation = new LinkedHashMap<>();
        for (String row : Form4Cli.class.getAnnotation(Command.class).exitCodeList()) {
            annotation.put(Integer.parseInt(row.substring(0, row.indexOf(':'))), row.substring(row.indexOf(':') + 1));
        }
        assertEquals(annotation, readme);
        String help = CliRun.of("--help").out().replaceAll("\\s+", " ");
        for (Map.Entry<Integer, String> row : annotation.entrySet()) {
            assertTrue(help.contains(row.getKey() + " " + row.getValue().replaceAll("\\s+", " ")), help);
        }
    }

    @Test
    void row0Done() {
        CliRun run = CliRun.of("extract", SEED);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("{"));
    }

    @Test
    void row1InternalErrorWithItsTrace() {
        // A writer that breaks in a way no command expects stands in for a bug: exit 1, with the trace.
        PrintWriter broken = new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                throw new IllegalStateException("a bug");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        CliRun run = CliRun.withStdout(broken, "extract", SEED);
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().startsWith("internal error: java.lang.IllegalStateException: a bug"), run.err());
        assertTrue(run.err().contains("\tat "), "the trace, so it can be reported: " + run.err());
    }

    @Test
    void row2BadInputIsOneLineAndTheOthersAreStillDone() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.md"), "");
        CliRun run = CliRun.of("extract", empty.toString(), SEED);
        assertEquals(2, run.exit());
        assertEquals("error: " + empty + ": empty input; expected a Form 4 as a converter wrote it", run.err().strip());
        assertEquals(1, run.out().strip().lines().count(), "the seed is still extracted (one JSON line)");
    }

    @Test
    void row3FailOnASeverityTheDocumentReaches() {
        // The seed has warnings (a price no reading can give) and no error.
        CliRun warning = CliRun.of("extract", "--fail-on", "warning", SEED);
        assertEquals(3, warning.exit(), warning.err());
        assertTrue(warning.out().startsWith("{"), "the output is written all the same");
        assertEquals(0, CliRun.of("extract", "--fail-on", "error", SEED).exit());
        assertEquals(0, CliRun.of("extract", SEED).exit(), "without --fail-on, diagnostics never fail the run");

        CliRun bad = CliRun.of("extract", "--fail-on", "fatal", SEED);
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("'fatal' is not a severity; expected one of error, warning"), bad.err());
    }

    @Test
    void failOnDecidesOnSeverityAloneWhateverTheKind() {
        Extraction seed = new Form4Extractor().extract(TestInputs.SEED);
        List<Diagnostic> withError = new ArrayList<>(seed.diagnostics());
        // A kind no rule gives as an error today: the decision must not depend on the kind.
        withError.add(new Diagnostic(Diagnostic.Severity.ERROR, Diagnostic.Kind.NOISE, SourcePosition.UNKNOWN, null, "x"));
        Extraction erroneous = new Extraction(seed.sourceName(), seed.form(), withError, seed.parse());
        assertTrue(FailOn.ERROR.isHitBy(FailOn.worst(erroneous, List.of())));
        assertTrue(FailOn.WARNING.isHitBy(FailOn.worst(erroneous, List.of())));
        assertFalse(FailOn.ERROR.isHitBy(FailOn.worst(seed, List.of())));
        Diagnostic writerError = new Diagnostic(Diagnostic.Severity.ERROR, Diagnostic.Kind.LIMIT, SourcePosition.UNKNOWN, null, "y");
        assertTrue(FailOn.ERROR.isHitBy(FailOn.worst(seed, List.of(writerError))), "a writer's note counts too");
        assertFalse(FailOn.WARNING.isHitBy(Optional.empty()));
    }

    @Test
    void row4OutputNotWritten() {
        CliRun run = CliRun.withStdout(CliRun.fullDisk(), "extract", SEED);
        assertEquals(4, run.exit(), run.err());
        assertEquals("error: cannot write standard output: no space left on device", run.err().strip());
    }

    @Test
    void precedenceIsInternalThenOutputThenInputThenDiagnostics() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.md"), "");
        CliRun outputAndInput = CliRun.withStdout(CliRun.fullDisk(), "extract", empty.toString(), SEED);
        assertEquals(4, outputAndInput.exit(), outputAndInput.err());
        CliRun inputAndDiagnostics = CliRun.of("extract", "--fail-on", "warning", empty.toString(), SEED);
        assertEquals(2, inputAndDiagnostics.exit(), inputAndDiagnostics.err());
    }

    @Test
    void everyCommandListsItsExitCodesInItsHelp() {
        for (String command : List.of("extract", "report", "tree", "tokens", "eval")) {
            String help = CliRun.of(command, "--help").out();
            assertTrue(help.contains("Exit codes"), command + ": " + help);
            assertTrue(help.contains("an output could not be written"), command + ": " + help);
        }
    }

    /** The rows of the README's exit-code table, backticks dropped. */
    static Map<Integer, String> readmeTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int table = readme.indexOf("| code | meaning |");
        assertTrue(table > 0, "the README has its exit-code table");
        Map<Integer, String> rows = new LinkedHashMap<>();
        Pattern row = Pattern.compile("\\| (\\d) \\| (.*) \\|");
        for (String line : readme.substring(table).lines().skip(2).takeWhile(l -> l.startsWith("|")).toList()) {
            Matcher m = row.matcher(line);
            assertTrue(m.matches(), line);
            rows.put(Integer.parseInt(m.group(1)), m.group(2).replace("`", ""));
        }
        return rows;
    }
}
