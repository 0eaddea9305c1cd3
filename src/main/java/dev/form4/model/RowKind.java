package dev.form4.model;

import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import static dev.form4.model.TableColumn.CONVERSION_OR_EXERCISE_PRICE;
import static dev.form4.model.TableColumn.DEEMED_EXECUTION_DATE;
import static dev.form4.model.TableColumn.DIRECT_OR_INDIRECT_OWNERSHIP;
import static dev.form4.model.TableColumn.EQUITY_SWAP_INVOLVED;
import static dev.form4.model.TableColumn.EXERCISE_DATE;
import static dev.form4.model.TableColumn.EXPIRATION_DATE;
import static dev.form4.model.TableColumn.NATURE_OF_OWNERSHIP;
import static dev.form4.model.TableColumn.SECURITY_TITLE;
import static dev.form4.model.TableColumn.SHARES_OWNED_FOLLOWING_TRANSACTION;
import static dev.form4.model.TableColumn.TRANSACTION_ACQUIRED_DISPOSED_CODE;
import static dev.form4.model.TableColumn.TRANSACTION_CODE;
import static dev.form4.model.TableColumn.TRANSACTION_DATE;
import static dev.form4.model.TableColumn.TRANSACTION_PRICE_PER_SHARE;
import static dev.form4.model.TableColumn.TRANSACTION_SHARES;
import static dev.form4.model.TableColumn.UNDERLYING_SECURITY_SHARES;
import static dev.form4.model.TableColumn.UNDERLYING_SECURITY_TITLE;
import static dev.form4.model.TableColumn.VALUE_OWNED_FOLLOWING_TRANSACTION;

/**
 * The four kinds of table row (Table I or II, transaction or holding): where they stand in the form, their
 * fields in the order of the JSON contract, and how to build their record from values read elsewhere (the
 * EDGAR XML). Outputs iterate {@link #ALL} and a kind's fields instead of naming each column.
 */
public final class RowKind<R> {

    // One reader per kind, a switch over its columns: a method reference per column would make the JVM spin a
    // class for each of them (53) when this class is initialized, a cost every run pays before its first row.
    private static final BiFunction<NonDerivativeTransaction, TableColumn, FieldValue<?>> NON_DERIVATIVE_TRANSACTION_VALUES = RowKind::valueOf;
    private static final BiFunction<NonDerivativeHolding, TableColumn, FieldValue<?>> NON_DERIVATIVE_HOLDING_VALUES = RowKind::valueOf;
    private static final BiFunction<DerivativeTransaction, TableColumn, FieldValue<?>> DERIVATIVE_TRANSACTION_VALUES = RowKind::valueOf;
    private static final BiFunction<DerivativeHolding, TableColumn, FieldValue<?>> DERIVATIVE_HOLDING_VALUES = RowKind::valueOf;

