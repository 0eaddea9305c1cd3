package dev.form4.recognize;

import dev.form4.parse.Form4Parser;
import dev.form4.parse.FormTree;
import dev.form4.source.Atom;
import dev.form4.source.Atomizer;
import dev.form4.source.Item;
import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows of a table that the converter did not delimit, split where each piece reads as a whole row. pdf2md writes
 * a whole table into one paragraph ("Class A Common Stock 04/13/2022 S 100 D $2,556.7346(2)^ 13,788 D Class A
 * Common Stock 04/13/2022 S 300 D ...") or, for Table II, each cell's lines as paragraphs of their own
 * ("Restricted" / "Stock" / "Units" / "(1) (^) 06/02/2021 A 328 (2) (2) Common" / "Stock" / "328 $ 0 11,257 D"),
 * so neither a line nor a blank line delimits a row. A reader splits where every row starts with its title and
 * the pieces fill their columns best: a dynamic program over the places a row may start (a line's start, a
 * capitalised word), each piece priced by the aligner, each further row paying a little so that a row is not cut
 * where it reads as well whole. The ownership letter before a title ends its row ("... 13,888 D"), which it cannot
 * while the title's words stand next to it in one cell.
 */
final class RunTogetherRows {

    /** What each row of a split costs: more than the title it fills (a text cut off a row reads as a title). */
    private static final double PER_ROW = 1.5;
    /** A nature of indirect ownership beside a direct "D" (or no flag) is a title read into the wrong row. */
    private static final double NATURE_OF_DIRECT = 1.5;
    /**
     * Footnote marks close the text they follow: a piece whose title would go on after its marks ("Fund, L.P.
     * (2)(3)(4) Class A Common Stock 03/15/2021 ...") starts inside the row before, in its nature's text.
     */
    private static final double TEXT_AFTER_MARKS = 1.5;
    /**
     * Every row of both tables has its ownership form (column 6 or 10): a piece without a D or I is a row cut
     * before its end ("... Class B Common" | "Stock (2)(3) 3,170,449 (2)(3) 0 D").
     */
    private static final double NO_OWNERSHIP_FORM = 1.0;
    /** No row of the form holds more items than this. */
    private static final int MAX_ROW_ITEMS = 50;

    private RunTogetherRows() {
    }

    /** One item of the run, with the line it stands on (an index into the run). */
    private record Placed(Item item, int line) {
    }

    /** One line as the rows it holds (itself when it reads best as one, or when nothing shows a second row). */
    static List<FormTree.Row> split(FormTree.Row line, boolean derivative, Map<Column, Integer> hints) {
        SourceRow source = line.source();
        if (source.cells().size() != 1 || line.type() != Form4Parser.DATA_ROW
                || !holdsARowAfterTheOwnershipFlag(source.cells().get(0).items())) {
            return List.of(line);
        }
        List<FormTree.Row> rows = segment(List.of(line), derivative, hints);
        return rows.isEmpty() ? List.of(line) : rows;
    }

    /**
     * A run of lines, each standing apart, as the rows they hold: one row may span lines, one line may hold
     * rows. Empty when no split makes every piece a row (a title first, a value in it).
     */
    static List<FormTree.Row> segment(List<FormTree.Row> lines, boolean derivative, Map<Column, Integer> hints) {
        return segment(lines, derivative, false, hints);
    }

    /**
     * {@code cellLines}: each line is one line of one cell, the cells in column order (MuPDF's text), so a row
     * starts at a line's start, and a nature's lines go on up to its marks or the end of its block, numbers
     * among them ("Venture" / "2010 Fund," / "L.P.(6)(7)").
     */
    static List<FormTree.Row> segment(List<FormTree.Row> lines, boolean derivative, boolean cellLines, Map<Column, Integer> hints) {
        List<Placed> items = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        boolean inNature = false; // the words of a nature ("By The" / "Founders" / "Fund II, LP(3)") open no row
        // MuPDF parts runs that do not stand right under each other by a blank line, so a row's first cell, left of the
        // row before's last, always follows one: a title after no blank line is a cell's next line ("Estate" /
        // "Planning"). pdftotext -raw writes no blank lines at all, so there the rule says nothing.
        boolean rowsAfterBlanks = cellLines && lines.stream().anyMatch(line -> line.source().blankBefore());
        for (int l = 0; l < lines.size(); l++) {
            boolean lineStart = true;
            boolean closesRowBefore = closesRowBefore(lines, l);
            inNature &= !lines.get(l).source().blankBefore(); // nor does a nature go on past its paragraph
            // nor into a line that opens with a title and holds values: a row's cells on one line (pdftotext -raw
            // joins a baseline's runs: "By estate" / "planning" / "vehicle" / "Class A Common Stock 11,388 I")
            inNature = inNature && !opensWithTitleAndValues(lines.get(l));
            for (SourceCell cell : lines.get(l).source().cells()) {
                for (Item item : cell.items()) {
                    inNature = opensNature(item) || inNature && (!item.isValue() || cellLines) && item.kind() != Item.Kind.FOOTNOTE;
                    boolean opening = lineStart && (!rowsAfterBlanks || lines.get(l).source().blankBefore());
                    if (isTitleStart(item) && !inNature && !closesRowBefore
                            && (opening || !cellLines && !wordOfTitle(items.get(items.size() - 1).item()))
                            || lineStart && l == 0) {
                        starts.add(items.size());
                    }
                    lineStart = false;
                    items.add(new Placed(item, l));
                }
            }
        }
        if (!cellLines) {
            addRepeatedTitles(items, starts);
        }
        int n = starts.size();
        if (n == 0 || starts.get(0) != 0) {
            return List.of();
        }
        double[] best = new double[n + 1]; // best[k]: the items before starts[k] split into rows (best[n]: all)
        int[] from = new int[n + 1];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        int columns = (derivative ? TableKind.DERIVATIVE_TRANSACTION : TableKind.NON_DERIVATIVE_TRANSACTION).columns().size();
        for (int k = 0; k < n; k++) {
            if (best[k] == Double.POSITIVE_INFINITY) {
                continue;
            }
            for (int e = k + 1; e <= n; e++) {
                int first = starts.get(k);
                int end = e < n ? starts.get(e) : items.size();
                if (end - first > MAX_ROW_ITEMS || values(items, first, end) > columns + 2) {
                    break; // no row holds more items, or more values than its columns
                }
                double cost = best[k] + rowCost(piece(lines, items, first, end, derivative), derivative, cellLines, hints);
                if (cost < best[e]) {
                    best[e] = cost;
                    from[e] = k;
                }
            }
        }
        if (best[n] == Double.POSITIVE_INFINITY) {
            return List.of();
        }
        List<Integer> cuts = new ArrayList<>();
        for (int e = n; e > 0; e = from[e]) {
            cuts.add(0, e);
        }
        List<FormTree.Row> rows = new ArrayList<>();
        int previous = 0;
        for (int e : cuts) {
            SourceRow piece = piece(lines, items, starts.get(previous), e < n ? starts.get(e) : items.size(), derivative);
            rows.add(new FormTree.Row(Form4Parser.DATA_ROW, piece, Atomizer.atoms(piece)));
            previous = e;
        }
        return rows;
    }

    /**
     * A nature without a mark to close it runs into the next row's title ("... 167,398,724 I by Trust Common Stock
     * 11/10/2021 S 300 ..."). Where the words after the row's ownership flag end with the very title another row
     * opens with, up to the transaction date that follows a title, the next row starts at that title.
     */
    private static void addRepeatedTitles(List<Placed> items, List<Integer> starts) {
        Set<String> titles = new HashSet<>();
        for (int start : starts) {
            String title = wordsUpToDate(items, start);
            if (title != null) {
                titles.add(title);
            }
        }
        if (titles.isEmpty()) {
            return;
        }
        boolean afterFlag = false; // a D or I after the row's last value: the row has ended but for its nature
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i).item();
            if (item.isValue()) {
                afterFlag = false;
            } else if (isOwnershipFlag(item)) {
                afterFlag = true;
            } else if (afterFlag && isTitleStart(item) && titles.contains(wordsUpToDate(items, i))) {
                int at = Collections.binarySearch(starts, i);
                if (at < 0) {
                    starts.add(-at - 1, i);
                }
                afterFlag = false;
            }
        }
    }

    /** The words from {@code from} up to the date right after them, or null if anything else stands between. */
    private static String wordsUpToDate(List<Placed> items, int from) {
        StringBuilder words = new StringBuilder();
        for (int i = from; i < items.size(); i++) {
            Item item = items.get(i).item();
            if (item.isValue()) {
                return words.length() == 0 || item.kind() != Item.Kind.DATE ? null : words.toString();
            }
            if (item.kind() != Item.Kind.WORD) {
                return null;
            }
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(item.text());
        }
        return null;
    }

    /**
     * A row ends with its ownership flag and perhaps a nature; a title after "D" or "I", or after the nature's
     * words ("... 169,142,639 I by Trust(1) Common Stock 04/26/2022 ..."), followed by further values is the next
     * row's ("... 13,888 D Class A Common Stock 04/13/2022 ..."). Without one, the line is one row, however many
     * values OCR left in it.
     */
    private static boolean holdsARowAfterTheOwnershipFlag(List<Item> items) {
        for (int i = 0; i + 1 < items.size(); i++) {
            Item flag = items.get(i);
            if (!isOwnershipFlag(flag)) {
                continue;
            }
            // the words between the flag and the next value: the nature, then perhaps the next row's title
            for (int t = i + 1; t < items.size() && !items.get(t).isValue(); t++) {
                if (isTitleStart(items.get(t))) {
                    for (int j = t + 1; j < items.size(); j++) {
                        Item.Kind kind = items.get(j).kind();
                        if (kind == Item.Kind.DATE || kind == Item.Kind.NUMBER || kind == Item.Kind.PRICE) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static int values(List<Placed> items, int first, int end) {
        int values = 0;
        for (int i = first; i < end; i++) {
            if (items.get(i).item().isValue()) {
                values++;
            }
        }
        return values;
    }

    /**
     * Inside a line a row starts after the one before has ended: after a value, a mark, or its ownership flag
     * (D, I); a word before it is one of the same title ("Class A" | "Common Stock" is no cut).
     */
    private static boolean wordOfTitle(Item before) {
        return before.kind() == Item.Kind.WORD && !isOwnershipFlag(before);
    }

    /** A row's ownership form as a word of its own: "D" (direct) or "I" (indirect). */
    static boolean isOwnershipFlag(Item item) {
        return item.kind() == Item.Kind.WORD && (item.text().equals("D") || item.text().equals("I"));
    }

    /**
     * pdf2md writes each line of text as a heading in the order the page draws it: a row's cells left to right,
     * each cell's lines top to bottom. A row whose title stands on its values line ("Class A Common Stock 514,385 I")
     * has drawn nothing before it, so a line of words right before it is the last line of the row before's last
     * cell ("Estate" / "Planning" of a nature), not the first of this row's title.
     */
    private static boolean closesRowBefore(List<FormTree.Row> lines, int l) {
        if (l == 0 || l + 1 >= lines.size()) {
            return false;
        }
        SourceRow line = lines.get(l).source();
        SourceRow next = lines.get(l + 1).source();
        return line.shape() == SourceRow.Shape.HEADING && next.shape() == SourceRow.Shape.HEADING
                && line.items().stream().allMatch(i -> i.kind() == Item.Kind.WORD)
                && opensWithTitleAndValues(lines.get(l + 1));
    }

    private static boolean opensWithTitleAndValues(FormTree.Row line) {
        List<Item> items = line.source().items();
        return !items.isEmpty() && isTitleStart(items.get(0)) && !opensNature(items.get(0))
                && items.stream().anyMatch(Item::isValue);
    }

    /**
     * "By" or "See" opens a nature of ownership, never a title: none of the corpus XML's 2,889 security titles
     * holds either word, and 1,452 of its 1,845 natures begin with one. The nature's words go on up to the next
     * value, footnote mark or blank line.
     */
    static boolean opensNature(Item item) {
        return item.kind() == Item.Kind.WORD && (item.text().equals("By") || item.text().equals("See"));
    }

    /**
     * A row starts with its title: a capitalised word of three letters or more. The first words of the corpus
     * XML's 2,889 security titles have five letters or more ("Class", "Common", "Stock"; "2.0%" the one other),
     * so a lone letter (a code or flag) or two ("Ce)", "Re": a code and its mark misread; "LP", "II" in a name)
     * opens none.
     */
    static boolean isTitleStart(Item item) {
        return item.kind() == Item.Kind.WORD && item.text().length() > 2 && Character.isUpperCase(item.text().codePointAt(0));
    }

    /** Items {@code first}..{@code end} as a row: a cell for each line's part, in reading order. */
    private static SourceRow piece(List<FormTree.Row> lines, List<Placed> items, int first, int end, boolean derivative) {
        List<SourceCell> cells = new ArrayList<>();
        int i = first;
        while (i < end) {
            int line = items.get(i).line();
            List<Item> part = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (; i < end && items.get(i).line() == line; i++) {
                Item item = items.get(i).item();
                if (!part.isEmpty() && item.kind() == Item.Kind.FOOTNOTE && isAmountOrFlag(part.get(part.size() - 1))
                        && !part.get(part.size() - 1).touches(item)) {
                    break; // "12,681,798 (1) (1)", "A (4)": a mark apart from an amount or a flag is a cell of its own
                    // (a footnote-only value); "$0.00(2)", "S(1)" are not
                }
                part.add(item);
                text.append(text.isEmpty() ? "" : " ").append(item.text());
            }
            cells.add(new SourceCell(cells.size(), part, text.toString(), part.get(0).position(), cells.size(), cells.size() + 1));
        }
        cells = withNumbersInText(cells);
        if (!derivative) {
            cells = natureAfterItsForm(cells);
        }
        SourceRow firstLine = lines.get(items.get(first).line()).source();
        SourceRow lastLine = lines.get(items.get(end - 1).line()).source();
        boolean blankBefore = first == 0 || items.get(first - 1).line() != items.get(first).line() ? firstLine.blankBefore() : false;
        return new SourceRow(firstLine.line(), lastLine.lastLine(), firstLine.shape(), -1, blankBefore, cells);
    }

    /**
     * A text's words one a line: a bare number of up to four digits on a line of its own between two lines of words
     * is a word of that text ("Venture" / "2010" / "Fund, LP(2)"), never an amount, which the page prints with its
     * thousands separator beside the row's other values. The three lines become one cell.
     */
    private static List<SourceCell> withNumbersInText(List<SourceCell> cells) {
        List<SourceCell> out = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            if (c + 1 < cells.size() && !out.isEmpty() && isBareNumber(cells.get(c)) && isWords(out.get(out.size() - 1))
                    && isWords(cells.get(c + 1))) {
                SourceCell before = out.remove(out.size() - 1);
                SourceCell after = cells.get(++c);
                List<Item> joined = new ArrayList<>(before.items());
                joined.addAll(cells.get(c - 1).items());
                joined.addAll(after.items());
                out.add(new SourceCell(out.size(), joined, before.text() + " " + cells.get(c - 1).text() + " " + after.text(),
                        before.position(), out.size(), out.size() + 1));
            } else {
                SourceCell cell = cells.get(c);
                out.add(new SourceCell(out.size(), cell.items(), cell.text(), cell.position(), out.size(), out.size() + 1));
            }
        }
        return out;
    }

    /**
     * Table I's cells one a paragraph (tesseract reads the tall nature cell before the cells beside it): the
     * lines of a nature ("By The" / "Founders" / "Fund II, LP(3)") between the row's values and its amount owned
     * with its "I" ("2,008 I") are the row's last column, after them.
     */
    private static List<SourceCell> natureAfterItsForm(List<SourceCell> cells) {
        for (int c = 1; c < cells.size(); c++) {
            if (!opensNature(cells.get(c).items().get(0)) || cells.subList(0, c).stream().noneMatch(RunTogetherRows::hasValue)) {
                continue;
            }
            int end = c;
            while (end < cells.size() && !hasValue(cells.get(end))) {
                end++;
            }
            if (end < cells.size() && TableRows.indirectEnd(cells.get(end).items()) == cells.get(end).items().size()
                    && startsWithValue(cells.get(end))) {
                List<SourceCell> out = new ArrayList<>(cells.subList(0, c));
                out.add(cells.get(end));
                out.addAll(cells.subList(c, end));
                out.addAll(cells.subList(end + 1, cells.size()));
                List<SourceCell> indexed = new ArrayList<>(out.size());
                for (SourceCell cell : out) {
                    indexed.add(new SourceCell(indexed.size(), cell.items(), cell.text(), cell.position(), indexed.size(), indexed.size() + 1));
                }
                return indexed;
            }
        }
        return cells;
    }

    private static boolean hasValue(SourceCell cell) {
        return cell.items().stream().anyMatch(Item::isValue);
    }

    private static boolean startsWithValue(SourceCell cell) {
        return cell.items().get(0).isValue();
    }

    private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile("\\d{1,4}");

    private static boolean isBareNumber(SourceCell cell) {
        List<Item> items = cell.items();
        // or broken at its hyphen, a word's piece by that alone ("Venture" / "2010-" / "Seed")
        return (items.size() == 1 || items.size() == 2 && items.get(1).kind() == Item.Kind.DASH)
                && items.get(0).kind() == Item.Kind.NUMBER && BARE_NUMBER.matcher(items.get(0).text()).matches();
    }

    /** Words, perhaps closed by a mark ("Fund, LP(2)"), and nothing else. */
    private static boolean isWords(SourceCell cell) {
        boolean word = false;
        for (Item item : cell.items()) {
            if (item.kind() == Item.Kind.WORD && item.text().length() > 1) {
                word = true;
            } else if (item.kind() != Item.Kind.PUNCT && item.kind() != Item.Kind.FOOTNOTE && item.kind() != Item.Kind.WORD) {
                return false;
            }
        }
        return word;
    }

    /** A value, or a single capital (a code or a flag). */
    private static boolean isAmountOrFlag(Item item) {
        return item.isValue() || item.kind() == Item.Kind.WORD && item.text().length() == 1
                && Character.isUpperCase(item.text().charAt(0));
    }

    /** How well a piece reads as one row: a title first, a value in it, its columns filled. */
    private static double rowCost(SourceRow piece, boolean derivative, boolean cellLines, Map<Column, Integer> hints) {
        List<Atom> atoms = Atomizer.atoms(piece);
        if (atoms.isEmpty() || atoms.get(0).kind() != Atom.Kind.TEXT
                || atoms.stream().noneMatch(a -> a.kind() != Atom.Kind.TEXT && a.kind() != Atom.Kind.FOOTNOTE)) {
            return Double.POSITIVE_INFINITY;
        }
        TableKind transaction = derivative ? TableKind.DERIVATIVE_TRANSACTION : TableKind.NON_DERIVATIVE_TRANSACTION;
        double best = Double.POSITIVE_INFINITY;
        for (TableKind kind : List.of(transaction, transaction.holdingKind())) {
            ColumnAligner.Alignment alignment = ColumnAligner.align(atoms, kind, hints);
            double cost = alignment.cost();
            ColumnReading di = alignment.readings().get(Column.DIRECT_OR_INDIRECT);
            ColumnReading nature = alignment.readings().get(Column.NATURE_OF_OWNERSHIP);
            // a nature of indirect ownership stands beside an "I": beside a "D", or with no flag read, it is the
            // next row's title ("... Class B Common" | "Stock (2)(3) 3,170,449 ...")
            if ((di == null || "D".equals(di.text())) && nature != null && nature.kind() == Atom.Kind.TEXT) {
                cost += NATURE_OF_DIRECT;
            }
            if (di == null) {
                cost += NO_OWNERSHIP_FORM;
            }
            best = Math.min(best, cost);
        }
        return best + PER_ROW + (textAfterMarks(atoms) ? TEXT_AFTER_MARKS : 0)
                + (cellLines && endsWithTextAfterMarks(atoms) ? TEXT_AFTER_MARKS : 0);
    }

    /**
     * After the piece's last value, a text, its marks, then more text ("See" / "Footnotes(2)" / "(3)" / "Class B"):
     * one cell a line, the marks close the nature's cell, and the text after them is the next row's title.
     */
    private static boolean endsWithTextAfterMarks(List<Atom> atoms) {
        int i = atoms.size();
        while (i > 0 && atoms.get(i - 1).kind() == Atom.Kind.TEXT) {
            i--;
        }
        int text = i;
        while (i > 0 && atoms.get(i - 1).kind() == Atom.Kind.FOOTNOTE) {
            i--;
        }
        return text < atoms.size() && i < text && i > 0 && atoms.get(i - 1).kind() == Atom.Kind.TEXT;
    }

    /** The piece opens with a text, its marks, then more text: "Fund, L.P. (2)(3)(4) Class A Common Stock". */
    private static boolean textAfterMarks(List<Atom> atoms) {
        int i = 0;
        while (i < atoms.size() && atoms.get(i).kind() == Atom.Kind.TEXT) {
            i++; // a text's lines, one atom each
        }
        int marks = i;
        while (i < atoms.size() && atoms.get(i).kind() == Atom.Kind.FOOTNOTE) {
            i++;
        }
        return marks > 0 && i > marks && i < atoms.size() && atoms.get(i).kind() == Atom.Kind.TEXT;
    }
}
