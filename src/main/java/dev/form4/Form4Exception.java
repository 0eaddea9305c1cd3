package dev.form4;

/**
 * The one exception the extractor throws on purpose: the input is not something it can read as a Form 4
 * (empty, binary, not a Form 4, over a configured limit). Its message names the source and the reason, and
 * {@link #line()}/{@link #column()} locate the problem where there is a place to point at (0 otherwise).
 * Anything else escaping the extractor is a bug.
 */
public class Form4Exception extends RuntimeException {

    public enum Reason { EMPTY, BINARY, NOT_A_FORM_4, LIMIT_EXCEEDED, IO }

    private final String source;
    private final Reason reason;
    private final int line;
    private final int column;

    public Form4Exception(String source, Reason reason, int line, int column, String message) {
        super(source + (line > 0 ? ":" + line + ":" + column : "") + ": " + message);
        this.source = source;
        this.reason = reason;
        this.line = line;
        this.column = column;
    }

    public Form4Exception(String source, Reason reason, String message) {
        this(source, reason, 0, 0, message);
    }

    public String source() {
        return source;
    }

    public Reason reason() {
        return reason;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
