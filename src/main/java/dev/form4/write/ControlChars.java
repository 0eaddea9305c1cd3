package dev.form4.write;

import dev.form4.model.Diagnostic;
import dev.form4.model.SourcePosition;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Control characters in field text (ESC, BEL, DEL, the C1 range): the model keeps them as read; each writer
 * decides. JSON escapes them ({@code \u001b}); XML 1.0 and CSV cannot carry them usefully, so those writers
 * drop them and say so in a note; the review page shows them as visible symbols.
 */
final class ControlChars {

    private ControlChars() {
    }

    /** A control character that is not line structure (tab, LF, CR). */
    static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    static boolean any(String text) {
        return text != null && text.chars().anyMatch(ControlChars::isControl);
    }

    static String drop(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isControl(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * The note a writer gives when it wrote {@code after} for the field text {@code before}, having dropped
     * characters its format cannot carry (the dropped ones are named).
     */
    static Diagnostic dropped(String format, String field, SourcePosition at, String before, String after) {
        Set<Integer> found = new TreeSet<>();
        int count = 0;
        int[] kept = after.codePoints().toArray();
        int k = 0;
        for (int c : before.codePoints().toArray()) {
            if (k < kept.length && kept[k] == c) {
                k++;
            } else {
                found.add(c);
                count++;
            }
        }
        String which = found.stream().map(c -> String.format(Locale.ROOT, "U+%04X", c)).collect(Collectors.joining(", "));
        return new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.NOISE, at, field,
                "dropped " + count + " character" + (count == 1 ? "" : "s") + " (" + which + ") that " + format
                        + " cannot carry as text");
    }

    /** The visible symbol of a control character: U+2400 + c for C0 (ESC is U+241B), U+2421 for DEL, U+FFFD else. */
    static char picture(int c) {
        return c < 0x20 ? (char) (0x2400 + c) : c == 0x7F ? '\u2421' : '\uFFFD';
    }
}
