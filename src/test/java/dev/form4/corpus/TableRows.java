package dev.form4.corpus;

import dev.form4.model.DerivativeHolding;
import dev.form4.model.DerivativeTable;
import dev.form4.model.DerivativeTransaction;
import dev.form4.model.FieldValue;
import dev.form4.model.NonDerivativeHolding;
import dev.form4.model.NonDerivativeTable;
import dev.form4.model.NonDerivativeTransaction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Table I and Table II as rows of the big table: title row, numbered captions in the rendering's column order
 * (a caption over several columns sits in its first one, the rest empty, as Marker writes spanned cells), the
 * sub-caption row, then one row per transaction and holding with one cell per column.
 */
final class TableRows {

    static final String TABLE_I_TITLE = "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned";
    static final String TABLE_II_TITLE = "Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned"
            + "<br>(e.g., puts, calls, warrants, options, convertible securities)";

    /** Table I captions by first column: 3 spans Code and V, 4 spans Amount, (A) or (D) and Price. */
    static final String[] TABLE_I_CAPTIONS = {
            "1. Title of<br>Security<br>(Instr. 3)",
            "2. Transaction<br>Date<br>(Month/Day/Year)",
            "2A. Deemed<br>Execution Date,<br>if any<br>(Month/Day/Year)",
            "3.<br>Transaction<br>Code (Instr.<br>8)", "",
            "4. Securities Acquired (A) or<br>Disposed Of (D) (Instr. 3, 4 and 5)", "", "",
            "5. Amount of<br>Securities<br>Beneficially<br>Owned Following<br>Reported<br>Transaction(s)<br>(Instr. 3 and 4)",
            "6. Ownership<br>Form: Direct<br>(D) or Indirect<br>(I) (Instr. 4)",
            "7. Nature of<br>Indirect<br>Beneficial<br>Ownership<br>(Instr. 4)"};
    static final String[] TABLE_I_SUB_CAPTIONS = {"", "", "", "Code", "V", "Amount", "(A) or (D)", "Price", "", "", ""};

    /** Table II captions: 4 spans Code and V, 5 spans (A) and (D), 6 the two dates, 7 title and amount. */
    static final String[] TABLE_II_CAPTIONS = {
            "1. Title of<br>Derivative<br>Security<br>(Instr. 3)",
            "2.<br>Conversion<br>or Exercise<br>Price of<br>Derivative<br>Security",
            "3. Transaction<br>Date<br>(Month/Day/Year)",
            "3A. Deemed<br>Execution Date,<br>if any<br>(Month/Day/Year)",
            "4.<br>Transaction<br>Code (Instr.<br>8)", "",
            "5. Number of<br>Derivative<br>Securities<br>Acquired (A)<br>or Disposed<br>of (D) (Instr.<br>3, 4 and 5)", "",
            "6. Date Exercisable and<br>Expiration Date<br>(Month/Day/Year)", "",
            "7. Title and Amount of<br>Securities Underlying<br>Derivative Security<br>(Instr. 3 and 4)", "",
            "8. Price of<br>Derivative<br>Security<br>(Instr. 5)",
            "9. Number of<br>derivative<br>Securities<br>Beneficially<br>Owned<br>Following<br>Reported<br>Transaction(s)<br>(Instr. 4)",
            "10.<br>Ownership<br>Form:<br>Direct (D)<br>or Indirect<br>(I) (Instr. 4)",
            "11. Nature<br>of Indirect<br>Beneficial<br>Ownership<br>(Instr. 4)"};
    static final String[] TABLE_II_SUB_CAPTIONS = {"", "", "", "", "Code", "V", "(A)", "(D)", "Date<br>Exercisable",
            "Expiration<br>Date", "Title", "Amount<br>or<br>Number<br>of<br>Shares", "", "", "", ""};

    private final PipeTable table;

    TableRows(PipeTable table) {
        this.table = table;
    }

    void tableI(NonDerivativeTable data) {
        table.add(PipeTable.Kind.TABLE_TITLE, padded(TABLE_I_TITLE));
        table.add(PipeTable.Kind.CAPTION, padded(TABLE_I_CAPTIONS));
        table.add(PipeTable.Kind.SUB_CAPTION, padded(TABLE_I_SUB_CAPTIONS));
        data.transactions().forEach(t -> table.add(PipeTable.Kind.TABLE_I_DATA, padded(row(t))));
        data.holdings().forEach(h -> table.add(PipeTable.Kind.TABLE_I_DATA, padded(row(h))));
    }

