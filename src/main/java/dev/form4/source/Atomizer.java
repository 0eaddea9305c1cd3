package dev.form4.source;

import dev.form4.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;

/**
 * Cells (or loose lines) to {@link Atom}s. Words next to each other become one TEXT atom; a single capital
 * letter standing alone becomes a LETTER (a transaction code, A/D, D/I, V); a footnote marker is an atom of
 * its own, so the aligner can attach it to the value before it or read it as a footnote-only value.
 */
public final class Atomizer {

    /** Compiled once: String.replaceFirst compiles its pattern on every call, once per price. */
    private static final java.util.regex.Pattern PRICE_SIGN = java.util.regex.Pattern.compile("^\\\\?\\$\\s*");

    private Atomizer() {
    }

    public static List<Atom> atoms(SourceRow row) {
        List<Atom> atoms = new ArrayList<>();
        List<List<Item>> items = DateFragments.rejoin(row.cells());
        // a heading is a printed line too: pdf2md writes a page's lines as headings, one space between items apart
        boolean printedLine = row.shape() != SourceRow.Shape.TABLE_ROW && !row.hasGeometry();
        // a table row of several cells (pipes, HTML cells, a layout band's runs): each cell holds one column's value
        boolean delimited = row.shape() == SourceRow.Shape.TABLE_ROW && row.cells().size() > 1;
        for (int c = 0; c < items.size(); c++) {
            addCell(atoms, items.get(c), row.cells().get(c).index(), printedLine, delimited);
        }
        return dropRepeatedMarkers(atoms);
    }

    /**
     * Loose lines: each line counts as a cell of its own; consecutive word lines form one text, and so does a
     * year alone on a line right after a text that ends in a lowercase word ("Notes due" / "2027"). Another number
     * there is the next value: an underlying title ending "per share" is followed by its amount ("444").
     */
    public static List<Atom> atoms(List<SourceCell> lines) {
        List<Atom> atoms = new ArrayList<>();
        int lineNumber = 0;
        for (SourceCell line : lines) {
            int before = atoms.size();
            // Each loose line is a cell of its own; negative ids carry no position hint.
            addCell(atoms, line.items(), -2 - lineNumber++, false, true); // a line holds one value, as a delimited cell does
            if (atoms.size() != before + 1 || before == 0 || atoms.get(before - 1).kind() != Atom.Kind.TEXT) {
                continue;
            }
            Atom previous = atoms.get(before - 1);
            Atom current = atoms.get(before);
            boolean continuesText = current.kind() == Atom.Kind.TEXT
                    || current.kind() == Atom.Kind.NUMBER && isYear(current.text()) && endsLowercase(previous.text());
            if (continuesText) {
                atoms.remove(before);
                atoms.set(before - 1, new Atom(Atom.Kind.TEXT, previous.text() + " " + current.text(), 0, previous.cell(), previous.position()));
            }
        }
        return atoms;
    }

    private static boolean isYear(String number) {
        return number.length() == 4 && number.chars().allMatch(Character::isDigit) && (number.startsWith("19") || number.startsWith("20"));
    }

    private static boolean endsLowercase(String text) {
        String last = text.substring(text.lastIndexOf(' ') + 1);
        return !last.isEmpty() && Character.isLowerCase(last.charAt(0));
    }

