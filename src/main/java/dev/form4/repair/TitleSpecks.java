package dev.form4.repair;

import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Provenance;
import dev.form4.recognize.Column;
import dev.form4.recognize.DraftRow;
import dev.form4.recognize.TableKind;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title's raised mark as OCR reads it when only specks are left ("Class A Common Stock“", "Common Stock)"):
 * quotes or a ')' that closes nothing, right after the last word. They are no part of the title and are dropped
 * with a diagnostic; the mark's number is unreadable, so no footnote is taken, but for one: the title of Table
 * I's first row is the first value the form prints, and EDGAR numbers notes in the order they are first cited (in
 * the corpus, 316 of 321 filings with notes cite note 1 first, no filing marks a value before Table I, and the 9
 * whose first row's title has a mark all give it note 1); there the mark is F1, INFERRED. Not Table II's first row:
 * Table I's marks come before it, and some of them may be lost. Nor a bare ')': it may close the parenthesis of a
 * title cut before its '(' ("Ordinary Shares)" of "American Depositary Shares (each = 2 Ordinary Shares)").
 */
final class TitleSpecks {

    private static final List<Column> TITLES = List.of(Column.SECURITY_TITLE, Column.UNDERLYING_TITLE);
    /** The note a filing cites first, and so numbers 1. */
    private static final String FIRST_NOTE = "F1";
    private static final Pattern SPECKS = Pattern.compile("^(.*\\p{L})([’'\"”“‘)]{1,2})$");

    private TitleSpecks() {
    }

    static void apply(RepairContext context) {
        DraftRow first = firstRow(context.rows());
        boolean noteOne = context.footnotes().stream().anyMatch(f -> FIRST_NOTE.equals(f.id()));
        for (DraftRow row : context.rows()) {
            for (Column column : TITLES) {
                FieldValue<Object> title = row.get(column);
                if (title.value() == null || title.provenance() != Provenance.READ) {
                    continue;
                }
                String read = title.value().toString();
                Matcher m = SPECKS.matcher(read);
                if (!m.matches() || m.group(2).contains(")") && read.indexOf('(') >= 0
                        || count(read, '"') % 2 == 0 && m.group(2).contains("\"")) {
                    continue; // "(Class A)" closes its parenthesis; a quoted name keeps its quotes
                }
                String dropped = "read '" + read + "': dropped '" + m.group(2) + "' after the title, the specks of a mark";
                if (column == Column.SECURITY_TITLE && row == first && title.footnoteIds().isEmpty() && noteOne
                        && !")".equals(m.group(2))) { // a bare ')' may close a parenthesis whose '(' was cut off
                    row.set(column, new FieldValue<>(m.group(1), List.of(FIRST_NOTE), title.position(), Provenance.INFERRED));
                    context.diagnostics().add(Diagnostic.inferred(row.position(column), row.path(column), dropped
                            + " whose number is unreadable; linked to " + FIRST_NOTE + ": the title of Table I's first row"
                            + " is the first value printed, and a filing numbers its notes in the order they are first cited"));
                    continue;
                }
                row.set(column, new FieldValue<>(m.group(1), title.footnoteIds(), title.position(), Provenance.REPAIRED));
                context.diagnostics().add(Diagnostic.repaired(row.position(column), row.path(column), dropped
                        + " whose number is unreadable"));
            }
        }
    }

    /** The row printed first: Table I's first transaction, or its first holding when it reports none. */
    private static DraftRow firstRow(List<DraftRow> rows) {
        for (TableKind kind : List.of(TableKind.NON_DERIVATIVE_TRANSACTION, TableKind.NON_DERIVATIVE_HOLDING)) {
            Optional<DraftRow> row = rows.stream().filter(r -> r.kind() == kind && r.index() == 0).findFirst();
            if (row.isPresent()) {
                return row.get();
            }
        }
        return null;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
