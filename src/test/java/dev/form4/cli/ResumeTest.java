package dev.form4.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.form4.TestInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resume skips an output only when it is complete and was written by this tool for this very input (a marker
 * beside it records the input's and the output's size and SHA-256); file times decide nothing.
 */
class ResumeTest {

    @TempDir
    Path dir;

    private Path in;
    private Path out;
    private Path output;

    @BeforeEach
    void firstRun() throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
        Files.copy(TestInputs.SEED, in.resolve("x.md"));
        out = dir.resolve("out");
        output = out.resolve("x.json");
        assertEquals(0, run().exit());
        assertTrue(Files.isRegularFile(out.resolve(".x.json.form4")), "the marker beside the output");
    }

    private CliRun run(String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "extract";
        args[1] = in.toString();
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRun.of(args);
    }

    private void assertRedone(String why) throws IOException {
        CliRun again = run();
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("1 documents: 1 written, 0 skipped"), why + ": " + again.err());
        assertEquals(TestInputs.read(TestInputs.SEED_GOLDEN).strip(), Files.readString(output).strip(), why);
    }

    private void makeNewerThanInput() throws IOException {
        Files.setLastModifiedTime(output, FileTime.from(Instant.now().plusSeconds(3600)));
    }

    @Test
    void aCompleteOutputIsSkipped() {
        assertTrue(run().err().contains("1 documents: 0 written, 1 skipped (up to date)"));
    }

    @Test
    void anEmptyOutputNewerThanItsInputIsRedone() throws IOException {
        Files.writeString(output, "");
        makeNewerThanInput();
        assertRedone("0-byte output");
    }

    @Test
    void aTruncatedOutputIsRedone() throws IOException {
        String json = Files.readString(output);
        Files.writeString(output, json.substring(0, json.length() / 2));
        makeNewerThanInput();
        assertRedone("truncated output");
    }

    @Test
    void anOutputOfTheSameSizeButOtherBytesIsRedone() throws IOException {
        String json = Files.readString(output);
        Files.writeString(output, json.replace("QUALYS", "QUALYZ"));
        makeNewerThanInput();
        assertRedone("altered output");
    }

    @Test
    void anOutputWithoutItsMarkerIsRedone() throws IOException {
        Files.delete(out.resolve(".x.json.form4"));
        makeNewerThanInput();
        assertRedone("no marker: not known to be ours");
    }

    @Test
    void aChangedInputIsRedoneEvenWhenItsTimeIsOlder() throws IOException {
        Path input = in.resolve("x.md");
        FileTime time = Files.getLastModifiedTime(input);
        Files.writeString(input, TestInputs.seed().replace("COURTOT PHILIPPE F", "COURTOT PHILIPPE G"));
        Files.setLastModifiedTime(input, time);
        CliRun again = run();
        assertTrue(again.err().contains("1 written, 0 skipped"), again.err());
        assertTrue(Files.readString(output).contains("COURTOT PHILIPPE G"));
    }

    @Test
    void aMarkerFromAnotherFormatDoesNotVouchForThisOne() throws IOException {
        Path marker = out.resolve(".x.json.form4");
        Files.writeString(marker, Files.readString(marker).replace("\"format\":\"json\"", "\"format\":\"csv\""));
        assertRedone("marker of another format");
        Files.writeString(marker, "not json at all");
        assertRedone("unreadable marker");
    }

    @Test
    void failOnStillCountsASkippedDocument() {
        CliRun again = run("--fail-on", "warning");
        assertEquals(3, again.exit(), "the seed's warnings are recorded in the marker: " + again.err());
        assertTrue(again.err().contains("0 written, 1 skipped (up to date)"), again.err());
        assertTrue(again.err().contains("; 1 with a diagnostic of severity warning or worse;"), again.err());
    }
}
