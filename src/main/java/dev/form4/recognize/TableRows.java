package dev.form4.recognize;

import dev.form4.parse.Form4Parser;
import dev.form4.parse.FormTree;
import dev.form4.source.Atom;
import dev.form4.source.Atomizer;
import dev.form4.source.Item;
import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A table's rows as the form has them, from the rows the converter wrote. A row a converter delimited (a pipe
 * row, an HTML table row) is one row of the form, with the further lines of the same HTML row. The lines of a
 * page laid out in text (pdftotext) are split into rows by {@link LayoutBands}. Lines without positions (OCR)
 * are grouped between blank lines, a second line of values starting the next row.
 */
final class TableRows {

    /** One row of the form: its cells in reading order (re-indexed when lines were joined) and its values. */
    record Logical(SourceRow row, List<Atom> atoms) {
    }

    private TableRows() {
    }

    static List<Logical> of(FormTree.Table table, boolean derivative, boolean cellLines, Map<Column, Integer> hints) {
        if (cellLines) {
            return CellLines.rows(table, derivative); // drops the captions among its lines itself
        }
        List<FormTree.Row> body = withoutRepeatedCaptions(table, table.body(), derivative);
        List<Logical> rows = new ArrayList<>();
        List<FormTree.Row> current = null;
        List<FormTree.Row> laidOut = new ArrayList<>(); // a run of page lines (pdftotext), read by LayoutBands
        if (linesStandApart(body)) {
            // Table I's captions broken into lines (OCR) may stand among its rows: no row's cells, and no row start
            List<FormTree.Row> rowsOfLines = RunTogetherRows.segment(derivative ? body
                    : body.stream().filter(r -> !isCaptionLine(r)).toList(), derivative, hints);
            if (!rowsOfLines.isEmpty()) {
                rowsOfLines.forEach(r -> rows.add(new Logical(r.source(), r.atoms())));
                return rows;
            }
        }
        List<FormTree.Row> lines = new ArrayList<>();
        boolean sawValues = false;
        boolean centred = false;
        List<String> firstAbove = List.of(); // centred: the lines the first row printed above its values
        boolean firstValues = false;
        for (FormTree.Row row : body) {
            boolean caption = !derivative && isCaptionLine(row);
            firstValues |= !caption && hasValues(row) && !onlyMarks(row);
            if (caption && !firstValues) {
                continue; // above the table's first values, a caption's piece (further down, see CellParagraphs)
            }
            // a line without positions may hold several rows (pdf2md writes a table as one paragraph)
            lines.addAll(isPageLine(row.source()) || row.source().shape() == SourceRow.Shape.TABLE_ROW
                    ? List.of(row) : RunTogetherRows.split(row, derivative, hints));
        }
        for (int r = 0; r < lines.size(); r++) {
            FormTree.Row row = lines.get(r);
            SourceRow source = row.source();
            if (isPageLine(source)) {
                close(current, rows, derivative);
                current = null;
                FormTree.Row last = laidOut.isEmpty() ? null : laidOut.get(laidOut.size() - 1);
                if (last != null && (source.blankBefore() || !follows(last, row)) && !pageBreakBetween(table, last, lines, r)) {
                    addBands(laidOut, rows);
                }
                laidOut.add(row);
                continue;
            }
            addBands(laidOut, rows);
            boolean values = isValuesLine(lines, r);
            if (values && !sawValues) {
                sawValues = true;
                // the first row's cells wrap above its values line too: the form centres its cells on their row
                centred = derivative && current != null && !source.blankBefore() && !isPageLine(source)
                        && source.shape() == SourceRow.Shape.LINE && current.stream().anyMatch(TableRows::hasWords);
                firstAbove = centred ? current.stream().map(l -> l.source().text()).toList() : List.of();
            }
            if (source.continues() && current != null) {
                current.add(row);
            } else if (source.shape() == SourceRow.Shape.TABLE_ROW) {
                // a row the converter delimited; one without values is a caption fragment or noise
                close(current, rows, derivative);
                current = values ? new ArrayList<>(List.of(row)) : null;
            } else if (current == null || !CellParagraphs.adjacent(lines.get(r - 1), row) && !CellParagraphs.hasValues(current)
                    || (source.blankBefore() ? !CellParagraphs.continuesRow(current, lines, r, derivative)
                    : values && hasValueLine(current) || opensNextNature(current, row, r + 1 < lines.size() ? lines.get(r + 1) : null))) {
                List<FormTree.Row> above = centred && values && !source.blankBefore() && current != null
                        ? linesAboveNextValues(current, firstAbove) : List.of();
                if (!above.isEmpty()) {
                    current.subList(current.size() - above.size(), current.size()).clear();
                }
                close(current, rows, derivative);
                current = new ArrayList<>(above);
                current.add(row);
            } else {
                current.add(row);
            }
        }
        close(current, rows, derivative);
        addBands(laidOut, rows);
        return rows;
    }

