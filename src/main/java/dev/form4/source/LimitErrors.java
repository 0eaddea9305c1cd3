package dev.form4.source;

import dev.form4.Form4Exception;

/** One wording for every limit error: what was found, which limit it passed, and the option that raises it. */
public final class LimitErrors {

    private LimitErrors() {
    }

    /** {@code line}/{@code column} 1-based, or 0 when the limit is about the whole input. */
    public static Form4Exception exceeded(String sourceName, int line, int column, String what, String limit, String option) {
        return new Form4Exception(sourceName, Form4Exception.Reason.LIMIT_EXCEEDED, line, column,
                what + " (limit " + limit + "; raise it with " + option + ")");
    }
}
