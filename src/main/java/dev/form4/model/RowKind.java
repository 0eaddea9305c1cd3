package dev.form4.model;

import java.util.Comparator;
import java.util.List;
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

    public static final RowKind<NonDerivativeTransaction> NON_DERIVATIVE_TRANSACTION = new RowKind<>(
            FormTable.NON_DERIVATIVE, "transaction", "nonDerivativeTransaction",
            form -> form.nonDerivativeTable().transactions(),
            List.of(RowField.of(SECURITY_TITLE, NonDerivativeTransaction::securityTitle),
                    RowField.of(TRANSACTION_DATE, NonDerivativeTransaction::transactionDate),
                    RowField.of(DEEMED_EXECUTION_DATE, NonDerivativeTransaction::deemedExecutionDate),
                    RowField.of(TRANSACTION_CODE, NonDerivativeTransaction::transactionCode),
                    RowField.of(EQUITY_SWAP_INVOLVED, NonDerivativeTransaction::equitySwapInvolved),
                    RowField.of(TRANSACTION_SHARES, NonDerivativeTransaction::transactionShares),
                    RowField.of(TRANSACTION_PRICE_PER_SHARE, NonDerivativeTransaction::transactionPricePerShare),
                    RowField.of(TRANSACTION_ACQUIRED_DISPOSED_CODE, NonDerivativeTransaction::transactionAcquiredDisposedCode),
                    RowField.of(SHARES_OWNED_FOLLOWING_TRANSACTION, NonDerivativeTransaction::sharesOwnedFollowingTransaction),
                    RowField.of(VALUE_OWNED_FOLLOWING_TRANSACTION, NonDerivativeTransaction::valueOwnedFollowingTransaction),
                    RowField.of(DIRECT_OR_INDIRECT_OWNERSHIP, NonDerivativeTransaction::directOrIndirectOwnership),
                    RowField.of(NATURE_OF_OWNERSHIP, NonDerivativeTransaction::natureOfOwnership)),
            v -> new NonDerivativeTransaction(v.get(SECURITY_TITLE), v.get(TRANSACTION_DATE), v.get(DEEMED_EXECUTION_DATE),
                    v.get(TRANSACTION_CODE), v.get(EQUITY_SWAP_INVOLVED), v.get(TRANSACTION_SHARES),
                    v.get(TRANSACTION_PRICE_PER_SHARE), v.get(TRANSACTION_ACQUIRED_DISPOSED_CODE),
                    v.get(SHARES_OWNED_FOLLOWING_TRANSACTION), v.get(VALUE_OWNED_FOLLOWING_TRANSACTION),
                    v.get(DIRECT_OR_INDIRECT_OWNERSHIP), v.get(NATURE_OF_OWNERSHIP)));

    public static final RowKind<NonDerivativeHolding> NON_DERIVATIVE_HOLDING = new RowKind<>(
            FormTable.NON_DERIVATIVE, "holding", "nonDerivativeHolding",
            form -> form.nonDerivativeTable().holdings(),
            List.of(RowField.of(SECURITY_TITLE, NonDerivativeHolding::securityTitle),
                    RowField.of(SHARES_OWNED_FOLLOWING_TRANSACTION, NonDerivativeHolding::sharesOwnedFollowingTransaction),
                    RowField.of(VALUE_OWNED_FOLLOWING_TRANSACTION, NonDerivativeHolding::valueOwnedFollowingTransaction),
                    RowField.of(DIRECT_OR_INDIRECT_OWNERSHIP, NonDerivativeHolding::directOrIndirectOwnership),
                    RowField.of(NATURE_OF_OWNERSHIP, NonDerivativeHolding::natureOfOwnership)),
            v -> new NonDerivativeHolding(v.get(SECURITY_TITLE), v.get(SHARES_OWNED_FOLLOWING_TRANSACTION),
                    v.get(VALUE_OWNED_FOLLOWING_TRANSACTION), v.get(DIRECT_OR_INDIRECT_OWNERSHIP), v.get(NATURE_OF_OWNERSHIP)));

    /** In the JSON contract the price comes after the underlying security, as the printed Table II has it. */
    public static final RowKind<DerivativeTransaction> DERIVATIVE_TRANSACTION = new RowKind<>(
            FormTable.DERIVATIVE, "transaction", "derivativeTransaction",
            form -> form.derivativeTable().transactions(),
            List.of(RowField.of(SECURITY_TITLE, DerivativeTransaction::securityTitle),
                    RowField.of(CONVERSION_OR_EXERCISE_PRICE, DerivativeTransaction::conversionOrExercisePrice),
                    RowField.of(TRANSACTION_DATE, DerivativeTransaction::transactionDate),
                    RowField.of(DEEMED_EXECUTION_DATE, DerivativeTransaction::deemedExecutionDate),
                    RowField.of(TRANSACTION_CODE, DerivativeTransaction::transactionCode),
                    RowField.of(EQUITY_SWAP_INVOLVED, DerivativeTransaction::equitySwapInvolved),
                    RowField.of(TRANSACTION_SHARES, DerivativeTransaction::transactionShares),
                    new RowField<>(TRANSACTION_ACQUIRED_DISPOSED_CODE, DerivativeTransaction::transactionAcquiredDisposedCode,
                            XmlRule.REQUIRED_WITHOUT_FOOTNOTES),
                    RowField.of(EXERCISE_DATE, DerivativeTransaction::exerciseDate),
                    RowField.of(EXPIRATION_DATE, DerivativeTransaction::expirationDate),
                    RowField.of(UNDERLYING_SECURITY_TITLE, DerivativeTransaction::underlyingSecurityTitle),
                    RowField.of(UNDERLYING_SECURITY_SHARES, DerivativeTransaction::underlyingSecurityShares),
                    RowField.of(TRANSACTION_PRICE_PER_SHARE, DerivativeTransaction::transactionPricePerShare),
                    RowField.of(SHARES_OWNED_FOLLOWING_TRANSACTION, DerivativeTransaction::sharesOwnedFollowingTransaction),
                    RowField.of(VALUE_OWNED_FOLLOWING_TRANSACTION, DerivativeTransaction::valueOwnedFollowingTransaction),
                    RowField.of(DIRECT_OR_INDIRECT_OWNERSHIP, DerivativeTransaction::directOrIndirectOwnership),
                    RowField.of(NATURE_OF_OWNERSHIP, DerivativeTransaction::natureOfOwnership)),
            v -> new DerivativeTransaction(v.get(SECURITY_TITLE), v.get(CONVERSION_OR_EXERCISE_PRICE), v.get(TRANSACTION_DATE),
                    v.get(DEEMED_EXECUTION_DATE), v.get(TRANSACTION_CODE), v.get(EQUITY_SWAP_INVOLVED),
                    v.get(TRANSACTION_SHARES), v.get(TRANSACTION_PRICE_PER_SHARE), v.get(TRANSACTION_ACQUIRED_DISPOSED_CODE),
                    v.get(EXERCISE_DATE), v.get(EXPIRATION_DATE), v.get(UNDERLYING_SECURITY_TITLE),
                    v.get(UNDERLYING_SECURITY_SHARES), v.get(SHARES_OWNED_FOLLOWING_TRANSACTION),
                    v.get(VALUE_OWNED_FOLLOWING_TRANSACTION), v.get(DIRECT_OR_INDIRECT_OWNERSHIP), v.get(NATURE_OF_OWNERSHIP)));

    public static final RowKind<DerivativeHolding> DERIVATIVE_HOLDING = new RowKind<>(
            FormTable.DERIVATIVE, "holding", "derivativeHolding",
            form -> form.derivativeTable().holdings(),
            List.of(RowField.of(SECURITY_TITLE, DerivativeHolding::securityTitle),
                    RowField.of(CONVERSION_OR_EXERCISE_PRICE, DerivativeHolding::conversionOrExercisePrice),
                    RowField.of(EXERCISE_DATE, DerivativeHolding::exerciseDate),
                    RowField.of(EXPIRATION_DATE, DerivativeHolding::expirationDate),
                    RowField.of(UNDERLYING_SECURITY_TITLE, DerivativeHolding::underlyingSecurityTitle),
                    RowField.of(UNDERLYING_SECURITY_SHARES, DerivativeHolding::underlyingSecurityShares),
                    RowField.of(SHARES_OWNED_FOLLOWING_TRANSACTION, DerivativeHolding::sharesOwnedFollowingTransaction),
                    RowField.of(VALUE_OWNED_FOLLOWING_TRANSACTION, DerivativeHolding::valueOwnedFollowingTransaction),
                    RowField.of(DIRECT_OR_INDIRECT_OWNERSHIP, DerivativeHolding::directOrIndirectOwnership),
                    RowField.of(NATURE_OF_OWNERSHIP, DerivativeHolding::natureOfOwnership)),
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

    @Override
    public String toString() {
        return path();
    }
}
