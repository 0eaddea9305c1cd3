package dev.form4.recognize;

import dev.form4.parse.FormTree;
import dev.form4.source.Item;

import java.util.ArrayList;
import java.util.List;

/**
 * Table rows whose cells come one paragraph each, as Tesseract reads a table by blocks: "Class A Common Shares"
 * / "08/06/2024" / "Pp 121,266 | A" / "$56.8591" / "SC US/E" "Expansion" ... / "121,266 I", each after a
 * blank line. A blank line then says nothing about where a row ends; the columns' order does. A paragraph goes
 * on with the row being read while its values can still be the row's: a row ends with its ownership form (D or
 * I), and a new one begins where a value can only be a first column again (a title with values beside it, a
 * date where Table I's date is already read, a title right above such a date). The nature of an indirect holding
 * may stand before its amount and "I" (OCR reads the tall cell first) or after them.
 */
final class CellParagraphs {

    private CellParagraphs() {
    }

    /**
     * Whether the paragraph that starts at {@code lines[start]} (after a blank line) goes on with the row
     * {@code current} (its lines so far, not empty).
     */
    static boolean continuesRow(List<FormTree.Row> current, List<FormTree.Row> lines, int start, boolean derivative) {
        List<Item> row = items(current);
        int end = paragraphEnd(lines, start);
        List<FormTree.Row> paragraph = lines.subList(start, end);
        List<FormTree.Row> next = nextParagraph(lines, end);
        if (!hasValues(current)) {
            // a title, then its values; text after text is caption debris or a new title, except an indirect
            // row's nature between its title and its values ("Class A Common Stock" / "Sequoia" "Capital U.S." /
            // "1,862 I"), in Table I, whose only other text column is the title
            if (hasValues(paragraph)) {
                return !opensWithTitle(paragraph.get(0)); // a line with its own title is a row of its own
            }
            // the nature may be read as two paragraphs ("Sequoia" "Capital" / "Fund IV, L.P." / "77 I")
            List<FormTree.Row> values = hasValues(next) || next.isEmpty() ? next : nextParagraph(lines, end + next.size());
            return !derivative && paragraphs(current) <= 2 && words(paragraph) > 0
                    && hasValues(values) && "I".equals(ownershipForm(items(values), false));
        }
        boolean dated = row.stream().anyMatch(i -> i.kind() == Item.Kind.DATE);
        if (hasValues(paragraph)) {
            if (opensWithTitle(paragraph.get(0)) || ownershipForm(row, derivative) != null) {
                return false;
            }
            // Table I has one date: a second is the next row's (Table II prints four date columns)
            return derivative || !dated || !firstValueIsDate(paragraph);
        }
        if (words(paragraph) == 0) {
            return true; // marks alone: they close the row's last cell
        }
        String form = ownershipForm(row, derivative);
        if (form == null) {
            // a text among the values (a nature read before the amount it stands beside, an underlying title);
            // right above a line that opens with a title, or in Table I the next row's date, it is not this row's
            if (!next.isEmpty() && opensWithTitle(next.get(0))) {
                return false;
            }
            return derivative || !dated || !hasValues(next) || !firstValueIsDate(next);
        }
        if (form.equals("D") || hasNature(current)) {
            return false; // a direct holding has no nature; an indirect one's is read
        }
        // after an "I" with no nature yet: its nature, unless it is a title with its values below
        return TableRows.NATURE_START.matcher(paragraph.get(0).source().text()).lookingAt() || !hasValues(next);
    }