    /**
     * With cells centred on their row, the lines of words between a row's values line and the next one's are
     * the lower half of this row's wrapped cells and the upper half of the next row's: each goes with the values
     * line it stands nearer to, a middle line with the row above (as where cells are not centred). The lines
     * returned (the last ones of the group) are the next row's.
     */
    private static List<FormTree.Row> linesAboveNextValues(List<FormTree.Row> group, List<String> firstAbove) {
        int last = group.size() - 1;
        while (last >= 0 && !(hasValues(group.get(last)) && !onlyMarks(group.get(last)))) {
            last--;
        }
        if (last < 0) {
            return List.of();
        }
        List<FormTree.Row> below = group.subList(last + 1, group.size());
        if (below.stream().anyMatch(r -> r.source().blankBefore() || r.source().continues())) {
            return List.of(); // a blank line parts the rows, or a converter's row goes on: no centring to go by
        }
        // a row's nature opens once ("By", "See"): opened above this row's values, a second opening below them is
        // the next row's first line, the tallest cell's top, and the lines from it on are the next row's
        if (group.subList(0, last + 1).stream().anyMatch(TableRows::opensNatureLine)) {
            for (int i = 0; i < below.size(); i++) {
                if (opensNatureLine(below.get(i))) {
                    return List.copyOf(below.subList(i, below.size()));
                }
            }
        }
        // rows of one title wrap alike: the lines the first row printed above its values ("Share" / "Option
        // Ordinary"), read again right above the next values line, are the next row's, however many its own below
        int n = firstAbove.size();
        if (n > 0 && n <= below.size() && below.subList(below.size() - n, below.size()).stream()
                .map(l -> l.source().text()).toList().equals(firstAbove)) {
            return List.copyOf(below.subList(below.size() - n, below.size()));
        }
        return List.copyOf(below.subList(below.size() - below.size() / 2, below.size()));
    }

    /** A line of words that opens a nature of ownership: "By Sequoia", "See footnote" (see {@link #NATURE_START}). */
    private static boolean opensNatureLine(FormTree.Row row) {
        return !(hasValues(row) && !onlyMarks(row)) && NATURE_START.matcher(row.source().text()).lookingAt();
    }

    private static boolean hasWords(FormTree.Row row) {
        return row.source().cells().stream().flatMap(c -> c.items().stream()).anyMatch(i -> i.kind() == Item.Kind.WORD);
    }

    /** A finished group of lines as one row, when it holds a value. */
    private static void close(List<FormTree.Row> group, List<Logical> rows, boolean derivative) {
        if (group == null || !CellParagraphs.hasValues(group)) { // raised marks alone are no values
            return;
        }
        if (group.size() == 1) {
            rows.add(new Logical(group.get(0).source(), group.get(0).atoms()));
        } else {
            SourceRow joined = join(group, derivative);
            rows.add(new Logical(joined, Atomizer.atoms(joined)));
        }
    }

    /**
     * The table's lines are text lines without positions and half of them or more stand after a blank line
     * (pdf2md makes a paragraph of every printed line, tesseract of every cell it reads as a block): then a blank
     * line says nothing about where a row ends.
     */
    private static boolean linesStandApart(List<FormTree.Row> body) {
        if (body.size() < 2) {
            return false;
        }
        int apart = 0;
        for (FormTree.Row row : body) {
            SourceRow source = row.source();
            if (source.hasGeometry() || source.shape() == SourceRow.Shape.TABLE_ROW || source.continues()) {
                return false;
            }
            if (source.blankBefore()) {
                apart++;
            }
        }
        return apart * 2 >= body.size();
    }

