package dev.form4.recognize;

import dev.form4.source.Item;

import java.util.List;

/**
 * Table II without column positions (OCR): the derivative's title and its underlying security's title are both
 * names of the issuer's classes, wrapped over the same printed lines around the row's values ("Class B Class A"
 * / "Common ... 02/27/2012 C 78,667 ... Common 78,667 ..." / "Stock Stock"). Read left to right, such a line of
 * words holds the title's piece, then the underlying title's; where the line's first word comes again, the
 * second cell begins, and it is as many words long as the first (the two names run in parallel).
 */
final class ParallelTitles {

    private ParallelTitles() {
    }

    /**
     * Where the underlying title's piece stands in a line of words: {@code [start, end)}, or null when the line
     * does not open with two parallel pieces.
     */
    static int[] underlyingPiece(List<Item> line) {
        if (line.isEmpty() || !isName(line.get(0))) {
            return null;
        }
        String first = line.get(0).text();
        for (int j = 1; j < line.size(); j++) {
            Item item = line.get(j);
            if (!isName(item)) {
                return null; // the title's piece is words only
            }
            if (item.text().equalsIgnoreCase(first)) {
                int end = 2 * j;
                if (end > line.size()) {
                    return null;
                }
                for (int k = j; k < end; k++) {
                    if (!isName(line.get(k))) {
                        return null;
                    }
                }
                return new int[] {j, end};
            }
        }
        return null;
    }

    /**
     * The underlying title's words on the row's values line, {@code [start, end)}, or null: the last run of
     * words with a word of three letters or more after the title that opens the line and before the line's last
     * amount (the underlying shares, the price and the holdings follow the underlying title; a transaction code
     * is one or two letters; a number of one or two digits closed by ')' is a mark, no amount).
     */
    static int[] underlyingRun(List<Item> values) {
        int first = 0;
        while (first < values.size() && values.get(first).kind() == Item.Kind.WORD) {
            first++;
        }
        int last = -1;
        for (int i = first; i < values.size(); i++) {
            if (isValue(values.get(i)) && !isMark(values, i)) {
                last = i;
            }
        }
        for (int i = last - 1; i > first; i--) {
            Item item = values.get(i);
            if (item.kind() == Item.Kind.WORD && item.text().chars().filter(Character::isLetter).count() >= 3) {
                int start = i;
                while (start - 1 > first && values.get(start - 1).kind() == Item.Kind.WORD) {
                    start--;
                }
                return new int[] {start, i + 1};
            }
        }
        return null;
    }

    private static boolean isMark(List<Item> items, int i) {
        return items.get(i).kind() == Item.Kind.NUMBER && items.get(i).text().length() <= 2
                && i + 1 < items.size() && items.get(i + 1).is(Item.Kind.PUNCT, ")");
    }

    private static boolean isName(Item item) {
        return item.kind() == Item.Kind.WORD && Character.isLetter(item.text().charAt(0));
    }

    private static boolean isValue(Item item) {
        return item.kind() == Item.Kind.DATE || item.kind() == Item.Kind.NUMBER || item.kind() == Item.Kind.PRICE;
    }
}