    public static final RowKind<NonDerivativeTransaction> NON_DERIVATIVE_TRANSACTION = new RowKind<>(
            FormTable.NON_DERIVATIVE, "transaction", "nonDerivativeTransaction",
            form -> form.nonDerivativeTable().transactions(),
            List.of(RowField.of(SECURITY_TITLE, NON_DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(TRANSACTION_DATE, NON_DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(DEEMED_EXECUTION_DATE, NON_DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(TRANSACTION_CODE, NON_DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(EQUITY_SWAP_INVOLVED, NON_DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(TRANSACTION_SHARES, NON_DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(TRANSACTION_PRICE_PER_SHARE, NON_DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(TRANSACTION_ACQUIRED_DISPOSED_CODE, NON_DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(SHARES_OWNED_FOLLOWING_TRANSACTION, NON_DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(VALUE_OWNED_FOLLOWING_TRANSACTION, NON_DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(DIRECT_OR_INDIRECT_OWNERSHIP, NON_DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(NATURE_OF_OWNERSHIP, NON_DERIVATIVE_TRANSACTION_VALUES)),
            v -> new NonDerivativeTransaction(v.get(SECURITY_TITLE), v.get(TRANSACTION_DATE), v.get(DEEMED_EXECUTION_DATE),
                    v.get(TRANSACTION_CODE), v.get(EQUITY_SWAP_INVOLVED), v.get(TRANSACTION_SHARES),
                    v.get(TRANSACTION_PRICE_PER_SHARE), v.get(TRANSACTION_ACQUIRED_DISPOSED_CODE),
                    v.get(SHARES_OWNED_FOLLOWING_TRANSACTION), v.get(VALUE_OWNED_FOLLOWING_TRANSACTION),
                    v.get(DIRECT_OR_INDIRECT_OWNERSHIP), v.get(NATURE_OF_OWNERSHIP)));

    public static final RowKind<NonDerivativeHolding> NON_DERIVATIVE_HOLDING = new RowKind<>(
            FormTable.NON_DERIVATIVE, "holding", "nonDerivativeHolding",
            form -> form.nonDerivativeTable().holdings(),
            List.of(RowField.of(SECURITY_TITLE, NON_DERIVATIVE_HOLDING_VALUES),
                    RowField.of(SHARES_OWNED_FOLLOWING_TRANSACTION, NON_DERIVATIVE_HOLDING_VALUES),
                    RowField.of(VALUE_OWNED_FOLLOWING_TRANSACTION, NON_DERIVATIVE_HOLDING_VALUES),
                    RowField.of(DIRECT_OR_INDIRECT_OWNERSHIP, NON_DERIVATIVE_HOLDING_VALUES),
                    RowField.of(NATURE_OF_OWNERSHIP, NON_DERIVATIVE_HOLDING_VALUES)),
            v -> new NonDerivativeHolding(v.get(SECURITY_TITLE), v.get(SHARES_OWNED_FOLLOWING_TRANSACTION),
                    v.get(VALUE_OWNED_FOLLOWING_TRANSACTION), v.get(DIRECT_OR_INDIRECT_OWNERSHIP), v.get(NATURE_OF_OWNERSHIP)));

    /** In the JSON contract the price comes after the underlying security, as the printed Table II has it. */
    public static final RowKind<DerivativeTransaction> DERIVATIVE_TRANSACTION = new RowKind<>(
            FormTable.DERIVATIVE, "transaction", "derivativeTransaction",
            form -> form.derivativeTable().transactions(),
            List.of(RowField.of(SECURITY_TITLE, DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(CONVERSION_OR_EXERCISE_PRICE, DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(TRANSACTION_DATE, DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(DEEMED_EXECUTION_DATE, DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(TRANSACTION_CODE, DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(EQUITY_SWAP_INVOLVED, DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(TRANSACTION_SHARES, DERIVATIVE_TRANSACTION_VALUES),
                    new RowField<>(TRANSACTION_ACQUIRED_DISPOSED_CODE, DERIVATIVE_TRANSACTION_VALUES,
                            XmlRule.REQUIRED_WITHOUT_FOOTNOTES),
                    RowField.of(EXERCISE_DATE, DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(EXPIRATION_DATE, DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(UNDERLYING_SECURITY_TITLE, DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(UNDERLYING_SECURITY_SHARES, DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(TRANSACTION_PRICE_PER_SHARE, DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(SHARES_OWNED_FOLLOWING_TRANSACTION, DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(VALUE_OWNED_FOLLOWING_TRANSACTION, DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(DIRECT_OR_INDIRECT_OWNERSHIP, DERIVATIVE_TRANSACTION_VALUES),
                    RowField.of(NATURE_OF_OWNERSHIP, DERIVATIVE_TRANSACTION_VALUES)),
            v -> new DerivativeTransaction(v.get(SECURITY_TITLE), v.get(CONVERSION_OR_EXERCISE_PRICE), v.get(TRANSACTION_DATE),
                    v.get(DEEMED_EXECUTION_DATE), v.get(TRANSACTION_CODE), v.get(EQUITY_SWAP_INVOLVED),
                    v.get(TRANSACTION_SHARES), v.get(TRANSACTION_PRICE_PER_SHARE), v.get(TRANSACTION_ACQUIRED_DISPOSED_CODE),
                    v.get(EXERCISE_DATE), v.get(EXPIRATION_DATE), v.get(UNDERLYING_SECURITY_TITLE),
                    v.get(UNDERLYING_SECURITY_SHARES), v.get(SHARES_OWNED_FOLLOWING_TRANSACTION),
                    v.get(VALUE_OWNED_FOLLOWING_TRANSACTION), v.get(DIRECT_OR_INDIRECT_OWNERSHIP), v.get(NATURE_OF_OWNERSHIP)));

    public static final RowKind<DerivativeHolding> DERIVATIVE_HOLDING = new RowKind<>(
            FormTable.DERIVATIVE, "holding", "derivativeHolding",
            form -> form.derivativeTable().holdings(),
            List.of(RowField.of(SECURITY_TITLE, DERIVATIVE_HOLDING_VALUES),
                    RowField.of(CONVERSION_OR_EXERCISE_PRICE, DERIVATIVE_HOLDING_VALUES),
                    RowField.of(EXERCISE_DATE, DERIVATIVE_HOLDING_VALUES),
                    RowField.of(EXPIRATION_DATE, DERIVATIVE_HOLDING_VALUES),
                    RowField.of(UNDERLYING_SECURITY_TITLE, DERIVATIVE_HOLDING_VALUES),
                    RowField.of(UNDERLYING_SECURITY_SHARES, DERIVATIVE_HOLDING_VALUES),
                    RowField.of(SHARES_OWNED_FOLLOWING_TRANSACTION, DERIVATIVE_HOLDING_VALUES),
                    RowField.of(VALUE_OWNED_FOLLOWING_TRANSACTION, DERIVATIVE_HOLDING_VALUES),
                    RowField.of(DIRECT_OR_INDIRECT_OWNERSHIP, DERIVATIVE_HOLDING_VALUES),
                    RowField.of(NATURE_OF_OWNERSHIP, DERIVATIVE_HOLDING_VALUES)),
            v -> new DerivativeHolding(v.get(SECURITY_TITLE), v.get(CONVERSION_OR_EXERCISE_PRICE), v.get(EXERCISE_DATE),
                    v.get(EXPIRATION_DATE), v.get(UNDERLYING_SECURITY_TITLE), v.get(UNDERLYING_SECURITY_SHARES),
                    v.get(SHARES_OWNED_FOLLOWING_TRANSACTION), v.get(VALUE_OWNED_FOLLOWING_TRANSACTION),
                    v.get(DIRECT_OR_INDIRECT_OWNERSHIP), v.get(NATURE_OF_OWNERSHIP)));

    /** Table I's transactions, its holdings, then Table II's: the order of every output. */
    public static final List<RowKind<?>> ALL = List.of(NON_DERIVATIVE_TRANSACTION, NON_DERIVATIVE_HOLDING,
            DERIVATIVE_TRANSACTION, DERIVATIVE_HOLDING);

    /** The kinds of one table, transactions first. */
    public static List<RowKind<?>> of(FormTable table) {
        return ALL.stream().filter(kind -> kind.table == table).toList();
    }

    private final FormTable table;
    private final String kind;
    private final String xmlElement;
    private final Function<Form4, List<R>> rows;
    private final List<RowField<R>> fields;
    private final Function<FieldValues, R> factory;

    private RowKind(FormTable table, String kind, String xmlElement, Function<Form4, List<R>> rows,
                    List<RowField<R>> fields, Function<FieldValues, R> factory) {
        this.table = table;
        this.kind = kind;
        this.xmlElement = xmlElement;
        this.rows = rows;
        this.fields = fields;
        this.factory = factory;
    }

    public FormTable table() {
        return table;
    }

    /** "transaction" or "holding". */
    public String kind() {
        return kind;
    }

    /** The member of its table that lists this kind's rows in the JSON contract: "transactions" or "holdings". */
    public String listName() {
        return kind + "s";
    }

    /** The JSON path of this kind's rows: "nonDerivativeTable.transactions". */
    public String path() {
        return table.fieldName() + "." + listName();
    }

    /** The JSON path of one row: "nonDerivativeTable.transactions[2]", as diagnostics name fields. */
    public String path(int index) {
        return path() + "[" + index + "]";
    }

    /** The row's element in the ownershipDocument ("nonDerivativeTransaction"). */
    public String xmlElement() {
        return xmlElement;
    }

    public List<R> rows(Form4 form) {
        return rows.apply(form);
    }

    /** The fields in the order of the JSON contract. */
    public List<RowField<R>> fields() {
        return fields;
    }

    /** The fields in the ownershipDocument schema's order. */
    public List<RowField<R>> fieldsInSchemaOrder() {
        return fields.stream().sorted(Comparator.comparing(RowField::column)).toList();
    }

    /** The fields left to right as the printed form shows them. */
    public List<RowField<R>> fieldsInPrintedOrder() {
        return fields.stream().sorted(Comparator.comparing(f -> TableColumn.PRINTED_ORDER.indexOf(f.column()))).toList();
    }

    /** A record of this kind from its values; a field not among them is absent. */
    public R create(FieldValues values) {
        return factory.apply(values);
    }

    private static FieldValue<?> valueOf(NonDerivativeTransaction row, TableColumn column) {
        return switch (column) {
            case SECURITY_TITLE -> row.securityTitle();
            case TRANSACTION_DATE -> row.transactionDate();
            case DEEMED_EXECUTION_DATE -> row.deemedExecutionDate();
            case TRANSACTION_CODE -> row.transactionCode();
            case EQUITY_SWAP_INVOLVED -> row.equitySwapInvolved();
            case TRANSACTION_SHARES -> row.transactionShares();
            case TRANSACTION_PRICE_PER_SHARE -> row.transactionPricePerShare();
            case TRANSACTION_ACQUIRED_DISPOSED_CODE -> row.transactionAcquiredDisposedCode();
            case SHARES_OWNED_FOLLOWING_TRANSACTION -> row.sharesOwnedFollowingTransaction();
            case VALUE_OWNED_FOLLOWING_TRANSACTION -> row.valueOwnedFollowingTransaction();
            case DIRECT_OR_INDIRECT_OWNERSHIP -> row.directOrIndirectOwnership();
            case NATURE_OF_OWNERSHIP -> row.natureOfOwnership();
            default -> throw new IllegalArgumentException(column + " is no column of a nonDerivativeTransaction");
        };
    }

    private static FieldValue<?> valueOf(NonDerivativeHolding row, TableColumn column) {
        return switch (column) {
            case SECURITY_TITLE -> row.securityTitle();
            case SHARES_OWNED_FOLLOWING_TRANSACTION -> row.sharesOwnedFollowingTransaction();
            case VALUE_OWNED_FOLLOWING_TRANSACTION -> row.valueOwnedFollowingTransaction();
            case DIRECT_OR_INDIRECT_OWNERSHIP -> row.directOrIndirectOwnership();
            case NATURE_OF_OWNERSHIP -> row.natureOfOwnership();
            default -> throw new IllegalArgumentException(column + " is no column of a nonDerivativeHolding");
        };
    }

    private static FieldValue<?> valueOf(DerivativeTransaction row, TableColumn column) {
        return switch (column) {
            case SECURITY_TITLE -> row.securityTitle();
            case CONVERSION_OR_EXERCISE_PRICE -> row.conversionOrExercisePrice();
            case TRANSACTION_DATE -> row.transactionDate();
            case DEEMED_EXECUTION_DATE -> row.deemedExecutionDate();
            case TRANSACTION_CODE -> row.transactionCode();
            case EQUITY_SWAP_INVOLVED -> row.equitySwapInvolved();
            case TRANSACTION_SHARES -> row.transactionShares();
            case TRANSACTION_ACQUIRED_DISPOSED_CODE -> row.transactionAcquiredDisposedCode();
            case EXERCISE_DATE -> row.exerciseDate();
            case EXPIRATION_DATE -> row.expirationDate();
            case UNDERLYING_SECURITY_TITLE -> row.underlyingSecurityTitle();
            case UNDERLYING_SECURITY_SHARES -> row.underlyingSecurityShares();
            case TRANSACTION_PRICE_PER_SHARE -> row.transactionPricePerShare();
            case SHARES_OWNED_FOLLOWING_TRANSACTION -> row.sharesOwnedFollowingTransaction();
            case VALUE_OWNED_FOLLOWING_TRANSACTION -> row.valueOwnedFollowingTransaction();
            case DIRECT_OR_INDIRECT_OWNERSHIP -> row.directOrIndirectOwnership();
            case NATURE_OF_OWNERSHIP -> row.natureOfOwnership();
            default -> throw new IllegalArgumentException(column + " is no column of a derivativeTransaction");
        };
    }

    private static FieldValue<?> valueOf(DerivativeHolding row, TableColumn column) {
        return switch (column) {
            case SECURITY_TITLE -> row.securityTitle();
            case CONVERSION_OR_EXERCISE_PRICE -> row.conversionOrExercisePrice();
            case EXERCISE_DATE -> row.exerciseDate();
            case EXPIRATION_DATE -> row.expirationDate();
            case UNDERLYING_SECURITY_TITLE -> row.underlyingSecurityTitle();
            case UNDERLYING_SECURITY_SHARES -> row.underlyingSecurityShares();
            case SHARES_OWNED_FOLLOWING_TRANSACTION -> row.sharesOwnedFollowingTransaction();
            case VALUE_OWNED_FOLLOWING_TRANSACTION -> row.valueOwnedFollowingTransaction();
            case DIRECT_OR_INDIRECT_OWNERSHIP -> row.directOrIndirectOwnership();
            case NATURE_OF_OWNERSHIP -> row.natureOfOwnership();
            default -> throw new IllegalArgumentException(column + " is no column of a derivativeHolding");
        };
    }

    @Override
    public String toString() {
        return path();
    }
}
