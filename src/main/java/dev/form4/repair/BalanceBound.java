package dev.form4.repair;

import dev.form4.recognize.Column;
import dev.form4.recognize.DraftRow;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A holding never goes below zero, so after acquiring an amount at least that amount is owned: a row whose
 * balance after is smaller than its amount disposed of it, whatever the balance before. Pure arithmetic on the
 * row's own values, for an A/D that was not printed (Table II shows it only by the sub-column the amount stands
 * in). Among the 323 corpus filings, 275 rows have a balance below their amount: all disposed of but one Table I
 * sale (S) its filer marked A. Runs after the code's definition, which wins where a misread amount would disagree.
 */
final class BalanceBound {

    private BalanceBound() {
    }

    static void apply(RepairContext context) {
        for (DraftRow row : context.rows()) {
            if (row.kind().isHolding() || row.text(Column.ACQUIRED_DISPOSED).isPresent()) {
                continue;
            }
            Optional<BigDecimal> amount = row.number(Column.TRANSACTION_SHARES);
            Optional<BigDecimal> after = row.number(Column.SHARES_OWNED_FOLLOWING);
            if (amount.isPresent() && after.isPresent() && after.get().signum() >= 0 && after.get().compareTo(amount.get()) < 0) {
                context.inferred(row, Column.ACQUIRED_DISPOSED, "D", "not printed; " + plain(after.get())
                        + " owned following is less than the amount " + plain(amount.get()) + ", so it was not acquired");
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
