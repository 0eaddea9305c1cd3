package dev.form4.parse;

import dev.form4.Form4Exception;

/** Checks on the raw text that must hold before any lexing: size and line length. */
final class InputChecks {

    private InputChecks() {
    }

    static void checkSize(String sourceName, String text, ParseLimits limits) {
        if (text.length() > limits.maxChars()) {
            throw new Form4Exception(sourceName, Form4Exception.Reason.LIMIT_EXCEEDED,
                    "input has " + text.length() + " characters, more than the limit of " + limits.maxChars()
                            + " (maxChars; raise it with --max-chars)");
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
                throw new Form4Exception(sourceName, Form4Exception.Reason.LIMIT_EXCEEDED, line, 1,
                        "line " + line + " is longer than " + limits.maxLineLength()
                                + " characters (maxLineLength; raise it with --max-line-length)");
            }
        }
    }
}
