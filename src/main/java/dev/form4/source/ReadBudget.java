package dev.form4.source;

/**
 * The limits of one document while it is read, whatever the front-end: tokens typed so far (every front-end
 * types its text with {@link MarkdownLexer}) and cells in one row. Refuses the input with a
 * {@code LIMIT_EXCEEDED} error that names the place, before the flood is all in memory. One per document; not
 * thread-safe.
 */
public final class ReadBudget {

    private final String sourceName;
    private final ParseLimits limits;
    private long tokens;

    public ReadBudget(String sourceName, ParseLimits limits) {
        this.sourceName = sourceName;
        this.limits = limits;
    }

    public ParseLimits limits() {
        return limits;
    }

    public String sourceName() {
        return sourceName;
    }

    /** One more token, read at line:column (1-based). */
    public void token(int line, int column) {
        if (++tokens > limits.maxTokens()) {
            throw LimitErrors.exceeded(sourceName, line, column, "more than " + limits.maxTokens() + " tokens",
                    "maxTokens", "--max-tokens");
        }
    }

    /** The {@code count}-th cell of a row that starts at {@code line}, found at line:column. */
    public void cell(int count, int line, int column) {
        if (count > limits.maxCellsPerRow()) {
            throw LimitErrors.exceeded(sourceName, line, column,
                    "line " + line + " has more than " + limits.maxCellsPerRow() + " table cells",
                    "maxCellsPerRow", "--max-cells-per-row");
        }
    }
}
