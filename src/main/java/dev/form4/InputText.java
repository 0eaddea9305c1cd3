package dev.form4;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text, refusing what is not text: a NUL byte or invalid UTF-8 means a binary file, reported as such
 * rather than parsed as noise. A UTF-8 BOM is dropped; a UTF-16 BOM selects UTF-16.
 */
final class InputText {

    private InputText() {
    }

    static String decode(String source, byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(source, bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(source, bytes, 2, StandardCharsets.UTF_16LE);
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new Form4Exception(source, Form4Exception.Reason.BINARY,
                        "binary file (NUL byte at offset " + i + "); expected Markdown text");
            }
        }
        return strict(source, bytes, offset, StandardCharsets.UTF_8);
    }

    private static String strict(String source, byte[] bytes, int offset, java.nio.charset.Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Form4Exception(source, Form4Exception.Reason.BINARY,
                    "not valid " + charset.name() + " text (" + e.getMessage() + "); expected Markdown text");
        }
    }
}
