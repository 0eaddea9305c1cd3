package dev.form4.write;

import dev.form4.model.DerivativeHolding;
import dev.form4.model.DerivativeTransaction;
import dev.form4.model.FieldValue;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeHolding;
import dev.form4.model.NonDerivativeTransaction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of Table I or Table II as named fields in the SEC's vocabulary, so that flat outputs (CSV, the
 * HTML review page) handle every row kind with one loop instead of one block per column.
 *
 * @param table "I" (non-derivative) or "II" (derivative)
 * @param kind "transaction" or "holding"
 * @param path the row's JSON path ("nonDerivativeTable.transactions[2]"), as diagnostics name fields
 * @param fields the row's columns in {@link #COLUMNS} order; a column the row kind lacks is absent
 */
public record TableRow(String table, String kind, String path, Map<String, FieldValue<?>> fields) {

    /** Every column of both tables, in the order of the SEC's XML (Table II's extra columns where they fall). */
    public static final List<String> COLUMNS = List.of(
            "securityTitle", "conversionOrExercisePrice", "transactionDate", "deemedExecutionDate", "transactionCode",
            "equitySwapInvolved", "transactionShares", "transactionPricePerShare", "transactionAcquiredDisposedCode",
            "exerciseDate", "expirationDate", "underlyingSecurityTitle", "underlyingSecurityShares",
            "sharesOwnedFollowingTransaction", "valueOwnedFollowingTransaction", "directOrIndirectOwnership",
            "natureOfOwnership");

    public TableRow {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public FieldValue<?> field(String column) {
        return fields.getOrDefault(column, FieldValue.absent());
    }

    /** Table I rows (transactions, then holdings), then Table II rows. */
    public static List<TableRow> of(Form4 form) {
        List<TableRow> rows = new ArrayList<>();
        List<NonDerivativeTransaction> t1 = form.nonDerivativeTable().transactions();
        for (int i = 0; i < t1.size(); i++) {
            rows.add(of(t1.get(i), "nonDerivativeTable.transactions[" + i + "]"));
        }
        List<NonDerivativeHolding> h1 = form.nonDerivativeTable().holdings();
        for (int i = 0; i < h1.size(); i++) {
            rows.add(of(h1.get(i), "nonDerivativeTable.holdings[" + i + "]"));
        }
        List<DerivativeTransaction> t2 = form.derivativeTable().transactions();
        for (int i = 0; i < t2.size(); i++) {
            rows.add(of(t2.get(i), "derivativeTable.transactions[" + i + "]"));
        }
        List<DerivativeHolding> h2 = form.derivativeTable().holdings();
        for (int i = 0; i < h2.size(); i++) {
            rows.add(of(h2.get(i), "derivativeTable.holdings[" + i + "]"));
        }
        return rows;
    }

    static TableRow of(NonDerivativeTransaction t, String path) {
        return row("I", "transaction", path, "securityTitle", t.securityTitle(), "transactionDate", t.transactionDate(),
                "deemedExecutionDate", t.deemedExecutionDate(), "transactionCode", t.transactionCode(),
                "equitySwapInvolved", t.equitySwapInvolved(), "transactionShares", t.transactionShares(),
                "transactionPricePerShare", t.transactionPricePerShare(),
                "transactionAcquiredDisposedCode", t.transactionAcquiredDisposedCode(),
                "sharesOwnedFollowingTransaction", t.sharesOwnedFollowingTransaction(),
                "valueOwnedFollowingTransaction", t.valueOwnedFollowingTransaction(),
                "directOrIndirectOwnership", t.directOrIndirectOwnership(), "natureOfOwnership", t.natureOfOwnership());
    }

    static TableRow of(NonDerivativeHolding h, String path) {
        return row("I", "holding", path, "securityTitle", h.securityTitle(),
                "sharesOwnedFollowingTransaction", h.sharesOwnedFollowingTransaction(),
                "valueOwnedFollowingTransaction", h.valueOwnedFollowingTransaction(),
                "directOrIndirectOwnership", h.directOrIndirectOwnership(), "natureOfOwnership", h.natureOfOwnership());
    }

    static TableRow of(DerivativeTransaction t, String path) {
        return row("II", "transaction", path, "securityTitle", t.securityTitle(),
                "conversionOrExercisePrice", t.conversionOrExercisePrice(), "transactionDate", t.transactionDate(),
                "deemedExecutionDate", t.deemedExecutionDate(), "transactionCode", t.transactionCode(),
                "equitySwapInvolved", t.equitySwapInvolved(), "transactionShares", t.transactionShares(),
                "transactionPricePerShare", t.transactionPricePerShare(),
                "transactionAcquiredDisposedCode", t.transactionAcquiredDisposedCode(),
                "exerciseDate", t.exerciseDate(), "expirationDate", t.expirationDate(),
                "underlyingSecurityTitle", t.underlyingSecurityTitle(), "underlyingSecurityShares", t.underlyingSecurityShares(),
                "sharesOwnedFollowingTransaction", t.sharesOwnedFollowingTransaction(),
                "valueOwnedFollowingTransaction", t.valueOwnedFollowingTransaction(),
                "directOrIndirectOwnership", t.directOrIndirectOwnership(), "natureOfOwnership", t.natureOfOwnership());
    }

    static TableRow of(DerivativeHolding h, String path) {
        return row("II", "holding", path, "securityTitle", h.securityTitle(),
                "conversionOrExercisePrice", h.conversionOrExercisePrice(),
                "exerciseDate", h.exerciseDate(), "expirationDate", h.expirationDate(),
                "underlyingSecurityTitle", h.underlyingSecurityTitle(), "underlyingSecurityShares", h.underlyingSecurityShares(),
                "sharesOwnedFollowingTransaction", h.sharesOwnedFollowingTransaction(),
                "valueOwnedFollowingTransaction", h.valueOwnedFollowingTransaction(),
                "directOrIndirectOwnership", h.directOrIndirectOwnership(), "natureOfOwnership", h.natureOfOwnership());
    }

    /** Pairs of column name and field; kept in COLUMNS order whatever order they are given in. */
    private static TableRow row(String table, String kind, String path, Object... pairs) {
        Map<String, FieldValue<?>> given = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            given.put((String) pairs[i], (FieldValue<?>) pairs[i + 1]);
        }
        Map<String, FieldValue<?>> ordered = new LinkedHashMap<>();
        for (String column : COLUMNS) {
            if (given.containsKey(column)) {
                ordered.put(column, given.get(column));
            }
        }
        if (ordered.size() != given.size()) {
            throw new IllegalArgumentException("unknown column among " + given.keySet());
        }
        return new TableRow(table, kind, path, ordered);
    }
}
