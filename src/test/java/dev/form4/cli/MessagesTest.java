package dev.form4.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.form4.IoReason;
import dev.form4.TestInputs;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors in a user's words: where (file, line:column) and what, never a Java type or a decoder's internals. */
class MessagesTest {

    @TempDir
    Path dir;

    @Test
    void invalidUtf8SaysWhichByteAndWhere() throws IOException {
        byte[] text = "## FORM 4\n\nIssuer Name: caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        System.arraycopy(text, 0, bytes, 0, text.length);
        bytes[text.length] = (byte) 0xE9; // Latin-1 "é", then more text
        bytes[text.length + 1] = 'X';
        bytes[text.length + 2] = '\n';
        Path file = Files.write(dir.resolve("latin1.md"), bytes);
        CliRun run = CliRun.of("extract", file.toString());
        assertEquals(2, run.exit());
        assertEquals("error: " + file + ":3:17: not valid UTF-8 text: byte 0xE9 at offset 27 cannot be read as UTF-8;"
                + " expected the text a converter wrote", run.err().strip());
    }

    @Test
    void aCharacterCutOffAtTheEnd() throws IOException {
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("cut.md"), new byte[] {'a', '\n', euro[0], euro[1]});
        CliRun run = CliRun.of("tokens", file.toString());
        assertTrue(run.err().contains(file + ":2:1: not valid UTF-8 text: byte 0xE2 at offset 2 cannot be read as UTF-8"
                + " (a character cut off at the end of the file)"), run.err());
    }

    @Test
    void numbersOfOptionsInWords() {
        for (String option : new String[] {"--max-chars", "--max-tokens", "--threads"}) {
            CliRun run = CliRun.of("extract", option, "abc", TestInputs.SEED.toString());
            assertEquals(2, run.exit());
            assertTrue(run.err().startsWith("error: Invalid value for option '" + option + "': 'abc' is not a whole number"),
                    run.err());
        }
        CliRun huge = CliRun.of("extract", "--max-tokens", "99999999999", TestInputs.SEED.toString());
        assertTrue(huge.err().contains("'99999999999' is too large (at most 2147483647)"), huge.err());
    }

    @Test
    void aFileThatCannotBeReadSaysWhy() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.md"), "x");
        Path under = file.resolve("x.md"); // a path through a file
        CliRun run = CliRun.of("extract", under.toString());
        assertEquals("error: " + under + ": cannot read: not a directory", run.err().strip());
        Path missing = dir.resolve("missing.md");
        assertEquals("error: " + missing + ": cannot read: no such file or directory",
                CliRun.of("tree", missing.toString()).err().strip());
    }

    @Test
    void permissionDeniedWhereTheSystemEnforcesIt() throws IOException {
        Path file = Files.copy(TestInputs.SEED, dir.resolve("noperm.md"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(file), "running as root: permissions are not enforced");
        CliRun run = CliRun.of("extract", file.toString());
        assertEquals("error: " + file + ": cannot read: permission denied", run.err().strip());
    }

    @Test
    void reasonsInTheShellsWords() {
        assertEquals("permission denied", IoReason.of(new AccessDeniedException("/out/.x.json.1234.tmp")));
        assertEquals("no such file or directory", IoReason.of(new NoSuchFileException("/x")));
        assertEquals("no space left on device", IoReason.of(new FileSystemException("/x", null, "No space left on device")));
        assertEquals("read-only file system", IoReason.of(new FileSystemException("/x", null, "Read-only file system")));
        assertEquals("is a directory", IoReason.of(new FileNotFoundException("/x (Is a directory)")));
        assertEquals("no space left on device", IoReason.of(new IOException("No space left on device")));
        assertEquals("input/output error", IoReason.of(new IOException()));
    }
}
