package dev.form4.model;

import java.util.List;

import static dev.form4.model.ValueType.CODE;
import static dev.form4.model.ValueType.DATE;
import static dev.form4.model.ValueType.FLAG;
import static dev.form4.model.ValueType.NUMBER;
import static dev.form4.model.ValueType.TEXT;
import static dev.form4.model.XmlRule.CODING;
import static dev.form4.model.XmlRule.ONE_OF;
import static dev.form4.model.XmlRule.OPTIONAL;
import static dev.form4.model.XmlRule.OPTIONAL_VALUE;
import static dev.form4.model.XmlRule.REQUIRED;
import static dev.form4.model.XmlRule.VALUE_OR_FOOTNOTE;

/**
 * Every column of Tables I and II, in the order of the ownershipDocument schema (Table II's extra columns
 * where they fall), which is also the order of the flat outputs (CSV, the review page). Each {@link RowKind}
 * says which columns its rows have and how to read them from its record.
 */
public enum TableColumn {
    SECURITY_TITLE("securityTitle", TEXT, "Title of security", null, REQUIRED, 60, null),
    CONVERSION_OR_EXERCISE_PRICE("conversionOrExercisePrice", NUMBER, "Conv./exercise price", null, VALUE_OR_FOOTNOTE),
    TRANSACTION_DATE("transactionDate", DATE, "Date", null, REQUIRED),
    DEEMED_EXECUTION_DATE("deemedExecutionDate", DATE, "Deemed execution", null, OPTIONAL),
    TRANSACTION_CODE("transactionCode", CODE, "Code", Wrapper.CODING, CODING, 1,
            "A|C|D|E|F|G|H|I|J|L|M|O|P|S|U|W|X|Z"),
    EQUITY_SWAP_INVOLVED("equitySwapInvolved", FLAG, "V", Wrapper.CODING, CODING),
    TRANSACTION_SHARES("transactionShares", NUMBER, "Amount", Wrapper.AMOUNTS, REQUIRED),
    TRANSACTION_PRICE_PER_SHARE("transactionPricePerShare", NUMBER, "Price", Wrapper.AMOUNTS, VALUE_OR_FOOTNOTE),
    TRANSACTION_ACQUIRED_DISPOSED_CODE("transactionAcquiredDisposedCode", CODE, "A/D", Wrapper.AMOUNTS, REQUIRED, 1, "A|D"),
    EXERCISE_DATE("exerciseDate", DATE, "Exercisable", null, VALUE_OR_FOOTNOTE),
    EXPIRATION_DATE("expirationDate", DATE, "Expiration", null, VALUE_OR_FOOTNOTE),
    UNDERLYING_SECURITY_TITLE("underlyingSecurityTitle", TEXT, "Underlying title", Wrapper.UNDERLYING, REQUIRED, 60, null),
    UNDERLYING_SECURITY_SHARES("underlyingSecurityShares", NUMBER, "Underlying shares", Wrapper.UNDERLYING, OPTIONAL),
    SHARES_OWNED_FOLLOWING_TRANSACTION("sharesOwnedFollowingTransaction", NUMBER, "Owned following",
            Wrapper.POST_TRANSACTION, ONE_OF),
    /** Stands in for the shares owned on the rare rows that report a dollar value instead. */
    VALUE_OWNED_FOLLOWING_TRANSACTION("valueOwnedFollowingTransaction", NUMBER, "Value owned following",
            Wrapper.POST_TRANSACTION, ONE_OF),
    DIRECT_OR_INDIRECT_OWNERSHIP("directOrIndirectOwnership", CODE, "D/I", Wrapper.OWNERSHIP, REQUIRED, 1, "D|I"),
    NATURE_OF_OWNERSHIP("natureOfOwnership", TEXT, "Nature of indirect ownership", Wrapper.OWNERSHIP, OPTIONAL_VALUE, 100,
            null);

    /**
     * The columns as the printed form shows them, left to right; it differs from the schema's order only in
     * where the price stands (after the A/D code in Table I, after the underlying security in Table II).
     */
    public static final List<TableColumn> PRINTED_ORDER = List.of(SECURITY_TITLE, CONVERSION_OR_EXERCISE_PRICE,
            TRANSACTION_DATE, DEEMED_EXECUTION_DATE, TRANSACTION_CODE, EQUITY_SWAP_INVOLVED, TRANSACTION_SHARES,
            TRANSACTION_ACQUIRED_DISPOSED_CODE, EXERCISE_DATE, EXPIRATION_DATE, UNDERLYING_SECURITY_TITLE,
            UNDERLYING_SECURITY_SHARES, TRANSACTION_PRICE_PER_SHARE, SHARES_OWNED_FOLLOWING_TRANSACTION,
            VALUE_OWNED_FOLLOWING_TRANSACTION, DIRECT_OR_INDIRECT_OWNERSHIP, NATURE_OF_OWNERSHIP);

    /** The ownershipDocument elements that group a row's values. */
    private static final class Wrapper {
        static final String CODING = "transactionCoding";
        static final String AMOUNTS = "transactionAmounts";
        static final String UNDERLYING = "underlyingSecurity";
        static final String POST_TRANSACTION = "postTransactionAmounts";
        static final String OWNERSHIP = "ownershipNature";
    }

    private final String fieldName;
    private final ValueType type;
    private final String label;
    private final String xmlWrapper;
    private final XmlRule xmlRule;
    private final int maxLength;
    private final String pattern;

    TableColumn(String fieldName, ValueType type, String label, String xmlWrapper, XmlRule xmlRule) {
        this(fieldName, type, label, xmlWrapper, xmlRule, 0, null);
    }

    TableColumn(String fieldName, ValueType type, String label, String xmlWrapper, XmlRule xmlRule, int maxLength,
                String pattern) {
        this.fieldName = fieldName;
        this.type = type;
        this.label = label;
        this.xmlWrapper = xmlWrapper;
        this.xmlRule = xmlRule;
        this.maxLength = maxLength;
        this.pattern = pattern;
    }

    /** The ownershipDocument / JSON name, which is also the element's name in the XML. */
    public String fieldName() {
        return fieldName;
    }

    public ValueType type() {
        return type;
    }

    /** A short column heading in the printed form's words ("Owned following"). */
    public String label() {
        return label;
    }

    /** The element of the row that holds this value's element ("transactionAmounts"); null when the row itself does. */
    public String xmlWrapper() {
        return xmlWrapper;
    }

    /** The element names from the row's element down to the value's element. */
    public List<String> xmlPath() {
        return xmlWrapper == null ? List.of(fieldName) : List.of(xmlWrapper, fieldName);
    }

    /** How the XML holds the value in most row kinds; a {@link RowField} may say otherwise for its kind. */
    public XmlRule xmlRule() {
        return xmlRule;
    }

    /** The most characters the XML accepts for a text or a code; 0 where the type itself sets the limits. */
    public int maxLength() {
        return maxLength;
    }

    /** The pattern (a regular expression) a code must match in the XML; null when any text goes. */
    public String pattern() {
        return pattern;
    }

    /** True for a column that stands in for the one before it on some rows and is absent from the others. */
    public boolean isAlternative() {
        return this == VALUE_OWNED_FOLLOWING_TRANSACTION;
    }
}
