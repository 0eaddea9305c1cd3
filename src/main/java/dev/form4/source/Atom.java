package dev.form4.source;

import dev.form4.model.SourcePosition;

/**
 * A candidate value in a table row, typed by what it is: a date, a price, a number, a single letter (code or
 * flag), a run of words, or a footnote marker standing on its own. Columns are assigned to atoms by type and
 * order ({@link ColumnAligner}), never by cell index.
 *
 * @param text for numbers and prices the number as printed without '$' ("5,614", "26."); a lone '$' is ""
 * @param cell the pipe cell it was read from (-1 for loose lines), a hint only
 * @param attached for a footnote marker: it follows a value in the same cell, so it belongs to that value and
 *                 is never a footnote-only value of its own
 */
public record Atom(Kind kind, String text, int footnote, int cell, SourcePosition position, boolean attached) {

    public enum Kind { TEXT, DATE, LETTER, NUMBER, PRICE, FOOTNOTE }

    public Atom(Kind kind, String text, int footnote, int cell, SourcePosition position) {
        this(kind, text, footnote, cell, position, false);
    }

    public static Atom footnote(int number, int cell, SourcePosition at, boolean attached) {
        return new Atom(Kind.FOOTNOTE, "", number, cell, at, attached);
    }

    public boolean isNumber() {
        return isNumeric();
    }

    public boolean isNumeric() {
        return kind == Kind.NUMBER || kind == Kind.PRICE;
    }

    @Override
    public String toString() {
        return kind == Kind.FOOTNOTE ? "(" + footnote + ")" : (kind == Kind.PRICE ? "$" : "") + text;
    }
}
