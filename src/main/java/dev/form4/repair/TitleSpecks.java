package dev.form4.repair;

import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Provenance;
import dev.form4.recognize.Column;
import dev.form4.recognize.DraftRow;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title's raised mark as OCR reads it when only specks are left ("Class A Common Stock“", "Common Stock)"):
 * quotes or a ')' that closes nothing, right after the last word. They are no part of the title and are dropped
 * with a diagnostic; the mark's number is unreadable, so no footnote is taken.
 */
final class TitleSpecks {

    private static final List<Column> TITLES = List.of(Column.SECURITY_TITLE, Column.UNDERLYING_TITLE);
    private static final Pattern SPECKS = Pattern.compile("^(.*\\p{L})([’'\"”“‘)]{1,2})$");

    private TitleSpecks() {
    }

    static void apply(RepairContext context) {
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
                row.set(column, new FieldValue<>(m.group(1), title.footnoteIds(), title.position(), Provenance.REPAIRED));
                context.diagnostics().add(Diagnostic.repaired(row.position(column), row.path(column), "read '" + read
                        + "': dropped '" + m.group(2) + "' after the title, the specks of a mark whose number is unreadable"));
            }
        }
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
