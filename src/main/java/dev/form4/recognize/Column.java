package dev.form4.recognize;

import dev.form4.model.TableColumn;

/**
 * The columns of Tables I and II, named for the ownershipDocument fields they fill, with the kind of value
 * each holds. Table II prints its shares under "(A)" or "(D)": one column for the aligner (the two are never
 * both filled), and the sub-caption nearest to the number gives transactionAcquiredDisposedCode.
 */
public enum Column {
    SECURITY_TITLE(TableColumn.SECURITY_TITLE, Accepts.TEXT),
    CONVERSION_OR_EXERCISE_PRICE(TableColumn.CONVERSION_OR_EXERCISE_PRICE, Accepts.PRICE),
    TRANSACTION_DATE(TableColumn.TRANSACTION_DATE, Accepts.DATE),
    DEEMED_EXECUTION_DATE(TableColumn.DEEMED_EXECUTION_DATE, Accepts.DATE),
    TRANSACTION_CODE(TableColumn.TRANSACTION_CODE, Accepts.CODE),
    EQUITY_SWAP(TableColumn.EQUITY_SWAP_INVOLVED, Accepts.SWAP_FLAG),
    TRANSACTION_SHARES(TableColumn.TRANSACTION_SHARES, Accepts.NUMBER),
    /** Table II's "(A)" sub-column: a caption position only; its number goes to TRANSACTION_SHARES. */
    ACQUIRED_SHARES(TableColumn.TRANSACTION_SHARES, Accepts.NUMBER),
    /** Table II's "(D)" sub-column: a caption position only; its number goes to TRANSACTION_SHARES. */
    DISPOSED_SHARES(TableColumn.TRANSACTION_SHARES, Accepts.NUMBER),
    ACQUIRED_DISPOSED(TableColumn.TRANSACTION_ACQUIRED_DISPOSED_CODE, Accepts.AD_FLAG),
    TRANSACTION_PRICE(TableColumn.TRANSACTION_PRICE_PER_SHARE, Accepts.PRICE),
    EXERCISE_DATE(TableColumn.EXERCISE_DATE, Accepts.DATE),
    EXPIRATION_DATE(TableColumn.EXPIRATION_DATE, Accepts.DATE),
    UNDERLYING_TITLE(TableColumn.UNDERLYING_SECURITY_TITLE, Accepts.TEXT),
    UNDERLYING_SHARES(TableColumn.UNDERLYING_SECURITY_SHARES, Accepts.NUMBER),
    SHARES_OWNED_FOLLOWING(TableColumn.SHARES_OWNED_FOLLOWING_TRANSACTION, Accepts.NUMBER),
    DIRECT_OR_INDIRECT(TableColumn.DIRECT_OR_INDIRECT_OWNERSHIP, Accepts.DI_FLAG),
    NATURE_OF_OWNERSHIP(TableColumn.NATURE_OF_OWNERSHIP, Accepts.TEXT),
    /** Not a printed column: a dollar amount in the "owned following" column (valueOwnedFollowingTransaction). */
    VALUE_OWNED_FOLLOWING(TableColumn.VALUE_OWNED_FOLLOWING_TRANSACTION, Accepts.PRICE);

    /** What a column can hold. */
    public enum Accepts { TEXT, DATE, CODE, SWAP_FLAG, AD_FLAG, DI_FLAG, NUMBER, PRICE }

    private final TableColumn fills;
    private final Accepts accepts;

    Column(TableColumn fills, Accepts accepts) {
        this.fills = fills;
        this.accepts = accepts;
    }

    /** The field of the form's schema this column's value goes to. */
    public TableColumn fills() {
        return fills;
    }

    /** The ownershipDocument / JSON field name. */
    public String field() {
        return fills.fieldName();
    }

    public Accepts accepts() {
        return accepts;
    }
}
