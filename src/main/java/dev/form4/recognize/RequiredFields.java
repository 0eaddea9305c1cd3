package dev.form4.recognize;

import dev.form4.model.Diagnostic;

import java.util.List;

import static dev.form4.recognize.Column.*;

/** Fields every row of its kind must have: one still missing after repair is reported as unreadable. */
final class RequiredFields {

    private static final List<Column> TRANSACTION = List.of(SECURITY_TITLE, TRANSACTION_DATE, TRANSACTION_CODE,
            TRANSACTION_SHARES, ACQUIRED_DISPOSED, DIRECT_OR_INDIRECT);
    private static final List<Column> HOLDING = List.of(SECURITY_TITLE, DIRECT_OR_INDIRECT);

    private RequiredFields() {
    }

    static void check(List<DraftRow> rows, List<Diagnostic> diagnostics) {
        for (DraftRow row : rows) {
            for (Column column : row.kind().isHolding() ? HOLDING : TRANSACTION) {
                report(row, column, diagnostics);
            }
            if (row.get(SHARES_OWNED_FOLLOWING).isEmpty() && row.get(VALUE_OWNED_FOLLOWING).isEmpty()) {
                report(row, SHARES_OWNED_FOLLOWING, diagnostics);
            }
        }
    }

    private static void report(DraftRow row, Column column, List<Diagnostic> diagnostics) {
        if (!row.get(column).isEmpty()) {
            return;
        }
        java.util.Optional<String> raw = row.rawText(column);
        if (column == ACQUIRED_DISPOSED && raw.filter(t -> t.matches("A,D|D,A")).isPresent()) {
            diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.AMBIGUOUS, row.position(column),
                    row.path(column), "printed '" + raw.get() + "': both acquired and disposed, so neither is taken"));
            return;
        }
        String seen = row.rawText(column).map(t -> "read '" + t + "', which is not a valid value").orElse("no value found in the row");
        diagnostics.add(Diagnostic.unreadable(row.position(column), row.path(column), seen));
    }
}
