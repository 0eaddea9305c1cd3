package dev.form4.recognize;

/**
 * The columns of Tables I and II, named for the ownershipDocument fields they fill, with the kind of value
 * each holds. Table II prints its shares under "(A)" or "(D)": one column for the aligner (the two are never
 * both filled), and the sub-caption nearest to the number gives transactionAcquiredDisposedCode.
 */
public enum Column {
    SECURITY_TITLE("securityTitle", Accepts.TEXT),
    CONVERSION_OR_EXERCISE_PRICE("conversionOrExercisePrice", Accepts.PRICE),
    TRANSACTION_DATE("transactionDate", Accepts.DATE),
    DEEMED_EXECUTION_DATE("deemedExecutionDate", Accepts.DATE),
    TRANSACTION_CODE("transactionCode", Accepts.CODE),
    EQUITY_SWAP("equitySwapInvolved", Accepts.SWAP_FLAG),
    TRANSACTION_SHARES("transactionShares", Accepts.NUMBER),
    /** Table II's "(A)" sub-column: a caption position only; its number goes to TRANSACTION_SHARES. */
    ACQUIRED_SHARES("transactionShares", Accepts.NUMBER),
    /** Table II's "(D)" sub-column: a caption position only; its number goes to TRANSACTION_SHARES. */
    DISPOSED_SHARES("transactionShares", Accepts.NUMBER),
    ACQUIRED_DISPOSED("transactionAcquiredDisposedCode", Accepts.AD_FLAG),
    TRANSACTION_PRICE("transactionPricePerShare", Accepts.PRICE),
    EXERCISE_DATE("exerciseDate", Accepts.DATE),
    EXPIRATION_DATE("expirationDate", Accepts.DATE),
    UNDERLYING_TITLE("underlyingSecurityTitle", Accepts.TEXT),
    UNDERLYING_SHARES("underlyingSecurityShares", Accepts.NUMBER),
    SHARES_OWNED_FOLLOWING("sharesOwnedFollowingTransaction", Accepts.NUMBER),
    DIRECT_OR_INDIRECT("directOrIndirectOwnership", Accepts.DI_FLAG),
    NATURE_OF_OWNERSHIP("natureOfOwnership", Accepts.TEXT),
    /** Not a printed column: a dollar amount in the "owned following" column (valueOwnedFollowingTransaction). */
    VALUE_OWNED_FOLLOWING("valueOwnedFollowingTransaction", Accepts.PRICE);

    /** What a column can hold. */
    public enum Accepts { TEXT, DATE, CODE, SWAP_FLAG, AD_FLAG, DI_FLAG, NUMBER, PRICE }

    private final String field;
    private final Accepts accepts;

    Column(String field, Accepts accepts) {
        this.field = field;
        this.accepts = accepts;
    }

    /** The ownershipDocument / JSON field name. */
    public String field() {
        return field;
    }

    public Accepts accepts() {
        return accepts;
    }
}