    /** The lines of the paragraph that starts at {@code start}: up to the next line after a blank one. */
    private static int paragraphEnd(List<FormTree.Row> lines, int start) {
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).source().blankBefore()
                && lines.get(end).source().line() == lines.get(end - 1).source().lastLine() + 1) {
            end++;
        }
        return end;
    }

    /**
     * The line stands right under the one before, or one blank line below it: nothing the table's rows were
     * taken apart from (a caption, a page's heading) stands between. Text that the captions part from a
     * table's first values ("Person" of box 6 above them, "or" / "Number" of a sub-caption) is no cell of their
     * row; after a row, what follows a page's repeated captions may be its last cell going on.
     */
    static boolean adjacent(FormTree.Row above, FormTree.Row line) {
        return line.source().line() - above.source().lastLine() <= (line.source().blankBefore() ? 2 : 1);
    }

    /** The paragraph after the one that ends before {@code end}, if it stands right under it. */
    private static List<FormTree.Row> nextParagraph(List<FormTree.Row> lines, int end) {
        return end < lines.size() && adjacent(lines.get(end - 1), lines.get(end))
                ? lines.subList(end, paragraphEnd(lines, end)) : List.of();
    }

    private static int paragraphs(List<FormTree.Row> rows) {
        int count = 0;
        for (int start = 0; start < rows.size(); start = paragraphEnd(rows, start)) {
            count++;
        }
        return count;
    }

    /** Some line holds a value: not only raised marks, not a number that is a word of a text. */
    static boolean hasValues(List<FormTree.Row> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (TableRows.isValuesLine(rows, r)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile("\\d{1,4}");

    /**
     * A bare number of up to four digits alone on its line right under a line of words is a word of that text
     * ("Venture" / "2010", a fund's name), never an amount, which the page prints with its separator.
     */
    static boolean numberInText(FormTree.Row above, FormTree.Row line) {
        List<Item> items = items(List.of(line));
        return items.size() == 1 && items.get(0).kind() == Item.Kind.NUMBER && BARE_NUMBER.matcher(items.get(0).text()).matches()
                && !line.source().blankBefore() && line.source().line() == above.source().lastLine() + 1
                && !TableRows.hasValues(above) && hasWord(items(List.of(above)));
    }

    private static List<Item> items(List<FormTree.Row> rows) {
        List<Item> items = new ArrayList<>();
        rows.forEach(r -> items.addAll(r.source().items()));
        return items;
    }

    /**
     * The row's ownership form, read once it stands after the amount owned: a D or I after a number, in Table I
     * after two amounts where the row has a date (after the first it is the A/D of the transaction's amount).
     */
    private static String ownershipForm(List<Item> row, boolean derivative) {
        boolean dated = row.stream().anyMatch(i -> i.kind() == Item.Kind.DATE);
        String form = null;
        int amounts = 0;
        Item previous = null;
        for (Item item : row) {
            if (item.kind() == Item.Kind.NUMBER || item.kind() == Item.Kind.PRICE) {
                amounts++;
            } else if (RunTogetherRows.isOwnershipFlag(item) && previous != null && (previous.kind() == Item.Kind.NUMBER || previous.kind() == Item.Kind.PRICE)
                    && amounts >= (dated && !derivative ? 2 : 1)) {
                form = item.text();
            }
            if (item.kind() != Item.Kind.FOOTNOTE && item.kind() != Item.Kind.PUNCT && item.kind() != Item.Kind.NOISE) {
                previous = item;
            }
        }
        return form;
    }

    /**
     * A nature is read: a paragraph of words besides the title's ("SC US/E" / "Expansion" / ...), or words
     * beside the "I" ("479 I Sequoia"); a misread code ("Pp", "Ce)") is no word.
     */
    private static boolean hasNature(List<FormTree.Row> current) {
        int texts = 0;
        boolean titleWithValues = opensWithTitle(current.get(0));
        for (int start = 0; start < current.size(); ) {
            int end = paragraphEnd(current, start);
            List<FormTree.Row> paragraph = current.subList(start, end);
            if (!hasValues(paragraph) && hasWord(items(paragraph))) {
                texts++;
            }
            start = end;
        }
        for (FormTree.Row row : current) {
            if (TableRows.hasValues(row) && !TableRows.onlyMarks(row)) {
                boolean sawValue = false;
                for (Item item : items(List.of(row))) {
                    sawValue |= item.isValue();
                    if (sawValue && hasWord(List.of(item))) {
                        return true;
                    }
                }
            }
        }
        return texts >= 2 || texts == 1 && titleWithValues;
    }

    private static boolean hasWord(List<Item> items) {
        return items.stream().anyMatch(i -> i.kind() == Item.Kind.WORD && i.text().length() >= 3);
    }

    /** A line that begins with a title and has values after it: "Class A Common Stock 07/27/2018". */
    static boolean opensWithTitle(FormTree.Row line) {
        List<Item> items = items(List.of(line));
        int words = 0;
        for (Item item : items) {
            if (item.isValue()) {
                return words > 1 || words == 1 && items.get(0).text().length() >= 3
                        && Character.isUpperCase(items.get(0).text().codePointAt(0));
            }
            if (item.kind() == Item.Kind.WORD) {
                words++;
            } else if (item.kind() != Item.Kind.PUNCT) {
                return false;
            }
        }
        return false;
    }

    private static boolean firstValueIsDate(List<FormTree.Row> rows) {
        for (Item item : items(rows)) {
            if (item.isValue()) {
                return item.kind() == Item.Kind.DATE;
            }
        }
        return false;
    }

    private static long words(List<FormTree.Row> rows) {
        return items(rows).stream().filter(i -> i.kind() == Item.Kind.WORD).count();
    }
}
