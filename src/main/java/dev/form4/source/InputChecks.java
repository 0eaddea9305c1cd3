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
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                lineStart = i + 1;
            } else if (i - lineStart >= limits.maxLineLength()) {
                // Point at the first character past the limit.
                throw LimitErrors.exceeded(sourceName, line, limits.maxLineLength() + 1,
                        "line " + line + " is longer than " + limits.maxLineLength() + " characters",
                        "maxLineLength", "--max-line-length");
            }
        }
    }
}
