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
 * @param endsText for a date or price: it ends a delimited cell right after the cell's words ("par value
 *                 \$0.001", "as of 12/31/2023"), so it may be the end of that text rather than a value of its own
 */
public record Atom(Kind kind, String text, int footnote, int cell, SourcePosition position, boolean attached,
                   boolean endsText) {

    public enum Kind { TEXT, DATE, LETTER, NUMBER, PRICE, FOOTNOTE }

    /** The footnote number of a mark that is there but whose digit OCR destroyed ({@link #unreadableMark}). */
    public static final int UNREADABLE = -1;

    public Atom(Kind kind, String text, int footnote, int cell, SourcePosition position) {
        this(kind, text, footnote, cell, position, false, false);
    }

    public static Atom footnote(int number, int cell, SourcePosition at, boolean attached) {
        return new Atom(Kind.FOOTNOTE, "", number, cell, at, attached, false);
    }

    /**
     * A superscript mark touching its value whose number cannot be read ("$980.457°)", "6,600)"): it closes the
     * value like any mark but names no footnote; {@code glyphs} is what OCR made of it, for the diagnostic.
     */
    public static Atom unreadableMark(String glyphs, int cell, SourcePosition at) {
        return new Atom(Kind.FOOTNOTE, glyphs, UNREADABLE, cell, at, true, false);
    }

    public boolean isUnreadableMark() {
        return kind == Kind.FOOTNOTE && footnote == UNREADABLE;
    }

    /** This date or price as the end of the text before it in its cell. */
    public Atom endingText() {
        return new Atom(kind, text, footnote, cell, position, attached, true);
    }

    public boolean isNumber() {
        return isNumeric();
    }

    public boolean isNumeric() {
        return kind == Kind.NUMBER || kind == Kind.PRICE;
    }

    @Override
    public String toString() {
        return isUnreadableMark() ? text : kind == Kind.FOOTNOTE ? "(" + footnote + ")" : (kind == Kind.PRICE ? "$" : "") + text;
    }
}
