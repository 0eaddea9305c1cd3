package dev.form4.model;

import java.util.Objects;

/**
 * Something the reader of an extraction should know: a repaired value and its evidence, a value that could not
 * be read, a syntax problem. {@code field} is a JSON path into the contract ("nonDerivativeTable.transactions[2]
 * .sharesOwnedFollowingTransaction"), or null for document-level remarks.
 */
public record Diagnostic(Severity severity, Kind kind, SourcePosition position, String field, String message) {

    public enum Severity { INFO, WARNING, ERROR }

    public enum Kind {
        /** A value rebuilt from damaged text with evidence from elsewhere on the form. */
        REPAIRED,
        /** A value not printed but certain from the layout or another field. */
        INFERRED,
        /** A field that could not be read: its value is null. */
        UNREADABLE,
        /** Text that was present but ignored as OCR noise (only reported where it could have been a value). */
        NOISE,
        /** Two readings were possible; the one taken and the one rejected are in the message. */
        AMBIGUOUS,
        /** A cross-check between fields failed; both values are kept as read. */
        INCONSISTENT,
        /** The grammar could not match the text; error recovery skipped or inserted tokens. */
        SYNTAX,
        /** A configured limit (size, tokens, line length) was reached. */
        LIMIT
    }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        position = Objects.requireNonNullElse(position, SourcePosition.UNKNOWN);
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic repaired(SourcePosition at, String field, String message) {
        return new Diagnostic(Severity.INFO, Kind.REPAIRED, at, field, message);
    }

    public static Diagnostic inferred(SourcePosition at, String field, String message) {
        return new Diagnostic(Severity.INFO, Kind.INFERRED, at, field, message);
    }

    public static Diagnostic unreadable(SourcePosition at, String field, String message) {
        return new Diagnostic(Severity.WARNING, Kind.UNREADABLE, at, field, message);
    }

    @Override
    public String toString() {
        return position + " " + severity.name().toLowerCase() + " " + kind.name().toLowerCase()
                + (field == null ? "" : " " + field) + ": " + message;
    }
}
