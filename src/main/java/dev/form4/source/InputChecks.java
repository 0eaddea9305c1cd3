package dev.form4.source;

/** Checks on the raw text that must hold before any lexing: size and line length, in one linear pass. */
public final class InputChecks {

    private InputChecks() {
    }

    public static void checkSize(String sourceName, String text, ParseLimits limits) {
        if (text.length() > limits.maxChars()) {
            throw LimitErrors.exceeded(sourceName, 0, 0,
                    "input has " + text.length() + " characters, more than " + limits.maxChars(),
                    "maxChars", "--max-chars");
        }
        // Line by line, each line's end found with indexOf (a search the JIT makes fast) rather than a test of every
        // character; the next '\n' and '\r' are each kept until the lines pass them, so the text is searched once.
        int max = limits.maxLineLength();
        int n = text.length();
        int lf = text.indexOf('\n');
        int cr = text.indexOf('\r');
        int line = 1;
        for (int lineStart = 0; ; line++) {
            if (lf >= 0 && lf < lineStart) {
                lf = text.indexOf('\n', lineStart);
            }
            if (cr >= 0 && cr < lineStart) {
                cr = text.indexOf('\r', lineStart);
            }
            int end = lf < 0 ? (cr < 0 ? n : cr) : (cr < 0 ? lf : Math.min(lf, cr));
            if (end - lineStart > max) {
                // Point at the first character past the limit.
                throw LimitErrors.exceeded(sourceName, line, max + 1,
                        "line " + line + " is longer than " + max + " characters",
                        "maxLineLength", "--max-line-length");
            }
            if (end == n) {
                return;
            }
            lineStart = text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
    }
}
