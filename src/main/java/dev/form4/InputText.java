package dev.form4;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

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
                        "binary file (NUL byte at offset " + i + "); expected the text a converter wrote");
            }
        }
        return strict(source, bytes, offset, StandardCharsets.UTF_8);
    }

    /**
     * Decodes or refuses with the place of the first bad byte ("x.md:3:7: not valid UTF-8 text: byte 0xFF at
     * offset 41 ..."): the decoder's own message ("Input length = 1") says nothing a user can act on.
     */
    private static String strict(String source, byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            out.flip();
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.length(); i++) {
                if (out.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            String what = bad + 1 < bytes.length && charset != StandardCharsets.UTF_8
                    ? String.format(Locale.ROOT, "bytes 0x%02X 0x%02X", bytes[bad] & 0xFF, bytes[bad + 1] & 0xFF)
                    : bad < bytes.length ? String.format(Locale.ROOT, "byte 0x%02X", bytes[bad] & 0xFF) : "the last bytes";
            String why = cutOff(bytes, bad, charset) ? " (a character cut off at the end of the file)" : "";
            throw new Form4Exception(source, Form4Exception.Reason.BINARY, line, column, "not valid " + charset.name()
                    + " text: " + what + " at offset " + bad + " cannot be read as " + charset.name() + why
                    + "; expected the text a converter wrote");
        }
        out.flip();
        return out.toString();
    }

    /** A UTF-8 lead byte whose sequence the file ends before; for UTF-16, an odd last byte. */
    private static boolean cutOff(byte[] bytes, int at, Charset charset) {
        if (charset != StandardCharsets.UTF_8) {
            return at + 2 > bytes.length;
        }
        int lead = bytes[at] & 0xFF;
        int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        return length > 0 && at + length > bytes.length;
    }
}
