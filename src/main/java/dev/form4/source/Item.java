package dev.form4.source;

import dev.form4.model.SourcePosition;

/**
 * One meaningful piece of a cell or line, typed by the lexer: a date, a price, a number, a footnote marker,
 * a word. Tags are gone; what they meant survives as {@link #superscript()} and {@link Kind#BREAK}.
 */
public record Item(Kind kind, String text, SourcePosition position, boolean superscript) {

    public enum Kind {
        DATE, PRICE, NUMBER,
        /** "12." : a numbered caption or a number cut after its dot. */
        ITEM_NUMBER,
        /** A footnote marker; {@link #text()} is its number ("1"). */
        FOOTNOTE,
        WORD, PUNCT,
        /** A character no rule knows: OCR noise. */
        NOISE,
        /** A line break inside a cell (Marker's &lt;br&gt;). */
        BREAK,
        DASH
    }

    /**
     * This item ends where {@code next} starts, on one line, as the source printed it (a marker not written as a
     * superscript stands with its parentheses): "83,334(2)", "(2)(3)", not "A (2)".
     */
    public boolean touches(Item next) {
        int length = text.codePointCount(0, text.length()) + (kind == Kind.FOOTNOTE && !superscript ? 2 : 0);
        return position.line() == next.position().line() && position.column() + length == next.position().column();
    }

    public boolean isValue() {
        return kind == Kind.DATE || kind == Kind.PRICE || kind == Kind.NUMBER || kind == Kind.ITEM_NUMBER;
    }

    public boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }
}
