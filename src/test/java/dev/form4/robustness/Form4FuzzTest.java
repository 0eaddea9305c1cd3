package dev.form4.robustness;

import dev.form4.cli.CliRun;
import dev.form4.TestInputs;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.form4.Extraction;
import dev.form4.Form4Exception;
import dev.form4.Form4Extractor;
import dev.form4.cli.Form4Cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The invariant under fuzzing: every input yields an Extraction or a Form4Exception; at the CLI exit 0, or exit 2
 * with one line; nothing else, ever (another exception, a StackOverflowError or an OutOfMemoryError is a crash).
 *
 * <p>{@code mvn test} runs each method on its seed inputs in
 * {@code src/test/resources/dev/form4/robustness/Form4FuzzTestInputs/<method>/} (copies from testdata/, plus every
 * crash found so far). A fuzzing session: {@code JAZZER_FUZZ=1 JAZZER_MAX_DURATION=10m mvn test
 * -Dtest='Form4FuzzTest#extractText'} (one method per run; findings land beside the seeds as crash-* files).
 */
class Form4FuzzTest {

    private static final Form4Extractor EXTRACTOR = new Form4Extractor();

    /** The API on any text: the bytes as UTF-8, malformed sequences replaced, as a caller with a String would. */
    @FuzzTest
    void extractText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            Extraction x = EXTRACTOR.extract("fuzz", text);
            assertNotNull(x.form());
            assertNotNull(x.diagnostics());
        } catch (Form4Exception e) {
            assertNotNull(e.reason(), e.getMessage());
            assertTrue(e.getMessage().startsWith("fuzz"), "names the source: " + e.getMessage());
        }
    }

    /** The CLI's input handling: raw bytes in a file (any encoding, BOM or none), then {@code extract FILE}. */
    @FuzzTest
    void cliExtract(byte[] input) {
        Path file = write(input);
        CliRun cli = CliRun.of("extract", file.toString());
        if (cli.exit() == Form4Cli.OK) {
            assertTrue(cli.out().startsWith("{") && cli.err().isEmpty(), cli.toString());
        } else {
            assertEquals(Form4Cli.BAD_INPUT, cli.exit(), cli.toString());
            assertTrue(UserError.isOneLine(cli), cli.toString());
        }
    }

    private static Path file;

    private static Path write(byte[] bytes) {
        try {
            if (file == null) {
                file = Files.createTempFile("form4-fuzz", ".md");
                file.toFile().deleteOnExit();
            }
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
