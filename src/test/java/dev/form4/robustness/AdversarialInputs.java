package dev.form4.robustness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Builders of hostile inputs, shared by the adversarial, growth and fuzz tests. */
final class AdversarialInputs {

    /** Noise characters that no OCR reading could take for a digit (unlike O, l, I, S). */
    private static final String NOISE = "#~?%\u00A4\u00A7";

    private AdversarialInputs() {
    }

    static byte[] utf16(String text, boolean bigEndian) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bigEndian ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xFF, (byte) 0xFE});
        out.writeBytes(text.getBytes(bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE));
        return out.toByteArray();
    }

    static byte[] utf8Bom(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    static String loneCr(String text) {
        return text.replace("\r\n", "\n").replace('\n', '\r');
    }

    static String oneLine(int chars) {
        return dev.form4.testing.SyntheticInputs.oneLine(chars);
    }

    /** {@code depth} nested &lt;sup&gt; around a footnote marker, in a table cell or on a plain line. */
    static String nestedSup(int depth, boolean inCell) {
        String value = "<sup>".repeat(depth) + "(1)" + "</sup>".repeat(depth);
        return inCell ? "| Common Stock | " + value + " | 60,566 |\n" : "Common Stock " + value + "\n";
    }

    /** Every digit replaced by a noise character; the same seed gives the same noise. */
    static String numbersToNoise(String text, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c >= '0' && c <= '9' ? NOISE.charAt(random.nextInt(NOISE.length())) : c);
        }
        return sb.toString();
    }

    /** C0 controls (not NUL, which means binary) sprinkled after every pipe. */
    static String controlCharacters(String text) {
        return text.replace("|", "|\u0001\u0007\u001B\u007F");
    }
}
