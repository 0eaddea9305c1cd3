package dev.form4.recognize;

import dev.form4.model.Diagnostic;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.form4.recognize.Column.*;

/**
 * Fields every row of its kind must have: one still missing after repair is reported as unreadable. So is any other
 * field whose column printed text that no rule could read as its value ("965.15109" for a price, "17," for an
 * amount), unless a rule already said why: a field is never left empty without a word while the page had text
 * for it.
 */
final class RequiredFields {

    private static final List<Column> TRANSACTION = List.of(SECURITY_TITLE, TRANSACTION_DATE, TRANSACTION_CODE,
            TRANSACTION_SHARES, ACQUIRED_DISPOSED, DIRECT_OR_INDIRECT);
    private static final List<Column> HOLDING = List.of(SECURITY_TITLE, DIRECT_OR_INDIRECT);

    private RequiredFields() {
    }

    static void check(List<DraftRow> rows, List<Diagnostic> diagnostics) {
        Set<String> reported = new HashSet<>();
        diagnostics.forEach(d -> reported.add(d.field()));
        for (DraftRow row : rows) {
            List<Column> required = row.kind().isHolding() ? HOLDING : TRANSACTION;
            for (Column column : required) {
                report(row, column, diagnostics);
            }
            boolean noneOwned = row.get(SHARES_OWNED_FOLLOWING).isEmpty() && row.get(VALUE_OWNED_FOLLOWING).isEmpty();
            if (noneOwned) {
                report(row, SHARES_OWNED_FOLLOWING, diagnostics);
            }
            for (Column column : Column.values()) {
                if (required.contains(column) || noneOwned && column == SHARES_OWNED_FOLLOWING
                        || row.get(column).value() != null || reported.contains(row.path(column))
                        || row.reading(column).filter(ColumnReading::isFootnoteOnly).isPresent()) {
                    continue;
                }
                row.rawText(column).filter(t -> !t.isBlank()).ifPresent(t -> diagnostics.add(notAValue(row, column, t)));
            }
        }
    }

    private static final java.util.regex.Pattern BOTH_FLAGS = java.util.regex.Pattern.compile("A,D|D,A");

    private static void report(DraftRow row, Column column, List<Diagnostic> diagnostics) {
        if (!row.get(column).isEmpty()) {
            return;
        }
        Optional<String> raw = row.rawText(column);
        if (column == ACQUIRED_DISPOSED && raw.filter(t -> BOTH_FLAGS.matcher(t).matches()).isPresent()) {
            diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.AMBIGUOUS, row.position(column),
                    row.path(column), "printed '" + raw.get() + "': both acquired and disposed, so neither is taken"));
            return;
        }
        diagnostics.add(raw.map(t -> notAValue(row, column, t))
                .orElseGet(() -> Diagnostic.unreadable(row.position(column), row.path(column), "no value found in the row")));
    }

    private static Diagnostic notAValue(DraftRow row, Column column, String text) {
        return Diagnostic.unreadable(row.position(column), row.path(column), "read '" + text + "', which is not a valid value");
    }
}
