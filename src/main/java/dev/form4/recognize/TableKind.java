package dev.form4.recognize;

import dev.form4.model.RowKind;

import java.util.List;

import static dev.form4.recognize.Column.*;

/** Which table a row belongs to and whether it reports a transaction or a holding: its columns, in order. */
public enum TableKind {
    NON_DERIVATIVE_TRANSACTION(RowKind.NON_DERIVATIVE_TRANSACTION.path(), List.of(SECURITY_TITLE, TRANSACTION_DATE,
            DEEMED_EXECUTION_DATE, TRANSACTION_CODE, EQUITY_SWAP, TRANSACTION_SHARES, ACQUIRED_DISPOSED,
            TRANSACTION_PRICE, SHARES_OWNED_FOLLOWING, DIRECT_OR_INDIRECT, NATURE_OF_OWNERSHIP)),
    NON_DERIVATIVE_HOLDING(RowKind.NON_DERIVATIVE_HOLDING.path(), List.of(SECURITY_TITLE, SHARES_OWNED_FOLLOWING,
            DIRECT_OR_INDIRECT, NATURE_OF_OWNERSHIP)),
    DERIVATIVE_TRANSACTION(RowKind.DERIVATIVE_TRANSACTION.path(), List.of(SECURITY_TITLE, CONVERSION_OR_EXERCISE_PRICE,
            TRANSACTION_DATE, DEEMED_EXECUTION_DATE, TRANSACTION_CODE, EQUITY_SWAP, TRANSACTION_SHARES,
            EXERCISE_DATE, EXPIRATION_DATE, UNDERLYING_TITLE, UNDERLYING_SHARES,
            TRANSACTION_PRICE, SHARES_OWNED_FOLLOWING, DIRECT_OR_INDIRECT, NATURE_OF_OWNERSHIP)),
    DERIVATIVE_HOLDING(RowKind.DERIVATIVE_HOLDING.path(), List.of(SECURITY_TITLE, CONVERSION_OR_EXERCISE_PRICE,
            EXERCISE_DATE, EXPIRATION_DATE, UNDERLYING_TITLE, UNDERLYING_SHARES, SHARES_OWNED_FOLLOWING,
            DIRECT_OR_INDIRECT, NATURE_OF_OWNERSHIP));

    private final String path;
    private final List<Column> columns;

    TableKind(String path, List<Column> columns) {
        this.path = path;
        this.columns = columns;
    }

    /** JSON path of this kind's rows: "nonDerivativeTable.transactions". */
    public String path() {
        return path;
    }

    public List<Column> columns() {
        return columns;
    }

    /**
     * The columns, for a table whose captions show an "A/D" column: Table II prints (A) and (D) as sub-columns of
     * its shares, but EDGAR's ASCII forms before 2003 print an A/D column of its own after the amount, as Table I.
     */
    public List<Column> columns(boolean flagColumnPrinted) {
        if (!flagColumnPrinted || this != DERIVATIVE_TRANSACTION) {
            return columns;
        }
        List<Column> withFlag = new java.util.ArrayList<>(columns);
        withFlag.add(withFlag.indexOf(TRANSACTION_SHARES) + 1, ACQUIRED_DISPOSED);
        return List.copyOf(withFlag);
    }

    public boolean isDerivative() {
        return this == DERIVATIVE_TRANSACTION || this == DERIVATIVE_HOLDING;
    }

    public boolean isHolding() {
        return this == NON_DERIVATIVE_HOLDING || this == DERIVATIVE_HOLDING;
    }

    public TableKind holdingKind() {
        return isDerivative() ? DERIVATIVE_HOLDING : NON_DERIVATIVE_HOLDING;
    }
}
