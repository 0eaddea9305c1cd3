package dev.form4.recognize;

import dev.form4.model.SourcePosition;
import dev.form4.source.Atom;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnAlignerTest {

    private final List<Atom> atoms = new ArrayList<>();
    private int cell;

    private ColumnAlignerTest add(Atom.Kind kind, String text) {
        atoms.add(new Atom(kind, text, 0, cell++, new SourcePosition(1, cell)));
        return this;
    }

    /** A date or price that ends the text before it in the same cell ("par value \\$0.001"). */
    private ColumnAlignerTest endingText(Atom.Kind kind, String text) {
        atoms.add(new Atom(kind, text, 0, cell - 1, new SourcePosition(1, cell)).endingText());
        return this;
    }

    private ColumnAlignerTest footnote(int number, boolean attached) {
        atoms.add(Atom.footnote(number, attached ? cell - 1 : cell++, new SourcePosition(1, cell), attached));
        return this;
    }

    private Map<Column, ColumnReading> align(TableKind kind) {
        return ColumnAligner.align(atoms, kind, Map.of()).readings();
    }

    @Test
    void valuesFindTheirColumnsByTypeAndOrderNotByCell() {
        // Seed row 2: "Common Stock | 11/07/20 | S (1) | 36,510 | D | \$84.62 | 237(2) | 5,578 | 8,012 | D"
        add(Atom.Kind.TEXT, "Common Stock").add(Atom.Kind.DATE, "11/07/20").add(Atom.Kind.LETTER, "S").footnote(1, true)
                .add(Atom.Kind.NUMBER, "36,510").add(Atom.Kind.LETTER, "D").add(Atom.Kind.PRICE, "84.62")
                .add(Atom.Kind.NUMBER, "237").footnote(2, true).add(Atom.Kind.NUMBER, "5,578").add(Atom.Kind.NUMBER, "8,012")
                .add(Atom.Kind.LETTER, "D");
        Map<Column, ColumnReading> r = align(TableKind.NON_DERIVATIVE_TRANSACTION);
        assertEquals("Common Stock", r.get(Column.SECURITY_TITLE).text());
        assertEquals("11/07/20", r.get(Column.TRANSACTION_DATE).text());
        assertEquals("S", r.get(Column.TRANSACTION_CODE).text());
        assertEquals(List.of(1), r.get(Column.TRANSACTION_CODE).footnotes());
        assertEquals("36,510", r.get(Column.TRANSACTION_SHARES).text());
        assertEquals("D", r.get(Column.ACQUIRED_DISPOSED).text());
        assertEquals("84.6237", r.get(Column.TRANSACTION_PRICE).text());
        assertEquals(List.of(2), r.get(Column.TRANSACTION_PRICE).footnotes());
        assertEquals("5,578,012", r.get(Column.SHARES_OWNED_FOLLOWING).text());
        assertEquals("D", r.get(Column.DIRECT_OR_INDIRECT).text());
        assertFalse(r.containsKey(Column.DEEMED_EXECUTION_DATE));
    }

    @Test
    void aTitleIsTextUpToTheFirstValueThatFitsTheNextColumn() {
        // variant of EB 000106299321007940 at damage level 2: "Class A Common Stock,<br>\\$0.0001 | par value | 08/23/2021 | J | ..."
        add(Atom.Kind.TEXT, "Class A Common Stock,").endingText(Atom.Kind.PRICE, "0.0001").add(Atom.Kind.TEXT, "par value")
                .add(Atom.Kind.DATE, "08/23/2021").add(Atom.Kind.LETTER, "J").add(Atom.Kind.NUMBER, "10,819")
                .add(Atom.Kind.LETTER, "D").add(Atom.Kind.PRICE, "0").add(Atom.Kind.NUMBER, "0").add(Atom.Kind.LETTER, "D");
        Map<Column, ColumnReading> r = align(TableKind.NON_DERIVATIVE_TRANSACTION);
        assertEquals("Class A Common Stock, $0.0001 par value", r.get(Column.SECURITY_TITLE).text());
        assertEquals("0", r.get(Column.TRANSACTION_PRICE).text());
    }

    @Test
    void aPriceEndingATitleCellIsTheExercisePriceWhenThatColumnHasNoneOther() {
        // Table II: the exercise price comes right after the title, so a price there may be it
        add(Atom.Kind.TEXT, "Phantom stock").endingText(Atom.Kind.PRICE, "0").add(Atom.Kind.DATE, "05/15/2020")
                .add(Atom.Kind.LETTER, "A").add(Atom.Kind.NUMBER, "1,000");
        Map<Column, ColumnReading> r = align(TableKind.DERIVATIVE_TRANSACTION);
        assertEquals("Phantom stock", r.get(Column.SECURITY_TITLE).text());
        assertEquals("0", r.get(Column.CONVERSION_OR_EXERCISE_PRICE).text());
        atoms.clear();
        add(Atom.Kind.TEXT, "Stock Option, par value").endingText(Atom.Kind.PRICE, "0.01").add(Atom.Kind.PRICE, "26.86")
                .add(Atom.Kind.DATE, "05/15/2020").add(Atom.Kind.LETTER, "M").add(Atom.Kind.NUMBER, "1,000");
        r = align(TableKind.DERIVATIVE_TRANSACTION);
        assertEquals("Stock Option, par value $0.01", r.get(Column.SECURITY_TITLE).text());
        assertEquals("26.86", r.get(Column.CONVERSION_OR_EXERCISE_PRICE).text());
    }

    @Test
    void aStrayNumberIsSetAsideNotForcedIntoAColumn() {
        // Seed row 4: a "9" between the date and the code
        add(Atom.Kind.TEXT, "Common Stock").add(Atom.Kind.DATE, "11/08/2019").add(Atom.Kind.NUMBER, "9")
                .add(Atom.Kind.LETTER, "M").add(Atom.Kind.NUMBER, "74,553").add(Atom.Kind.LETTER, "A")
                .add(Atom.Kind.PRICE, "26.").add(Atom.Kind.NUMBER, "86").add(Atom.Kind.NUMBER, "5,628,509").add(Atom.Kind.LETTER, "D");
        Map<Column, ColumnReading> r = align(TableKind.NON_DERIVATIVE_TRANSACTION);
        assertEquals("M", r.get(Column.TRANSACTION_CODE).text());
        assertEquals("74,553", r.get(Column.TRANSACTION_SHARES).text());
        assertEquals("26.86", r.get(Column.TRANSACTION_PRICE).text());
        assertEquals("5,628,509", r.get(Column.SHARES_OWNED_FOLLOWING).text());
    }

    @Test
    void aLoneMarkerIsAFootnoteOnlyValueAndAMarkerAfterAValueBelongsToIt() {
        // Table II: "Option | (1) | 05/24/2011 | C | 2,028,942 | (2) | (2) | Common Stock (3) | 2,028,942 | \$0 | 0 | I"
        add(Atom.Kind.TEXT, "Option").footnote(1, false).add(Atom.Kind.DATE, "05/24/2011").add(Atom.Kind.LETTER, "C")
                .add(Atom.Kind.NUMBER, "2,028,942").footnote(2, false).footnote(2, false)
                .add(Atom.Kind.TEXT, "Common Stock").footnote(3, true).add(Atom.Kind.NUMBER, "2,028,942")
                .add(Atom.Kind.PRICE, "0").add(Atom.Kind.NUMBER, "0").add(Atom.Kind.LETTER, "I");
        Map<Column, ColumnReading> r = align(TableKind.DERIVATIVE_TRANSACTION);
        assertTrue(r.get(Column.CONVERSION_OR_EXERCISE_PRICE).isFootnoteOnly());
        assertEquals("05/24/2011", r.get(Column.TRANSACTION_DATE).text());
        assertTrue(r.get(Column.EXERCISE_DATE).isFootnoteOnly());
        assertTrue(r.get(Column.EXPIRATION_DATE).isFootnoteOnly());
        assertEquals(List.of(3), r.get(Column.UNDERLYING_TITLE).footnotes());
        assertEquals("0", r.get(Column.SHARES_OWNED_FOLLOWING).text());
        assertEquals("I", r.get(Column.DIRECT_OR_INDIRECT).text());
    }
}
