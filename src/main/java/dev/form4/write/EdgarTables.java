package dev.form4.write;

import dev.form4.model.DerivativeHolding;
import dev.form4.model.DerivativeTable;
import dev.form4.model.DerivativeTransaction;
import dev.form4.model.FieldValue;
import dev.form4.model.NonDerivativeHolding;
import dev.form4.model.NonDerivativeTable;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.model.SourcePosition;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import org.w3c.dom.Element;

/** Table I and Table II rows as ownershipDocument elements, in the order the X0306 schema sets. */
final class EdgarTables {

    /** The schema's maxOccurs for the entries of one table. */
    static final int MAX_ROWS = 30;
    private static final SchemaFacet TITLE = SchemaFacet.text(60);
    private static final SchemaFacet NATURE = SchemaFacet.text(100);

    private final EdgarDom dom;
    private int rowsInTable;

    EdgarTables(EdgarDom dom) {
        this.dom = dom;
    }

    void nonDerivative(Element root, NonDerivativeTable table) {
        table(root, "nonDerivativeTable", table.transactions(), table.holdings(), this::transaction, this::holding);
    }

    void derivative(Element root, DerivativeTable table) {
        table(root, "derivativeTable", table.transactions(), table.holdings(), this::transaction, this::holding);
    }

    /** Transactions, then holdings; the table element only when it has rows. */
    private <T, H> void table(Element root, String name, List<T> transactions, List<H> holdings,
                              BiFunction<T, String, EdgarRow> transaction, BiFunction<H, String, EdgarRow> holding) {
        if (transactions.isEmpty() && holdings.isEmpty()) {
            return;
        }
        Element element = dom.element(root, name);
        rowsInTable = 0;
        for (int i = 0; i < transactions.size(); i++) {
            add(element, transaction.apply(transactions.get(i), name + ".transactions[" + i + "]"));
        }
        for (int i = 0; i < holdings.size(); i++) {
            add(element, holding.apply(holdings.get(i), name + ".holdings[" + i + "]"));
        }
    }

    private void add(Element table, EdgarRow row) {
        if (rowsInTable == MAX_ROWS) {
            dom.beyondSchema(SourcePosition.UNKNOWN, table.getTagName(),
                    "row left out: the schema allows at most " + MAX_ROWS + " rows per table");
            return;
        }
        if (row.appendTo(table)) {
            rowsInTable++;
        }
    }

    private EdgarRow transaction(NonDerivativeTransaction t, String path) {
        EdgarRow row = new EdgarRow(dom, "nonDerivativeTransaction", path);
        row.value(row.element, "securityTitle", t.securityTitle(), TITLE);
        Element amounts = dateCodingAmounts(row, t.transactionDate(), t.deemedExecutionDate(), t.transactionCode(),
                t.equitySwapInvolved(), t.transactionShares(), t.transactionPricePerShare());
        row.value(amounts, "transactionAcquiredDisposedCode", t.transactionAcquiredDisposedCode(), SchemaFacet.ACQUIRED_DISPOSED);
        postTransaction(row, t.sharesOwnedFollowingTransaction(), t.valueOwnedFollowingTransaction());
        ownership(row, t.directOrIndirectOwnership(), t.natureOfOwnership());
        return row;
    }

    private EdgarRow holding(NonDerivativeHolding h, String path) {
        EdgarRow row = new EdgarRow(dom, "nonDerivativeHolding", path);
        row.value(row.element, "securityTitle", h.securityTitle(), TITLE);
        postTransaction(row, h.sharesOwnedFollowingTransaction(), h.valueOwnedFollowingTransaction());
        ownership(row, h.directOrIndirectOwnership(), h.natureOfOwnership());
        return row;
    }

