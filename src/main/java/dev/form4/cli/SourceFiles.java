package dev.form4.cli;

import dev.form4.Form4Exception;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a file as text for the debugging commands, with the same clear errors as extract. */
final class SourceFiles {

    private SourceFiles() {
    }

    static String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new Form4Exception(file.toString(), Form4Exception.Reason.IO, "no such file");
        } catch (CharacterCodingException e) {
            throw new Form4Exception(file.toString(), Form4Exception.Reason.BINARY, "not UTF-8 text");
        } catch (IOException e) {
            throw new Form4Exception(file.toString(), Form4Exception.Reason.IO, "cannot read: " + e.getMessage());
        }
    }
}
