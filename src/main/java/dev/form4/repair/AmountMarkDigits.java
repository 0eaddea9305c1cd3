package dev.form4.repair;

import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Provenance;
import dev.form4.model.SourcePosition;
import dev.form4.recognize.Column;
import dev.form4.recognize.ColumnReading;
import dev.form4.recognize.DraftRow;
import dev.form4.source.Atom;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of shares read with a last digit group of four or five digits ("20,0242", "11,3160"), which no amount
 * prints, and rebuilt by the running balance as the read digits without the last one or two (20,024): those
 * digits are what OCR made of the amount's raised mark, its parentheses lost. The balance says where the amount
 * ends, so the rest is a mark whose number is unreadable (its digit is often another: "11,3160" for 11,316(2)),
 * left for {@link UncitedNote} to link or report.
 */
final class AmountMarkDigits {

    /** Digit groups whose last one has one or two digits too many. */
    private static final Pattern LONG_LAST_GROUP = Pattern.compile("\\d{1,3}(?:,\\d{3})*,\\d{4,5}");
    private static final List<Column> AMOUNTS = List.of(Column.TRANSACTION_SHARES, Column.SHARES_OWNED_FOLLOWING);

    private AmountMarkDigits() {
    }

    static void apply(RepairContext context) {
        for (DraftRow row : context.rows()) {
            for (Column column : AMOUNTS) {
                FieldValue<Object> value = row.get(column);
                Optional<ColumnReading> reading = row.reading(column);
                if (value.provenance() != Provenance.REPAIRED || !(value.value() instanceof BigDecimal amount)
                        || reading.isEmpty() || reading.get().text() == null) {
                    continue;
                }
                String read = reading.get().text();
                Matcher m = LONG_LAST_GROUP.matcher(read);
                String digits = read.replace(",", "");
                String rebuilt = amount.stripTrailingZeros().scale() <= 0 ? amount.toBigInteger().toString() : null;
                if (!m.matches() || rebuilt == null || !digits.startsWith(rebuilt)
                        || digits.length() - rebuilt.length() < 1 || digits.length() - rebuilt.length() > 2
                        || read.length() - read.lastIndexOf(',') - 1 - (digits.length() - rebuilt.length()) != 3) {
                    continue;
                }
                String mark = digits.substring(rebuilt.length());
                SourcePosition at = reading.get().position();
                SourcePosition markAt = new SourcePosition(at.line(), at.column() + read.length() - mark.length());
                context.unreadMarks().add(new RepairContext.UnreadMark(row, column, Atom.unreadableMark(mark, reading.get().cell(), markAt),
                        Diagnostic.unreadable(markAt, row.path(column), "read '" + read + "', rebuilt by the running"
                                + " balance as " + rebuilt + ": '" + mark + "' after it is a footnote mark whose"
                                + " parentheses OCR lost; its number is unreadable")));
            }
        }
    }
}