    private EdgarRow transaction(DerivativeTransaction t, String path) {
        EdgarRow row = new EdgarRow(dom, "derivativeTransaction", path);
        row.value(row.element, "securityTitle", t.securityTitle(), TITLE);
        row.valueOrFootnote(row.element, "conversionOrExercisePrice", t.conversionOrExercisePrice(), SchemaFacet.DECIMAL);
        Element amounts = dateCodingAmounts(row, t.transactionDate(), t.deemedExecutionDate(), t.transactionCode(),
                t.equitySwapInvolved(), t.transactionShares(), t.transactionPricePerShare());
        row.valueWithoutFootnotes(amounts, "transactionAcquiredDisposedCode", t.transactionAcquiredDisposedCode(),
                SchemaFacet.ACQUIRED_DISPOSED);
        exerciseAndUnderlying(row, t.exerciseDate(), t.expirationDate(), t.underlyingSecurityTitle(), t.underlyingSecurityShares());
        postTransaction(row, t.sharesOwnedFollowingTransaction(), t.valueOwnedFollowingTransaction());
        ownership(row, t.directOrIndirectOwnership(), t.natureOfOwnership());
        return row;
    }

    private EdgarRow holding(DerivativeHolding h, String path) {
        EdgarRow row = new EdgarRow(dom, "derivativeHolding", path);
        row.value(row.element, "securityTitle", h.securityTitle(), TITLE);
        row.valueOrFootnote(row.element, "conversionOrExercisePrice", h.conversionOrExercisePrice(), SchemaFacet.DECIMAL);
        exerciseAndUnderlying(row, h.exerciseDate(), h.expirationDate(), h.underlyingSecurityTitle(), h.underlyingSecurityShares());
        postTransaction(row, h.sharesOwnedFollowingTransaction(), h.valueOwnedFollowingTransaction());
        ownership(row, h.directOrIndirectOwnership(), h.natureOfOwnership());
        return row;
    }

    /** Date, deemed date, coding, then the amounts element with shares and price; returns it for the A/D code. */
    private Element dateCodingAmounts(EdgarRow row, FieldValue<?> date, FieldValue<?> deemed, FieldValue<String> code,
                                      FieldValue<Boolean> equitySwap, FieldValue<?> shares, FieldValue<?> price) {
        row.value(row.element, "transactionDate", date, SchemaFacet.DATE);
        row.optional(row.element, "deemedExecutionDate", deemed, SchemaFacet.DATE);
        row.coding(row.element, code, equitySwap);
        Element amounts = dom.element(row.element, "transactionAmounts");
        row.value(amounts, "transactionShares", shares, SchemaFacet.DECIMAL);
        row.valueOrFootnote(amounts, "transactionPricePerShare", price, SchemaFacet.DECIMAL);
        return amounts;
    }

    private void exerciseAndUnderlying(EdgarRow row, FieldValue<?> exercise, FieldValue<?> expiration,
                                       FieldValue<String> underlyingTitle, FieldValue<BigDecimal> underlyingShares) {
        row.valueOrFootnote(row.element, "exerciseDate", exercise, SchemaFacet.DATE);
        row.valueOrFootnote(row.element, "expirationDate", expiration, SchemaFacet.DATE);
        Element underlying = dom.element(row.element, "underlyingSecurity");
        row.value(underlying, "underlyingSecurityTitle", underlyingTitle, TITLE);
        row.optional(underlying, "underlyingSecurityShares", underlyingShares, SchemaFacet.DECIMAL);
    }

    /** Shares owned after the transaction, or the value owned where the row reports a value instead. */
    private void postTransaction(EdgarRow row, FieldValue<BigDecimal> shares, FieldValue<BigDecimal> value) {
        Element post = dom.element(row.element, "postTransactionAmounts");
        if (!shares.isPresent() && value.isPresent()) {
            row.value(post, "valueOwnedFollowingTransaction", value, SchemaFacet.DECIMAL);
        } else {
            row.value(post, "sharesOwnedFollowingTransaction", shares, SchemaFacet.DECIMAL);
        }
    }

    private void ownership(EdgarRow row, FieldValue<String> directOrIndirect, FieldValue<String> nature) {
        Element element = dom.element(row.element, "ownershipNature");
        row.value(element, "directOrIndirectOwnership", directOrIndirect, SchemaFacet.DIRECT_INDIRECT);
        row.optionalValue(element, "natureOfOwnership", nature, NATURE);
    }
}
