package dev.form4.repair;

import dev.form4.recognize.Column;
import dev.form4.recognize.ColumnReading;
import dev.form4.recognize.DraftRow;
import dev.form4.recognize.NumberText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shares owned following a transaction are the previous row's balance plus or minus this row's amount, for rows
 * of the same security and ownership form. So a balance is over-determined twice (from the row before and from
 * the row after) and an amount or an A/D code once. A value is rebuilt only where it is unreadable, or where it
 * disagrees and both derivations, or a fragment left beside it, agree on the rebuilt value.
 */
final class RunningBalance {

    private RunningBalance() {
    }

    static void apply(RepairContext context) {
        for (List<DraftRow> chain : chains(context.rows())) {
            // Two passes: a value rebuilt in the first is evidence for its neighbours in the second. Only the last
            // pass reports a disagreement, so each is reported once.
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < chain.size(); i++) {
                    repairAmount(context, chain, i);
                    repairBalance(context, chain, i, pass == 1);
                }
            }
        }
    }

    /** Transaction rows per table, security, conversion price and ownership (form and nature: one account), in order. */
    private static List<List<DraftRow>> chains(List<DraftRow> rows) {
        Map<String, List<DraftRow>> chains = new LinkedHashMap<>();
        for (DraftRow row : rows) {
            if (row.kind().isHolding()) {
                continue;
            }
            String key = row.kind() + "|" + row.text(Column.SECURITY_TITLE).orElse("?").toLowerCase()
                    + "|" + row.number(Column.CONVERSION_OR_EXERCISE_PRICE).map(BigDecimal::stripTrailingZeros).orElse(null)
                    + "|" + row.text(Column.DIRECT_OR_INDIRECT).orElse("?")
                    + "|" + row.text(Column.NATURE_OF_OWNERSHIP).orElse("").toLowerCase()
                    + row.get(Column.NATURE_OF_OWNERSHIP).footnoteIds();
            chains.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        return new ArrayList<>(chains.values());
    }

    private static Optional<Integer> sign(DraftRow row) {
        return row.text(Column.ACQUIRED_DISPOSED).map(code -> code.equals("A") ? 1 : -1);
    }

    private static Optional<BigDecimal> balance(DraftRow row) {
        return row.number(Column.SHARES_OWNED_FOLLOWING);
    }

    /** The balance after row i as the row before gives it: previous balance +/- this amount. */
    private static Optional<BigDecimal> fromPrevious(List<DraftRow> chain, int i) {
        if (i == 0) {
            return Optional.empty();
        }
        DraftRow row = chain.get(i);
        Optional<BigDecimal> previous = balance(chain.get(i - 1));
        Optional<BigDecimal> amount = row.number(Column.TRANSACTION_SHARES);
        Optional<Integer> sign = sign(row);
        if (previous.isEmpty() || amount.isEmpty() || sign.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(previous.get().add(amount.get().multiply(BigDecimal.valueOf(sign.get()))));
    }

    /** The balance after row i as the row after gives it: next balance -/+ the next amount. */
    private static Optional<BigDecimal> fromNext(List<DraftRow> chain, int i) {
        if (i + 1 >= chain.size()) {
            return Optional.empty();
        }
        DraftRow next = chain.get(i + 1);
        Optional<BigDecimal> after = balance(next);
        Optional<BigDecimal> amount = next.number(Column.TRANSACTION_SHARES);
        Optional<Integer> sign = sign(next);
        if (after.isEmpty() || amount.isEmpty() || sign.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(after.get().subtract(amount.get().multiply(BigDecimal.valueOf(sign.get()))));
    }

    private static void repairBalance(RepairContext context, List<DraftRow> chain, int i, boolean report) {
        DraftRow row = chain.get(i);
        Optional<BigDecimal> before = fromPrevious(chain, i);
        Optional<BigDecimal> after = fromNext(chain, i);
        if (before.isPresent() && after.isPresent() && before.get().compareTo(after.get()) != 0) {
            return; // the chain itself disagrees: nothing to rebuild from
        }
        Optional<BigDecimal> expected = before.or(() -> after);
        if (expected.isEmpty() || expected.get().signum() < 0) {
            return;
        }
        Optional<BigDecimal> read = balance(row);
        if (read.isPresent() && read.get().compareTo(expected.get()) == 0) {
            return;
        }
        String derivation = before.isPresent()
                ? "the running balance " + plain(balance(chain.get(i - 1)).orElseThrow()) + (sign(row).orElseThrow() > 0 ? " + " : " - ")
                        + plain(row.number(Column.TRANSACTION_SHARES).orElseThrow())
                : "the next row's balance " + plain(balance(chain.get(i + 1)).orElseThrow())
                        + (sign(chain.get(i + 1)).orElseThrow() > 0 ? " - " : " + ") + plain(chain.get(i + 1).number(Column.TRANSACTION_SHARES).orElseThrow());
        String readText = describe(row, Column.SHARES_OWNED_FOLLOWING);
        boolean twoWays = before.isPresent() && after.isPresent();
        boolean fragmentAgrees = fragmentsSupport(row, Column.SHARES_OWNED_FOLLOWING, expected.get());
        if (read.isEmpty() || twoWays || fragmentAgrees) {
            context.repaired(row, Column.SHARES_OWNED_FOLLOWING, expected.get(), readText + "rebuilt " + plain(expected.get())
                    + " from " + derivation + (twoWays ? " (the next row's balance agrees)" : ""));
        } else if (report) {
            context.inconsistent(row, Column.SHARES_OWNED_FOLLOWING, "read " + plain(read.get()) + " but " + derivation
                    + " gives " + plain(expected.get()) + "; kept as read");
        }
    }

    /** An amount (and its A/D code) follows from the balances before and after it. */
    private static void repairAmount(RepairContext context, List<DraftRow> chain, int i) {
        if (i == 0) {
            return;
        }
        DraftRow row = chain.get(i);
        Optional<BigDecimal> previous = balance(chain.get(i - 1));
        Optional<BigDecimal> current = balance(row);
        if (previous.isEmpty() || current.isEmpty()) {
            return;
        }
        BigDecimal difference = current.get().subtract(previous.get());
        BigDecimal magnitude = difference.abs();
        Optional<BigDecimal> amount = row.number(Column.TRANSACTION_SHARES);
        String derivation = "the balances " + plain(previous.get()) + " before and " + plain(current.get()) + " after";
        if (amount.isPresent() && amount.get().compareTo(magnitude) != 0) {
            if (ExerciseCrossCheck.sameDigits(amount.get(), magnitude) && magnitude.signum() != 0) {
                context.repaired(row, Column.TRANSACTION_SHARES, magnitude, describe(row, Column.TRANSACTION_SHARES)
                        + "same digits with a misread separator; " + derivation + " give " + plain(magnitude));
            } else {
                return;
            }
        } else if (amount.isEmpty() && magnitude.signum() != 0) {
            context.repaired(row, Column.TRANSACTION_SHARES, magnitude, describe(row, Column.TRANSACTION_SHARES)
                    + "rebuilt from " + derivation);
        }
        if (row.get(Column.ACQUIRED_DISPOSED).value() == null && difference.signum() != 0
                && row.number(Column.TRANSACTION_SHARES).filter(a -> a.compareTo(magnitude) == 0).isPresent()) {
            context.inferred(row, Column.ACQUIRED_DISPOSED, difference.signum() > 0 ? "A" : "D",
                    "not printed; " + derivation + " show the holding " + (difference.signum() > 0 ? "grew" : "fell")
                            + " by the amount");
        }
    }

    /** A fragment left beside the value whose digits end the expected value: ",956" for 5553956. */
    private static boolean fragmentsSupport(DraftRow row, Column column, BigDecimal expected) {
        String digits = NumberText.digits(plain(expected));
        Optional<ColumnReading> reading = row.reading(column);
        if (reading.isEmpty()) {
            return false;
        }
        String text = reading.get().text(); // null for a mark standing alone where the value would be
        String rawDigits = text == null ? "" : NumberText.digits(text);
        if (!rawDigits.isEmpty() && !NumberText.isWellFormed(text) && digits.startsWith(rawDigits)) {
            return true;
        }
        return reading.get().fragments().stream().filter(a -> a.isNumber())
                .map(a -> NumberText.digits(a.text())).anyMatch(f -> f.length() >= 2 && digits.endsWith(f));
    }

    private static String describe(DraftRow row, Column column) {
        return row.reading(column).map(r -> {
            StringBuilder sb = new StringBuilder("read '" + r.text() + "'");
            r.fragments().stream().filter(a -> a.isNumber()).forEach(a -> sb.append(" and '").append(a.text()).append("'"));
            return sb.append("; ").toString();
        }).orElse("not printed; ");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
