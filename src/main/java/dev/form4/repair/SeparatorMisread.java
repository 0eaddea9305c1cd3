package dev.form4.repair;

import dev.form4.model.Provenance;
import dev.form4.recognize.Column;
import dev.form4.recognize.DraftRow;
import dev.form4.recognize.NumberText;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * OCR reads a thousands comma as a dot: "41.322" for 41,322. Such a share count is only repaired when another
 * amount of the same row prints the same digits with commas (a grant's shares, its underlying shares and the
 * holding after it are often equal); otherwise 41.322 may well be a fractional share count and stays as read.
 */
final class SeparatorMisread {

    private static final Pattern DOT_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final List<Column> AMOUNTS = List.of(Column.TRANSACTION_SHARES, Column.UNDERLYING_SHARES,
            Column.SHARES_OWNED_FOLLOWING);

    private SeparatorMisread() {
    }

    static void apply(RepairContext context) {
        for (DraftRow row : context.rows()) {
            for (Column column : AMOUNTS) {
                Optional<String> raw = row.rawText(column);
                if (raw.isEmpty() || !DOT_GROUPED.matcher(raw.get()).matches()
                        || row.get(column).provenance() != Provenance.READ) {
                    continue;
                }
                for (Column other : AMOUNTS) {
                    Optional<String> otherRaw = row.rawText(other);
                    Optional<BigDecimal> otherValue = row.number(other);
                    if (other != column && otherRaw.isPresent() && otherRaw.get().contains(",") && otherValue.isPresent()
                            && NumberText.digits(otherRaw.get()).equals(NumberText.digits(raw.get()))) {
                        context.repaired(row, column, otherValue.get(), "read '" + raw.get() + "', a thousands comma read as a dot: "
                                + other.field() + " of the same row reads '" + otherRaw.get() + "'");
                        break;
                    }
                }
            }
        }
    }
}