    /**
     * The lines under a title printed again after a page break are the table's captions printed again, up to the
     * first line that is none ("8)" of "Code (Instr. 8)" among them): no row goes on into them.
     */
    private static List<FormTree.Row> withoutRepeatedCaptions(FormTree.Table table, List<FormTree.Row> body, boolean derivative) {
        if (table.repeatedTitles().isEmpty()) {
            return body;
        }
        List<FormTree.Row> kept = new ArrayList<>(body.size());
        int title = 0;
        boolean underTitle = false;
        for (FormTree.Row row : body) {
            while (title < table.repeatedTitles().size() && table.repeatedTitles().get(title).source().line() < row.source().line()) {
                underTitle = true;
                title++;
            }
            SourceRow source = row.source();
            underTitle &= !source.hasGeometry() && CaptionDebris.isCaptionPiece(source.text(), derivative);
            if (!underTitle) {
                kept.add(row);
            }
        }
        return kept;
    }

    /** A piece of Table I's captions on a line without positions (see {@link CaptionDebris}). */
    private static boolean isCaptionLine(FormTree.Row row) {
        SourceRow source = row.source();
        return !source.hasGeometry() && source.shape() == SourceRow.Shape.LINE && CaptionDebris.isCaptionLine(source.text());
    }

    /** A line of a page laid out in text (pdftotext -layout): a line with horizontal positions, not a delimited row. */
    private static boolean isPageLine(SourceRow row) {
        return row.shape() == SourceRow.Shape.LINE && row.hasGeometry() && !row.continues();
    }

    /**
     * The table's title, printed again, stands between the two lines: the page broke there. A cell taller than
     * what was left of the page goes on below the repeated title and captions ("Sequoia" / "Capital" / ... /
     * "Partners" | title, captions | "Fund XV" / "(Q), L.P.(3)"), so the lines on both sides are one run of the
     * table's lines, as if the page had not broken; elsewhere a blank line parts rows. A line among the repeated
     * captions (a caption line below it before the next row of values: "and 5)" of "(Instr. 3, 4 and 5)") is
     * their debris, no cell going on.
     */
    private static boolean pageBreakBetween(FormTree.Table table, FormTree.Row above, List<FormTree.Row> lines, int at) {
        int from = above.source().lastLine();
        int to = lines.get(at).source().line();
        if (table.repeatedTitles().stream().noneMatch(t -> t.source().line() > from && t.source().line() < to)) {
            return false;
        }
        int nextData = Integer.MAX_VALUE;
        for (int r = at + 1; r < lines.size() && nextData == Integer.MAX_VALUE; r++) {
            if (lines.get(r).type() == Form4Parser.DATA_ROW) {
                nextData = lines.get(r).source().line();
            }
        }
        int end = nextData;
        return table.captions().stream().noneMatch(c -> c.source().line() > to && c.source().line() < end);
    }

    /** The line stands right under the other, nothing (no caption, no title repeated at a page break) between. */
    private static boolean follows(FormTree.Row above, FormTree.Row line) {
        return line.source().line() == above.source().lastLine() + 1;
    }

    /** The rows of a run of page lines, in order, each its cells joined into one row. */
    private static void addBands(List<FormTree.Row> lines, List<Logical> rows) {
        if (lines.isEmpty()) {
            return;
        }
        for (LayoutBands.Band band : LayoutBands.of(lines)) {
            FormTree.Row first = band.valueLines().get(0);
            int firstLine = band.cells().stream().mapToInt(c -> c.position().line()).min().orElse(first.source().line());
            int lastLine = band.cells().stream().mapToInt(c -> c.position().line()).max().orElse(first.source().lastLine());
            SourceRow joined = new SourceRow(firstLine, lastLine, SourceRow.Shape.TABLE_ROW, first.source().grid(),
                    first.source().blankBefore(), reindexed(band.cells()));
            rows.add(new Logical(joined, Atomizer.atoms(joined)));
        }
        lines.clear();
    }

