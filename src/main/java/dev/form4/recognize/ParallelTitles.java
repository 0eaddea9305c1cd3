package dev.form4.recognize;

import dev.form4.source.Item;

import java.util.ArrayList;
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
        // the line's names and where each stands; specks among them ("Stock?) Stock": a mark read without its
        // number) are no word of either piece and stay with the title's
        List<Integer> names = new ArrayList<>();
        int repeat = -1; // how many names the title's piece has, once the first comes again
        for (int i = 0; i < line.size(); i++) {
            Item item = line.get(i);
            if (isName(item)) {
                if (repeat < 0 && !names.isEmpty() && item.text().equalsIgnoreCase(line.get(names.get(0)).text())) {
                    repeat = names.size();
                }
                names.add(i);
                if (repeat > 0 && names.size() == 2 * repeat) {
                    return new int[] {names.get(repeat), i + 1};
                }
            } else if (names.isEmpty() || !isSpeck(item)) {
                return null; // the pieces are words
            }
        }
        return null;
    }

    /**
     * Where the underlying title's first or last words stand on a line above or below the values, when the two
     * names do not run in parallel ("Restricted Class B" / "Stock ... Common ..." / "Unit Stock?)"), or null.
     * The corpus XML's underlying titles are "Class X Common ..." (213 of 328) or end with Stock or Shares (327):
     * the values line's piece ({@code run}) opening with "Common", a line above that ends with "Class X" after
     * a word of the title's holds the underlying title's first words; the piece not ending so, a line below that
     * ends with "Stock" or "Shares" after a word of the title's holds its last. No derivative title of the
     * corpus has "Class" after its first word but "(Class A)" in parentheses.
     */
    static int[] underlyingEdge(List<Item> line, List<Item> run, boolean below) {
        List<Integer> names = namePositions(line);
        if (names == null) {
            return null; // words and specks only: a line of wrapped names
        }
        int n = names.size();
        if (below) {
            String last = run.get(run.size() - 1).text();
            return n >= 2 && !isEnd(last) && isEnd(line.get(names.get(n - 1)).text())
                    ? new int[] {names.get(n - 1), line.size()} : null;
        }
        if (n < 3 || !run.get(0).text().equalsIgnoreCase("Common")) {
            return null;
        }
        String classWord = line.get(names.get(n - 2)).text();
        String letter = line.get(names.get(n - 1)).text();
        return classWord.equals("Class") && letter.length() == 1 && Character.isUpperCase(letter.charAt(0))
                ? new int[] {names.get(n - 2), line.size()} : null;
    }

    /**
     * Where the underlying title's first words stand on a line above the values whose piece there does not open
     * the name ("Series A" / "Convertible Common See" / "Preferred ... Stock) 2,028,942 ..." / "Stock"), or null.
     * Every one of the corpus XML's 328 underlying titles opens with Common, Ordinary or "Class X" (110, 5, 213):
     * the line's last Common or Ordinary, with a "Class X" right before it, after a word of the title and
     * followed by nothing but a nature's words, opens the underlying title. Of the corpus' 328 derivative titles,
     * 160 hold such a word after their first, and all those but 4 ("... Common Share Purchase Warrants") right
     * after "Class X", which opens the line here.
     */
    static int[] underlyingOpening(List<Item> line, List<Item> run) {
        if (opensClass(run.get(0).text())) {
            return null; // the values line holds the name's first words
        }
        List<Integer> names = namePositions(line);
        if (names == null) {
            return null; // words and specks only: a line of wrapped names
        }
        for (int k = names.size() - 1; k >= 1; k--) {
            String word = line.get(names.get(k)).text();
            if (TableRows.isNatureWord(line.get(names.get(k)))) {
                continue; // the nature's opening, beside the names
            }
            if (!word.equalsIgnoreCase("Common") && !word.equalsIgnoreCase("Ordinary")) {
                return null;
            }
            int start = k >= 2 && line.get(names.get(k - 2)).text().equals("Class") && isClassLetter(line.get(names.get(k - 1)).text())
                    ? k - 2 : k;
            return start == 0 ? null : new int[] {names.get(start), names.get(k) + 1};
        }
        return null;
    }

    private static boolean opensClass(String word) {
        return word.equalsIgnoreCase("Common") || word.equalsIgnoreCase("Ordinary") || word.equals("Class");
    }

    private static boolean isClassLetter(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    private static boolean isEnd(String word) {
        return word.equalsIgnoreCase("Stock") || word.equalsIgnoreCase("Shares");
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

    /** A number of one or two digits: a mark whose parentheses OCR lost, among names (see {@link #namePositions}). */
    static boolean isBareMark(Item item) {
        return item.kind() == Item.Kind.NUMBER && item.text().length() <= 2 && item.text().chars().allMatch(Character::isDigit);
    }

    /** A mark or what OCR left of one: no word of a name. */
    private static boolean isSpeck(Item item) {
        return item.kind() == Item.Kind.PUNCT || item.kind() == Item.Kind.NOISE || item.kind() == Item.Kind.FOOTNOTE;
    }

    private static boolean isName(Item item) {
        return item.kind() == Item.Kind.WORD && Character.isLetter(item.text().charAt(0));
    }

    private static boolean isValue(Item item) {
        return item.kind() == Item.Kind.DATE || item.kind() == Item.Kind.NUMBER || item.kind() == Item.Kind.PRICE;
    }

    /**
     * Where the line's names stand, or null when it holds anything but names and specks. A number of one or two
     * digits between two names is a mark read without its parentheses ("Stock 1 Common"): none of the corpus XML's
     * 3,217 titles and underlying titles holds one.
     */
    private static List<Integer> namePositions(List<Item> line) {
        List<Integer> names = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            Item item = line.get(i);
            if (isName(item)) {
                names.add(i);
            } else if (!isSpeck(item) && !(isBareMark(item) && !names.isEmpty() && i + 1 < line.size() && isName(line.get(i + 1)))) {
                return null;
            }
        }
        return names;
    }
}