    /**
     * {@code printedLine}: the cell is a whole printed line without columns (OCR text), where a superscript
     * mark is read touching its value and a marker one space away stands in a column of its own.
     * {@code delimited}: the cell is one of several the converter delimited, so it holds one column's value; a
     * date, price or number with words of the cell on both sides is then part of a title or nature ("Class A
     * Common Stock, \$0.0001 par value", "Trust dated January 15, 2004, of which"): a value column's cell holds
     * no words after its value. A line of OCR text holds a whole row, where words after a value are the next column.
     */
    private static void addCell(List<Atom> atoms, List<Item> items, int cell, boolean printedLine, boolean delimited) {
        StringBuilder words = new StringBuilder();
        SourcePosition wordsAt = null;
        Item previousWord = null;
        boolean pendingPrice = false;
        boolean pendingEndsText = false;
        SourcePosition priceAt = null;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int emptyGroupEnd = emptyParentheses(items, i);
            if (emptyGroupEnd > i) {
                i = emptyGroupEnd; // "(^)": pdf2md's mark of a superscript it lost; no text, no value
                continue;
            }
            switch (item.kind()) {
                case WORD, PUNCT -> {
                    if (item.kind() == Item.Kind.WORD && isLoneLetter(items, i)) {
                        flushWords(atoms, words, wordsAt, cell);
                        wordsAt = null;
                        atoms.add(new Atom(Atom.Kind.LETTER, item.text().toUpperCase(), 0, cell, item.position()));
                    } else if (item.kind() == Item.Kind.WORD || words.length() > 0 || opensText(items, i)) {
                        if (words.length() == 0) {
                            wordsAt = item.position();
                        }
                        appendWord(words, previousWord, item);
                        previousWord = item;
                    }
                }
                case BREAK -> {
                    if (words.length() > 0 && !endsHyphenated(words)) {
                        words.append(' '); // "Non-" / "Qualifed": the word goes on past the break
                    }
                    previousWord = null;
                }
                case NUMBER, ITEM_NUMBER -> {
                    if (isPartOfText(items, i, words.length() > 0, printedLine)
                            || words.length() > 0 && previousWord != null && previousWord.kind() == Item.Kind.PUNCT
                            && previousWord.touches(item) // "SUM(1+1)", "=1+2": a number inside a formula-like text
                            || delimited && words.length() > 0 && enclosedInWords(items, i)) {
                        if (words.length() == 0) {
                            wordsAt = item.position();
                        }
                        appendWord(words, previousWord, item); // "Series 2 Preferred": a number inside a title
                        previousWord = item;
                        continue;
                    }
                    flushWords(atoms, words, wordsAt, cell);
                    wordsAt = null;
                    String text = item.text();
                    if (pendingPrice) {
                        Atom price = new Atom(Atom.Kind.PRICE, text, 0, cell, priceAt);
                        atoms.add(pendingEndsText ? price.endingText() : price);
                        pendingPrice = false;
                    } else {
                        atoms.add(new Atom(Atom.Kind.NUMBER, text, 0, cell, item.position()));
                    }
                    if (printedLine) {
                        i = unreadableMark(atoms, items, i, cell);
                    }
                }
                case PRICE -> {
                    String number = PRICE_SIGN.matcher(item.text()).replaceFirst("");
                    if (delimited && (words.length() > 0 ? enclosedInWords(items, i) : opensLowercaseWords(items, i))) {
                        if (words.length() == 0) {
                            wordsAt = item.position();
                        }
                        appendWord(words, previousWord, item, "$" + number); // "\$.01": its number follows, touching
                        previousWord = item;
                        continue;
                    }
                    boolean endsText = delimited && words.length() > 0 && endsCell(items, number.isEmpty()
                            && i + 1 < items.size() && items.get(i + 1).kind() == Item.Kind.NUMBER ? i + 1 : i);
                    flushWords(atoms, words, wordsAt, cell);
                    wordsAt = null;
                    if (number.isEmpty()) {
                        pendingPrice = true; // "\$" and the number in the next item or cell
                        pendingEndsText = endsText;
                        priceAt = item.position();
                    } else {
                        Atom price = new Atom(Atom.Kind.PRICE, number, 0, cell, item.position());
                        atoms.add(endsText ? price.endingText() : price);
                        if (printedLine) {
                            i = unreadableMark(atoms, items, i, cell);
                        }
                    }
                }
                case DATE -> {
                    if (delimited && words.length() > 0 && enclosedInWords(items, i)) {
                        appendWord(words, previousWord, item);
                        previousWord = item;
                        continue;
                    }
                    boolean endsText = delimited && words.length() > 0 && endsCell(items, i);
                    flushWords(atoms, words, wordsAt, cell);
                    wordsAt = null;
                    Atom date = new Atom(Atom.Kind.DATE, item.text(), 0, cell, item.position());
                    atoms.add(endsText ? date.endingText() : date);
                }
                case FOOTNOTE -> {
                    flushWords(atoms, words, wordsAt, cell);
                    wordsAt = null;
                    // "A (2)(3) 83,334": on a printed line a marker apart from the letter before it is the next
                    // column's footnote-only value; "83,334(2)" and "(2)(3)" touch and stay with their value
                    boolean apart = printedLine && i > 0 && !items.get(i - 1).touches(item);
                    // on a printed line a mark touching a short number is that number's ("25(2)" of a Table II
                    // amount); in a pipe cell a short number may be debris of the cell before ("60,566 | 6 (9)")
                    boolean touchesNumber = printedLine && i > 0 && items.get(i - 1).kind() == Item.Kind.NUMBER
                            && items.get(i - 1).touches(item);
                    int number = Integer.parseInt(item.text());
                    atoms.add(Atom.footnote(number, cell, item.position(),
                            !apart && (followsValue(atoms, cell) || touchesNumber && sameCellNumber(atoms, cell))
                                    && !repeats(atoms, number)));
                }
                case DASH -> {
                    if (words.length() > 0) {
                        appendWord(words, previousWord, item); // "Non-Qualified", "2010-Seed"
                        previousWord = item;
                    }
                }
                case NOISE -> {
                    // "•", stray symbols: never a value
                }
            }
        }
        flushWords(atoms, words, wordsAt, cell);
        if (pendingPrice) {
            atoms.add(new Atom(Atom.Kind.PRICE, "", 0, cell, priceAt));
        }
    }

    /**
     * Punctuation OCR makes of a raised "(N)" whose digit it lost ("6,600)", "$990.342"9)", "$19.64?"). Not '^':
     * pdf2md writes it for text it lost, and a value may follow it ("$0.00^0").
     */
    private static final String MARK_PUNCT = ")\"'?%*!}]";

    /**
     * OCR text: the glyphs touching the amount at {@code i} up to the next space are its superscript mark with
     * the digit destroyed ("$980.457°)", "$211.83©", "$977.358°9}", "6,600)"): no amount is printed so, and a
     * raised "(N)" is what stands there on the form. Added as a mark that names no footnote (so it closes the
     * amount and its specks are no value: "°9}" has no share count 9); where it ends, or {@code i} when none
     * stands there. Not taken: a run that goes on into other text, a readable mark after the specks ("°(1)", read
     * as it is), a lone '}' or ']' (a ruled border beside the value), a ')' closing a number in parentheses.
     */
    private static int unreadableMark(List<Atom> atoms, List<Item> items, int i, int cell) {
        Item last = items.get(i);
        StringBuilder glyphs = new StringBuilder();
        int j = i + 1;
        for (; j < items.size() && last.touches(items.get(j)) && isSpeck(items.get(j), glyphs.length() > 0); j++) {
            last = items.get(j);
            glyphs.append(last.text());
        }
        String mark = glyphs.toString();
        if (mark.isEmpty() || j < items.size() && last.touches(items.get(j)) || "}".equals(mark) || "]".equals(mark)
                || mark.startsWith(")") && i > 0 && items.get(i - 1).is(Item.Kind.PUNCT, "(") && items.get(i - 1).touches(items.get(i))) {
            return i;
        }
        atoms.add(Atom.unreadableMark(mark, cell, items.get(i + 1).position()));
        return j - 1;
    }

    /** A glyph of a destroyed mark; a digit only after another ("°9}": what is left of a number is not its number). */
    private static boolean isSpeck(Item item, boolean afterSpeck) {
        return switch (item.kind()) {
            case NOISE -> true;
            case PUNCT -> item.text().length() == 1 && MARK_PUNCT.indexOf(item.text().charAt(0)) >= 0
                    || item.text().codePoints().allMatch(c -> "”“’‘".indexOf(c) >= 0);
            case NUMBER -> afterSpeck && item.text().length() <= 2 && item.text().chars().allMatch(Character::isDigit);
            default -> false;
        };
    }

    /** Where "(" ... ")" with only symbols between ends ("(^)"), or {@code i} when no such group starts at i. */
    private static int emptyParentheses(List<Item> items, int i) {
        if (!items.get(i).is(Item.Kind.PUNCT, "(")) {
            return i;
        }
        for (int j = i + 1; j < items.size() && j <= i + 3; j++) {
            Item item = items.get(j);
            if (item.is(Item.Kind.PUNCT, ")")) {
                return j > i + 1 ? j : i;
            }
            if (item.kind() != Item.Kind.PUNCT && item.kind() != Item.Kind.NOISE || "(".equals(item.text())) {
                return i;
            }
        }
        return i;
    }

    /**
     * Punctuation alone is noise ("." ","); "(right to" and "[" open text, and so does a sign that stands
     * against what follows it ("=Common", "@SUM(", "+5%"): OCR specks are never those, and text is data, kept
     * as written even when a spreadsheet would read it as a formula (the CSV writer neutralises that).
     */
    private static boolean opensText(List<Item> items, int i) {
        String text = items.get(i).text();
        if ("(".equals(text) || "[".equals(text) || "\"".equals(text)) {
            return true;
        }
        return ("=".equals(text) || "+".equals(text) || "@".equals(text)) && i + 1 < items.size()
                && items.get(i).touches(items.get(i + 1));
    }

    /** Words are joined as the source had them: no space where the tokens touched ("L.P.", "(right"). */
    private static void appendWord(StringBuilder words, Item previous, Item item) {
        appendWord(words, previous, item, item.text());
    }

    /** {@code text}: the item as it reads ("$0.01" for the source's "\$0.01"). */
    private static void appendWord(StringBuilder words, Item previous, Item item, String text) {
        boolean touching = previous != null && previous.touches(item);
        if (words.length() > 0 && !touching && words.charAt(words.length() - 1) != ' ' && !endsHyphenated(words)) {
            words.append(' ');
        }
        words.append(text);
    }

    /**
     * A word broken at its hyphen over two printed lines, which a converter joins with a space ("Non- Qualified
     * Stock Option", "2010- Seed Fund"): the hyphen touching the letter or digit before it goes on with the next word.
     */
    private static boolean endsHyphenated(StringBuilder words) {
        int n = words.length();
        return n >= 2 && words.charAt(n - 1) == '-' && Character.isLetterOrDigit(words.charAt(n - 2));
    }

    /**
     * The price at {@code i} opens its cell and lowercase words follow it ("\$0.0001 par value", the end of a title
     * whose cell a converter split): no price column's cell goes on so, a title's does.
     */
    private static boolean opensLowercaseWords(List<Item> items, int i) {
        for (int j = i + 1; j < items.size(); j++) {
            Item item = items.get(j);
            if (item.kind() == Item.Kind.BREAK || j == i + 1 && item.kind() == Item.Kind.NUMBER) {
                continue; // "\$" and its number ".01" are two items
            }
            return item.kind() == Item.Kind.WORD && Character.isLowerCase(item.text().codePointAt(0));
        }
        return false;
    }

    /** Nothing but punctuation, line breaks and footnote markers follows item {@code i} in its cell. */
    private static boolean endsCell(List<Item> items, int i) {
        for (int j = i + 1; j < items.size(); j++) {
            Item.Kind kind = items.get(j).kind();
            if (kind != Item.Kind.PUNCT && kind != Item.Kind.BREAK && kind != Item.Kind.FOOTNOTE && kind != Item.Kind.NOISE) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words of the cell go on after the value at {@code i}, past punctuation, line breaks and further values
     * ("15, 2004, of", "401(k) Plan"): a footnote marker, noise or the cell's end first, and they do not.
     */
    private static boolean enclosedInWords(List<Item> items, int i) {
        for (int j = i + 1; j < items.size(); j++) {
            Item item = items.get(j);
            switch (item.kind()) {
                case WORD -> {
                    return !isLoneLetter(items, j);
                }
                case PUNCT, BREAK, DASH, NUMBER, ITEM_NUMBER, PRICE, DATE -> {
                    // within the text: look on
                }
                default -> {
                    return false;
                }
            }
        }
        return false;
    }

    private static void flushWords(List<Atom> atoms, StringBuilder words, SourcePosition at, int cell) {
        if (words.length() == 0) {
            return; // called at every value and cell end, most often with no words gathered
        }
        String text = words.toString().trim();
        words.setLength(0);
        if (hasLetter(text) || text.endsWith("%")) { // "2.0%" opens a title
            atoms.add(new Atom(Atom.Kind.TEXT, VisibleText.regexSpacesToOne(text), 0, cell, at));
        }
    }

    /** A letter among the text's chars (as {@code text.chars().anyMatch(Character::isLetter)}, without a stream per call). */
    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A single letter is a code or flag when no other word stands next to it in its cell; a line break inside a
     * text does not isolate a letter ("ExpansionFund<br>I<br>Management"). A D or I right after an amount or a
     * mark is the ownership form even with the nature's words after it, as one paragraph runs a row's cells together.
     */
    private static boolean isLoneLetter(List<Item> items, int i) {
        String text = items.get(i).text();
        if (text.length() != 1 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        int before = skipBreaks(items, i, -1);
        if ((text.equals("D") || text.equals("I")) && before >= 0 && isAmountOrMark(items.get(before))) {
            return true; // "2,008 I By The Founders Fund II, LP": the ownership form after the shares, then the nature
        }
        if (text.equals("A") && before >= 0 && items.get(before).kind() == Item.Kind.NUMBER && isAmount(items.get(before).text())) {
            // "83,334 A ey 83,334", "78,667 A a)": the A/D flag after the amount, its mark's debris after it; no
            // title or nature has an A right after an amount of shares
            return true;
        }
        return !isWordAt(items, before) && !isWordAt(items, skipBreaks(items, i, +1));
    }

    private static boolean isAmountOrMark(Item item) {
        return item.kind() == Item.Kind.NUMBER || item.kind() == Item.Kind.PRICE || item.kind() == Item.Kind.FOOTNOTE;
    }

    private static int skipBreaks(List<Item> items, int from, int step) {
        int i = from + step;
        while (i >= 0 && i < items.size() && items.get(i).kind() == Item.Kind.BREAK) {
            i += step;
        }
        return i;
    }

    private static boolean isWordAt(List<Item> items, int i) {
        if (i < 0 || i >= items.size()) {
            return false;
        }
        Item item = items.get(i);
        // a comma, '_' or '|' that OCR reads from a cell's border ("1,664 D_ | $635.5491"), and the '^' pdf2md puts
        // after a superscript ("M^") leave a letter alone
        return item.kind() == Item.Kind.WORD || (item.kind() == Item.Kind.PUNCT && !",".equals(item.text())
                && !"_".equals(item.text()) && !"|".equals(item.text()) && !"^".equals(item.text()));
    }

    /**
     * A number inside a title or a nature of ownership is text: before a word ("Venture 2010<br>Fund"), before
     * '%' ("2.0% Convertible"), or after a lowercase word ("Notes due 2027"); "Common Stock 60,50" is not. On a
     * printed line (OCR), an amount in digit groups with '%' touching it is an amount and its mark's speck
     * ("sO) 5,904% | D"): no rate is printed in thousands. Nor is a word of mixed case a title's lowercase word:
     * "sO 400°" is OCR's code S with its mark, then the amount.
     */
    private static boolean isPartOfText(List<Item> items, int i, boolean inWords, boolean printedLine) {
        if (i + 1 < items.size() && "%".equals(items.get(i + 1).text())) {
            return !(printedLine && items.get(i).text().indexOf(',') > 0 && items.get(i).touches(items.get(i + 1)));
        }
        if (!inWords) {
            return false;
        }
        if (nextIsWord(items, i) && !isAmount(items.get(i).text())) {
            return true;
        }
        int previous = skipBreaks(items, i, -1);
        String word = previous >= 0 && items.get(previous).kind() == Item.Kind.WORD ? items.get(previous).text() : "";
        // a lone lowercase letter is no word of a title: OCR's lowercased code ("s 692 D"); nor is a lowercase
        // letter with a capital after it, OCR's code with its mark's glyph ("sO 400°) D"), nor, on a printed line,
        // any mixed-case word
        return word.length() > 1 && Character.isLowerCase(word.charAt(0)) && !items.get(i).text().contains(",")
                && !(word.length() == 2 && Character.isUpperCase(word.charAt(1)))
                && !(printedLine && word.chars().anyMatch(Character::isUpperCase));
    }

    /**
     * The next item past line breaks is a word: "Venture 2010<br>Fund" keeps the number in the text. A lone
     * capital letter is a code or flag, not a word ("Class C Capital Stock 21,169,379 D", OCR's one cell).
     */
    private static boolean nextIsWord(List<Item> items, int i) {
        int next = skipBreaks(items, i, +1);
        if (next >= items.size()) {
            return false;
        }
        Item item = items.get(next);
        return item.kind() == Item.Kind.WORD && !isLoneLetter(items, next) || item.kind() == Item.Kind.DASH;
    }

    /** "21,169,379", "634.46": digit groups or decimals are an amount, never a number inside a title. */
    private static boolean isAmount(String number) {
        return number.indexOf(',') > 0 || number.indexOf('.') > 0;
    }

    /**
     * OCR repeats a cell's tail at the start of the next cell: "M (1) | (1) 60,56" or, with the parenthesis
     * misread, "M (1) | I (1) 74,55". A marker that repeats the previous value's marker at the start of a cell
     * that goes on with a value (with at most one stray letter before it) is dropped; a marker alone in its cell
     * is a footnote-only value even when it repeats ("Stock (15) | (15)").
     */
    private static List<Atom> dropRepeatedMarkers(List<Atom> atoms) {
        List<Atom> kept = new ArrayList<>(atoms.size());
        for (int i = 0; i < atoms.size(); i++) {
            Atom atom = atoms.get(i);
            boolean valueFollowsInCell = i + 1 < atoms.size() && atoms.get(i + 1).cell() == atom.cell()
                    && atoms.get(i + 1).kind() != Atom.Kind.FOOTNOTE;
            if (atom.kind() == Atom.Kind.FOOTNOTE && !kept.isEmpty() && valueFollowsInCell) {
                Atom previous = kept.get(kept.size() - 1);
                // Marker's output puts a marker after its value, so a marker that opens a cell and repeats the
                // marker just before it ("(1) | (1) 704,849") is the neighbour's tail read twice.
                if (previous.kind() == Atom.Kind.FOOTNOTE && previous.footnote() == atom.footnote()
                        && previous.cell() != atom.cell()) {
                    continue;
                }
                if (previous.kind() == Atom.Kind.LETTER && previous.cell() == atom.cell() && kept.size() >= 2) {
                    Atom beforeLetter = kept.get(kept.size() - 2);
                    if (beforeLetter.kind() == Atom.Kind.FOOTNOTE && beforeLetter.footnote() == atom.footnote()
                            && beforeLetter.cell() != atom.cell() && followsValueInItsCell(kept, kept.size() - 2)) {
                        kept.remove(kept.size() - 1);
                        continue;
                    }
                }
            }
            kept.add(atom);
        }
        return kept;
    }

    /**
     * A marker right after a value in its cell belongs to it ("Common Stock (1)"); after a marker it shares the
     * value ("(2)(3)"). After a one- or two-character number it does not: that is OCR debris of the cell before
     * ("60,566 | 6 (9)"), and the marker may be a footnote-only value.
     */
    private static boolean followsValue(List<Atom> atoms, int cell) {
        if (atoms.isEmpty()) {
            return false;
        }
        Atom previous = atoms.get(atoms.size() - 1);
        if (previous.cell() != cell) {
            return false;
        }
        if (previous.kind() == Atom.Kind.FOOTNOTE) {
            return true;
        }
        return !(previous.kind() == Atom.Kind.NUMBER && previous.text().length() <= 2);
    }

    private static boolean sameCellNumber(List<Atom> atoms, int cell) {
        return !atoms.isEmpty() && atoms.get(atoms.size() - 1).cell() == cell && atoms.get(atoms.size() - 1).kind() == Atom.Kind.NUMBER;
    }

    /** "(4) (4)": the same mark again is another value's (a row's two dates told in one note), not more of this one. */
    private static boolean repeats(List<Atom> atoms, int number) {
        if (atoms.isEmpty()) {
            return false;
        }
        Atom previous = atoms.get(atoms.size() - 1);
        return previous.kind() == Atom.Kind.FOOTNOTE && previous.footnote() == number;
    }

    /** "(9) | (9)" are two footnote-only values; "M (1) | (1)" is one marker read twice. */
    private static boolean followsValueInItsCell(List<Atom> atoms, int footnoteIndex) {
        if (footnoteIndex < 1) {
            return false;
        }
        Atom marker = atoms.get(footnoteIndex);
        Atom before = atoms.get(footnoteIndex - 1);
        return before.cell() == marker.cell() && before.kind() != Atom.Kind.FOOTNOTE;
    }
}