    void tableII(DerivativeTable data) {
        table.add(PipeTable.Kind.TABLE_TITLE, padded(TABLE_II_TITLE));
        table.add(PipeTable.Kind.CAPTION, padded(TABLE_II_CAPTIONS));
        table.add(PipeTable.Kind.SUB_CAPTION, padded(TABLE_II_SUB_CAPTIONS));
        data.transactions().forEach(t -> table.add(PipeTable.Kind.TABLE_II_DATA, padded(row(t))));
        data.holdings().forEach(h -> table.add(PipeTable.Kind.TABLE_II_DATA, padded(row(h))));
    }

    private String[] row(NonDerivativeTransaction t) {
        return new String[]{
                title(t.securityTitle(), 24), date(t.transactionDate()), date(t.deemedExecutionDate()),
                text(t.transactionCode()), swap(t.equitySwapInvolved()), number(t.transactionShares()),
                text(t.transactionAcquiredDisposedCode()), price(t.transactionPricePerShare()),
                following(t.sharesOwnedFollowingTransaction(), t.valueOwnedFollowingTransaction()),
                text(t.directOrIndirectOwnership()), title(t.natureOfOwnership(), 12)};
    }

    private String[] row(NonDerivativeHolding h) {
        return new String[]{title(h.securityTitle(), 24), "", "", "", "", "", "", "",
                following(h.sharesOwnedFollowingTransaction(), h.valueOwnedFollowingTransaction()),
                text(h.directOrIndirectOwnership()), title(h.natureOfOwnership(), 12)};
    }

    private String[] row(DerivativeTransaction t) {
        // The amount sits under (A) or (D) as its code says; the code's own footnotes go with it.
        String amount = PrintedValues.withMarks(
                t.transactionShares().value() == null ? null : PrintedValues.number(t.transactionShares().value()),
                concat(t.transactionShares().footnoteIds(), t.transactionAcquiredDisposedCode().footnoteIds()));
        boolean disposed = "D".equals(t.transactionAcquiredDisposedCode().value());
        return new String[]{
                title(t.securityTitle(), 10), price(t.conversionOrExercisePrice()), date(t.transactionDate()),
                date(t.deemedExecutionDate()), text(t.transactionCode()), swap(t.equitySwapInvolved()),
                disposed ? "" : amount, disposed ? amount : "",
                date(t.exerciseDate()), date(t.expirationDate()), title(t.underlyingSecurityTitle(), 8),
                number(t.underlyingSecurityShares()), price(t.transactionPricePerShare()),
                following(t.sharesOwnedFollowingTransaction(), t.valueOwnedFollowingTransaction()),
                text(t.directOrIndirectOwnership()), title(t.natureOfOwnership(), 12)};
    }

    private String[] row(DerivativeHolding h) {
        return new String[]{
                title(h.securityTitle(), 10), price(h.conversionOrExercisePrice()), "", "", "", "", "", "",
                date(h.exerciseDate()), date(h.expirationDate()), title(h.underlyingSecurityTitle(), 8),
                number(h.underlyingSecurityShares()), "",
                following(h.sharesOwnedFollowingTransaction(), h.valueOwnedFollowingTransaction()),
                text(h.directOrIndirectOwnership()), title(h.natureOfOwnership(), 12)};
    }

    private List<String> padded(String... cells) {
        List<String> row = PipeTable.emptyRow(table.columns());
        for (int i = 0; i < cells.length; i++) {
            row.set(i, cells[i]);
        }
        return row;
    }

    private static String title(FieldValue<String> field, int width) {
        return PrintedValues.cell(field, v -> PrintedValues.wrap(PrintedValues.cellText(v), width));
    }

    private static String text(FieldValue<String> field) {
        return PrintedValues.cell(field, PrintedValues::cellText);
    }

    private static String date(FieldValue<java.time.LocalDate> field) {
        return PrintedValues.cell(field, PrintedValues::date);
    }

    private static String number(FieldValue<BigDecimal> field) {
        return PrintedValues.cell(field, PrintedValues::number);
    }

    private static String price(FieldValue<BigDecimal> field) {
        return PrintedValues.cell(field, PrintedValues::price);
    }

    /** The V column shows "V" for an equity swap, nothing otherwise. */
    private static String swap(FieldValue<Boolean> field) {
        return Boolean.TRUE.equals(field.value()) ? "V" : "";
    }

    /** Shares owned following, or, where the filer reported a value instead, that value in dollars. */
    private static String following(FieldValue<BigDecimal> shares, FieldValue<BigDecimal> value) {
        return shares.isEmpty() && !value.isEmpty() ? price(value) : number(shares);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(id -> !all.contains(id)).forEach(all::add);
        return all;
    }
}