    /**
     * A line without columns whose only values are numbers of one or two digits with a ')' after them ("- 6)
     * See"): a raised mark of the line below with its '(' lost, no line of values. Nor is one whose other values
     * are four bare digits after a word ("Stock 2010", a nature's "Venture 2010 Fund" wrapped beside a title):
     * an amount prints its thousands separated ({@link #BARE_FOUR_DIGITS}).
     */
    static boolean onlyMarks(FormTree.Row row) {
        if (row.source().hasGeometry()) {
            return false;
        }
        List<Item> items = row.source().items();
        boolean mark = false;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (isValue(item) || item.kind() == Item.Kind.ITEM_NUMBER) {
                if (i > 0 && items.get(i - 1).kind() == Item.Kind.WORD && item.kind() == Item.Kind.NUMBER
                        && BARE_FOUR_DIGITS.matcher(item.text()).matches()) {
                    mark = true;
                    continue;
                }
                if (item.kind() != Item.Kind.NUMBER || item.text().length() > 2 || i + 1 >= items.size()
                        || !items.get(i + 1).is(Item.Kind.PUNCT, ")")) {
                    return false;
                }
                mark = true;
            }
        }
        return mark;
    }

    /**
     * Line {@code r} of {@code lines} is a line of values: not raised marks alone, nor a number that is a word of
     * the text above it ({@link CellParagraphs#numberInText}).
     */
    static boolean isValuesLine(List<FormTree.Row> lines, int r) {
        FormTree.Row row = lines.get(r);
        return hasValues(row) && !onlyMarks(row) && (r == 0 || !CellParagraphs.numberInText(lines.get(r - 1), row));
    }

    static boolean hasValues(FormTree.Row row) {
        return row.type() == Form4Parser.DATA_ROW
                || row.type() == Form4Parser.LOOSE_VALUE && row.atoms().stream().anyMatch(a -> a.kind() != Atom.Kind.FOOTNOTE);
    }

    /**
     * Without columns, a nature of ownership over three lines prints its first words above the row's values
     * ("See" / "Class A Common Stock ... I 4" / "footnote"): a line that opens a nature ("See", "By") right
     * above the next line of values, after this row's values (and its nature's last line, if any), is the next
     * row's.
     */
    private static boolean opensNextNature(List<FormTree.Row> current, FormTree.Row row, FormTree.Row next) {
        if (current == null || next == null || row.source().hasGeometry() || hasValues(row) && !onlyMarks(row) || !hasValues(next)
                || next.source().blankBefore() || !hasValues(current.get(current.size() - 1)) && !hasValueLine(current)) {
            return false;
        }
        // right under this row's values too ("... 1,133,283" / "By" / "Common Stock 14,000 I" / "Spouse"): a nature
        // is never the one word "By", so the line opens the next row's, centred on its values
        return NATURE_OPENER.matcher(row.source().text()).matches();
    }

    /**
     * What OCR may put before a nature's first word: a border's speck, the raised mark of the value below it ("- 6)
     * See"), or that mark's debris ("- © See", "‘ See", "@) See", "a) See").
     */
    private static final String SPECKS_BEFORE = "(?:[-.,;:'‘’“”\"=~\\s\\d)©®@°*]|(?<![\\p{L}])[a-z]\\))*";

    /** A line that holds only a nature's first word ("See", "- See"): its other words stand below the values. */
    private static final Pattern NATURE_OPENER = Pattern.compile("^" + SPECKS_BEFORE + "(?:See|By)\\s*$");

    /** How a nature of ownership begins: "See footnote", "By Trust" (OCR may put a speck before it: "- See"). */
    static final Pattern NATURE_START = Pattern.compile("^" + SPECKS_BEFORE + "(?:See|By)\\b");

    /**
     * Without columns to go by, a second line of values is the next row. Raised marks alone ("- 6) See", the
     * next row's nature opening with the mark of the amount below it) are no line of values.
     */
    private static boolean hasValueLine(List<FormTree.Row> group) {
        return group.stream().anyMatch(r -> hasValues(r) && !onlyMarks(r));
    }

    private static boolean isValue(Item item) {
        return item.kind() == Item.Kind.DATE || item.kind() == Item.Kind.NUMBER || item.kind() == Item.Kind.PRICE;
    }

    /**
     * The lines of one row as one row: with geometry, cells in column order (a cell's lines in line order), so a
     * title's second line stays in the title; without, in line order, except that a text line after the values
     * continues the title (the first text) unless the row ends with an indirect "I", whose nature it continues.
     */
    private static SourceRow join(List<FormTree.Row> group, boolean derivative) {
        List<SourceCell> cells = new ArrayList<>();
        boolean geometry = group.stream().allMatch(r -> r.source().hasGeometry());
        if (geometry) {
            List<SourceCell> all = new ArrayList<>();
            group.forEach(r -> all.addAll(r.source().cells()));
            all.sort(Comparator.comparingInt(SourceCell::x0).thenComparingInt(c -> c.position().line()));
            cells.addAll(all);
        } else {
            // no columns to go by: one cell, its items in reading order, a trailing text moved to where it belongs
            List<Item> items = new ArrayList<>();
            List<Item> trailing = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            boolean sawValues = false;
            List<Item> leadingNature = new ArrayList<>();
            List<Item> natureBelow = new ArrayList<>(); // Table II: a nature's words beside a title's, under the values
            // Table I's cells one paragraph each (tesseract): a second paragraph of words before the values is
            // the nature, its only text column besides the title ("Class A Common Stock" / "Sequoia" ... / "1,862 I")
            List<Item> natureBlock = new ArrayList<>();
            int natureAt = -1;
            int trailingAt = -1;
            boolean trailingParagraph = false;
            // Table II: the underlying title's pieces on the lines above and below its values (ParallelTitles)
            List<Item> underlying = derivative ? underlyingRun(group) : null;
            // only an indirect holding has a nature: a row without an "I" keeps its words where they were read
            boolean indirect = derivative && endsIndirect(group);
            int[] parallel = underlying != null ? parallelLines(group) : new int[] {-1, group.size()};
            boolean natureOpened = false; // a word read so far opens a nature (or goes on with one)
            boolean natureAbove = false; // Table I: a line above the values opened the nature
            boolean titleOnValues = !derivative && titleOnValuesLine(group);
            List<Item> underAbove = new ArrayList<>();
            List<Item> underBelow = new ArrayList<>();
            for (int g = 0; g < group.size(); g++) {
                FormTree.Row row = group.get(g);
                List<Item> rowItems = row.source().items();
                boolean valuesLine = isValuesLine(group, g);
                if (indirect && natureOpened && !valuesLine && (g < parallel[0] || g > parallel[1])) {
                    // outside the lines the two titles share only the nature, the tallest cell, stands; taken
                    // once its first words were read (a nature's middle alone would be a wrong one, not a missed)
                    (sawValues ? natureBelow : leadingNature).addAll(rowItems);
                    text.append(text.isEmpty() ? "" : " ").append(row.source().text());
                    continue;
                }
                int[] piece = underlying != null && !valuesLine ? ParallelTitles.underlyingPiece(rowItems) : null;
                if (piece == null && underlying != null && !valuesLine) {
                    piece = ParallelTitles.underlyingEdge(rowItems, underlying, sawValues);
                }
                if (piece == null && underlying != null && !valuesLine && !sawValues) {
                    piece = ParallelTitles.underlyingOpening(rowItems, underlying);
                }
                if (piece != null) {
                    List<Item> under = rowItems.subList(piece[0], piece[1]);
                    (sawValues ? underBelow : underAbove).addAll(under);
                    under.clear();
                    if (piece[0] > 0 && ParallelTitles.isBareMark(rowItems.get(piece[0] - 1))) {
                        rowItems.remove(piece[0] - 1); // "Stock 1 Common": a mark between the names, a word of neither
                    }
                }
                int tail = indirect && !valuesLine ? natureTail(rowItems, piece == null ? -1 : piece[0], sawValues,
                        natureOpened || opensNature(rowItems, 0, piece == null ? 0 : piece[0])) : -1;
                natureOpened |= opensNature(rowItems, 0, rowItems.size());
                if (tail >= 0) {
                    List<Item> nature = rowItems.subList(tail, rowItems.size());
                    (sawValues ? natureBelow : leadingNature).addAll(nature);
                    nature.clear();
                }
                if (valuesLine) {
                    sawValues = true;
                    items.addAll(rowItems);
                } else if (!sawValues && !derivative && !items.isEmpty() && (natureAt >= 0 || row.source().blankBefore())) {
                    natureAt = natureAt >= 0 ? natureAt : items.size();
                    natureBlock.addAll(rowItems);
                } else if (!sawValues && NATURE_START.matcher(row.source().text()).lookingAt()) {
                    // "See" over the values: a title never begins so; a mark beside it ("- 6) See") is the
                    // value's below, raised, whose column is not printed: no word of the nature
                    rowItems.stream().filter(i -> i.kind() == Item.Kind.WORD || i.kind() == Item.Kind.DASH)
                            .forEach(leadingNature::add);
                    natureAbove = !derivative;
                } else if (!sawValues && natureAbove && titleOnValues
                        && rowItems.stream().allMatch(i -> i.kind() == Item.Kind.WORD || i.kind() == Item.Kind.PUNCT)) {
                    // Table I's nature centred on its row ("By" / "Sequoia" / "Capital" / "Class A Common Stock
                    // ... I Venture" / "2010"): the title stands on the values line, its only other text column,
                    // so the lines of words between the nature's first line and the values are the nature's
                    leadingNature.addAll(rowItems);
                } else {
                    if (sawValues && trailing.isEmpty()) {
                        trailingAt = items.size();
                        trailingParagraph = row.source().blankBefore();
                    }
                    (sawValues ? trailing : items).addAll(rowItems);
                }
                text.append(text.isEmpty() ? "" : " ").append(row.source().text());
            }
            int readItems = items.size();
            int indirectEnd = indirectEnd(items);
            if (indirectEnd >= 0) {
                leadingNature.addAll(natureBlock);
            } else if (natureAt >= 0) {
                items.addAll(natureAt, natureBlock); // no "I": where it was read
                indirectEnd = indirectEnd(items);
            }
            // In Table I a line under the values continues the title or the nature, its only text columns, and a
            // nature begun beside the I is the one that wraps; in Table II the underlying title wraps too, so
            // there only a nature with nothing beside the I takes the lines
            int natureStart = indirectEnd >= 0 ? natureStart(items, indirectEnd) : -1;
            boolean natureBesideI = derivative && natureStart >= 0 && natureStart < indirectEnd;
            if (indirectEnd >= 0) {
                items.addAll(natureStart, leadingNature); // before the nature's words beside the I
                indirectEnd += leadingNature.size();
            } else {
                items.addAll(0, leadingNature); // no nature to give them to: where they were read
            }
            // marks alone under the values ("I Footnotes2" / "(3)") close the row's last cell, which wraps
            boolean marksOnly = trailing.stream().allMatch(i -> i.kind() == Item.Kind.FOOTNOTE);
            // the title read as a paragraph of its own (cells one a paragraph): a paragraph of words after the
            // values is no line of the title; without an "I" to place it by, it stays where it was read
            boolean titleApart = !hasValues(group.get(0)) && trailingParagraph;
            if (!trailing.isEmpty()) {
                // the nature's lines under the values are known (natureBelow): the other lines are the title's
                boolean toNature = indirectEnd >= 0 && !natureBesideI && natureBelow.isEmpty();
                items.addAll(toNature ? indirectEnd : marksOnly ? items.size()
                        : titleApart ? trailingAt + items.size() - readItems : firstValue(items), trailing);
            }
            if (!natureBelow.isEmpty()) {
                int end = indirectEnd(items);
                items.addAll(end >= 0 ? end : items.size(), natureBelow); // the nature is the row's last column
            }
            if (underlying != null) {
                int end = indexOf(items, underlying.get(underlying.size() - 1)) + 1;
                items.addAll(end, underBelow);
                items.addAll(indexOf(items, underlying.get(0)), underAbove);
            }
            SourceCell first = group.get(0).source().cells().get(0);
            cells.add(new SourceCell(0, items, text.toString(), first.position(), 0, 1));
        }
        List<SourceCell> indexed = reindexed(cells);
        SourceRow first = group.get(0).source();
        SourceRow last = group.get(group.size() - 1).source();
        // without geometry the row stays what it was read from: printed lines, one cell of words one space apart
        return new SourceRow(first.line(), last.lastLine(), geometry ? SourceRow.Shape.TABLE_ROW : SourceRow.Shape.LINE,
                geometry ? first.grid() : -1, first.blankBefore(), indexed);
    }

    /**
     * Table II without columns: where a line of wrapped words turns to the nature of ownership, the table's last
     * column, or -1. Read left to right the line holds the title's piece, the underlying title's, then the
     * nature's: what follows the underlying title's piece ({@code underlyingAt}, -1 if none) when it holds a word
     * and a nature is opened (on this line or one read before), else from a word that opens or goes on with a
     * nature ("See", "By", "footnote"), which no title holds (none of the corpus XML's 2,889 titles; 1,452 of its
     * 1,845 natures begin with By or See). Above the values a
     * line that opens so is left to the reading of a nature's first line; there the title's piece must stand
     * before it.
     */
    private static int natureTail(List<Item> line, int underlyingAt, boolean belowValues, boolean natureOpened) {
        if (underlyingAt >= 0) {
            boolean words = line.stream().skip(underlyingAt).anyMatch(i -> i.kind() == Item.Kind.WORD);
            // a piece of a nature whose first words were not read as such ("SMB" over the title) stays put: a
            // nature read from its middle on would be a wrong one, not a missed one
            return words && (natureOpened || opensNature(line, underlyingAt, line.size())) ? underlyingAt : -1;
        }
        boolean titleBefore = belowValues;
        for (int i = 0; i < line.size(); i++) {
            Item item = line.get(i);
            if (isNatureWord(item)) {
                return titleBefore ? i : -1;
            }
            titleBefore |= item.kind() == Item.Kind.WORD;
        }
        return -1;
    }

    private static boolean opensNature(List<Item> line, int from, int to) {
        return line.subList(from, to).stream().anyMatch(TableRows::isNatureWord);
    }

    static boolean isNatureWord(Item item) {
        return item.kind() == Item.Kind.WORD && NATURE_WORD.matcher(item.text()).matches();
    }

    /** A nature's opening word, or "footnote(s)" that goes on with "See" (OCR may leave specks after it). */
    private static final Pattern NATURE_WORD = Pattern.compile("(?i)(?:see|by|footnotes?\\W{0,2})");

    /** The group's first line of values opens with the row's title ("Class A Common Stock 06/20/2019 ..."). */
    private static boolean titleOnValuesLine(List<FormTree.Row> group) {
        for (int g = 0; g < group.size(); g++) {
            if (isValuesLine(group, g)) {
                return CellParagraphs.opensWithTitle(group.get(g));
            }
        }
        return false;
    }

    /** Some line of values of the group ends with an indirect "I" (see {@link #indirectEnd}). */
    private static boolean endsIndirect(List<FormTree.Row> group) {
        for (int g = 0; g < group.size(); g++) {
            if (isValuesLine(group, g)) {
                List<Item> items = group.get(g).source().items();
                if (indirectEnd(items) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words of the underlying title on the group's one line of values, or null (see {@link ParallelTitles}). */
    private static List<Item> underlyingRun(List<FormTree.Row> group) {
        List<Item> values = null;
        for (int g = 0; g < group.size(); g++) {
            if (isValuesLine(group, g)) {
                if (values != null) {
                    return null; // two lines of values: which one a piece belongs beside is not known
                }
                values = new ArrayList<>();
                for (SourceCell cell : group.get(g).source().cells()) {
                    values.addAll(cell.items());
                }
            }
        }
        int[] run = values == null ? null : ParallelTitles.underlyingRun(values);
        return run == null ? null : List.copyOf(values.subList(run[0], run[1]));
    }

    /**
     * Table II without columns: the first line above the values and the last below them that hold the title's
     * and the underlying title's pieces side by side ({@link ParallelTitles#underlyingPiece}); -1 and the group's
     * size where no such line stands on that side. The two names wrap over the same lines, centred on the
     * values, so a line beyond them holds neither.
     */
    private static int[] parallelLines(List<FormTree.Row> group) {
        int first = -1;
        int last = group.size();
        boolean sawValues = false;
        for (int g = 0; g < group.size(); g++) {
            if (isValuesLine(group, g)) {
                sawValues = true;
                continue;
            }
            List<Item> items = group.get(g).source().items();
            if (ParallelTitles.underlyingPiece(items) != null) {
                if (!sawValues && first < 0) {
                    first = g;
                } else if (sawValues) {
                    last = g;
                }
            }
        }
        return new int[] {first, last};
    }

    /** Where this very item stands (items of two lines may be equal in text). */
    private static int indexOf(List<Item> items, Item item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == item) {
                return i;
            }
        }
        throw new IllegalStateException("item not in its row");
    }

    private static List<SourceCell> reindexed(List<SourceCell> cells) {
        List<SourceCell> indexed = new ArrayList<>();
        for (SourceCell cell : cells) {
            indexed.add(new SourceCell(indexed.size(), cell.items(), cell.text(), cell.position(), cell.x0(), cell.x1()));
        }
        return indexed;
    }

    /**
     * Where the nature of a row that ends with an indirect "I" goes: after the I and the nature's words read
     * beside it ("I Footnotes®"), before its marks; -1 when the row does not end so. A bare number of one or two
     * digits at the end ("I 4", "I 4)") is no value of the row: it is the nature's mark with its parentheses
     * lost, and the nature's words go before it.
     */
    static int indirectEnd(List<Item> items) {
        int end = items.size();
        boolean marks = true;
        for (int i = items.size() - 1; i >= 0; i--) {
            Item item = items.get(i);
            boolean bareMark = item.kind() == Item.Kind.NUMBER && item.text().length() <= 2
                    && (i == items.size() - 1 || i == items.size() - 2 && items.get(i + 1).is(Item.Kind.PUNCT, ")"));
            if (marks && (item.kind() == Item.Kind.FOOTNOTE || item.is(Item.Kind.PUNCT, ")") || bareMark)) {
                end = i;
                continue;
            }
            marks = false;
            if (isIndirectForm(items, i)) {
                return end;
            }
            if (item.kind() != Item.Kind.WORD && item.kind() != Item.Kind.PUNCT && item.kind() != Item.Kind.NOISE
                    && !(item.kind() == Item.Kind.NUMBER && BARE_FOUR_DIGITS.matcher(item.text()).matches())) {
                return -1; // a value: no I before the row's last words
            }
        }
        return -1;
    }

    /**
     * Item {@code i} is the ownership form I right after a value: "I", or what OCR makes of its thin stroke ("1",
     * "i", "l", as the column aligner reads the D/I column) when a nature's words follow it ("12,687,274 1
     * Footnotes"), as only an indirect form's do.
     */
    private static boolean isIndirectForm(List<Item> items, int i) {
        if (i == 0 || !isValue(items.get(i - 1))) {
            return false;
        }
        Item item = items.get(i);
        if (item.kind() == Item.Kind.WORD && item.text().equals("I")) {
            return true;
        }
        boolean stroke = item.kind() == Item.Kind.NUMBER && item.text().equals("1")
                || item.kind() == Item.Kind.WORD && (item.text().equals("i") || item.text().equals("l"));
        return stroke && items.subList(i + 1, items.size()).stream()
                .anyMatch(w -> w.kind() == Item.Kind.WORD && w.text().chars().filter(Character::isLetter).count() >= 2);
    }

    /**
     * Four digits without a separator: a word of a nature ("Venture 2010 Fund"), no amount, which the form prints
     * with its thousands separated ("2,010").
     */
    private static final Pattern BARE_FOUR_DIGITS = Pattern.compile("\\d{4}");

    /** Where the words after the row's indirect "I" begin (see {@link #indirectEnd}), or -1. */
    private static int natureStart(List<Item> items, int indirectEnd) {
        for (int i = indirectEnd - 1; i > 0; i--) {
            if (isIndirectForm(items, i)) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * Where a title continued on a later line goes: before the row's first value and the marks right before it
     * (on the values line those are the next column's, a footnote-only price, or the title's, read after its
     * last word either way).
     */
    private static int firstValue(List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            if (isValue(items.get(i))) {
                while (i > 0 && items.get(i - 1).kind() == Item.Kind.FOOTNOTE) {
                    i--;
                }
                return i;
            }
        }
        return items.size();
    }
}
