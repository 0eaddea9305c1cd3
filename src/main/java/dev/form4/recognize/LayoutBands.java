package dev.form4.recognize;

import dev.form4.parse.Form4Parser;
import dev.form4.parse.FormTree;
import dev.form4.source.Item;
import dev.form4.source.SourceCell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rows of a table printed on a page and read back line by line ({@code pdftotext -layout}): which of the
 * lines between two rows' values belong to the row above and which to the row below.
 *
 * <p>A row's values stand on one line (or a few: its anchor); a cell with more text than one line ("See" /
 * "footnote(4)", "By Sequoia Capital U.S. Growth Fund VII, L.P.") spreads over lines above and below it. The
 * page centres every cell of a row on the row, so a cell has as many lines above its row's anchor as below it.
 * Between two anchors, each column's lines are split where that holds best for both rows; a row with no title
 * at all takes the title lines nearest to it, since every row of the form has one. Columns are told apart by
 * the cells' horizontal extents, each column on its own.
 */
final class LayoutBands {

    /** A row without a title costs more than any imbalance of centred cells a page shows. */
    private static final double NO_TITLE = 4;
    /** Characters by which the ends of one column's right-aligned numbers may differ from line to line. */
    private static final int COLUMN_SLACK = 1;
    /** Between equally balanced splits, a line goes to the nearer row. */
    private static final double DISTANCE = 0.01;
    /**
     * A footnote mark closes its cell's text ("Fund IV," / "L.P.(2)"): a row whose cell would go on past one costs
     * more than the imbalance a page break leaves in the last row of a run.
     */
    private static final double MARK_INSIDE = 3;

    /**
     * A row owned directly has no nature of ownership: in the corpus XML every one of the 1,044 rows marked D has
     * none and every one of the 1,845 marked I has one. Lines right of a row's D go to a neighbour.
     */
    private static final double NATURE_OF_DIRECT = NO_TITLE;

    private LayoutBands() {
    }

    /** The row's ownership form, its anchor's last D or I, is D and stands left of the column. */
    private static boolean directBefore(Band band, int[] column) {
        SourceCell flag = null;
        for (SourceCell cell : band.cells()) {
            String text = cell.text().strip();
            if ((text.equals("D") || text.equals("I")) && (flag == null || cell.x0() > flag.x0())) {
                flag = cell;
            }
        }
        return flag != null && flag.text().strip().equals("D") && flag.x1() <= column[0];
    }

    /** One row of the form: the lines of its values and every cell that belongs to it. */
    record Band(List<FormTree.Row> valueLines, List<SourceCell> cells) {
        int first() {
            return valueLines.get(0).source().line();
        }

        int last() {
            return valueLines.get(valueLines.size() - 1).source().lastLine();
        }
    }

    /**
     * The rows of one run of lines (no blank line, nothing else between them): a line of values starts a new
     * row when it puts something in a column the row's lines of values already fill.
     */
    static List<Band> of(List<FormTree.Row> lines) {
        List<Band> bands = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            FormTree.Row line = lines.get(l);
            if (!holdsValues(line, l == 0 ? null : lines.get(l - 1))) {
                continue;
            }
            Band current = bands.isEmpty() ? null : bands.get(bands.size() - 1);
            if (current == null || fillsAgain(current.valueLines(), line)) {
                bands.add(new Band(new ArrayList<>(List.of(line)), new ArrayList<>()));
            } else {
                current.valueLines().add(line);
            }
        }
        if (bands.isEmpty()) {
            return bands;
        }
        // cells of the anchors' own lines, and of text lines inside an anchor's span, are the anchor's
        List<List<Placed>> regions = new ArrayList<>(); // 0: above the first anchor, i: between i-1 and i, k: below the last
        for (int i = 0; i <= bands.size(); i++) {
            regions.add(new ArrayList<>());
        }
        for (FormTree.Row line : lines) {
            int at = line.source().line();
            int inside = -1;
            for (int b = 0; b < bands.size() && inside < 0; b++) {
                if (at >= bands.get(b).first() && at <= bands.get(b).last()) {
                    inside = b;
                }
            }
            if (inside >= 0) {
                bands.get(inside).cells().addAll(nonBlank(line));
                continue;
            }
            int region = 0;
            while (region < bands.size() && at > bands.get(region).last()) {
                region++;
            }
            for (SourceCell cell : nonBlank(line)) {
                regions.get(region).add(new Placed(cell, at));
            }
        }
        regions.get(0).forEach(p -> bands.get(0).cells().add(p.cell()));
        regions.get(bands.size()).forEach(p -> bands.get(bands.size() - 1).cells().add(p.cell()));
        if (bands.size() > 1) {
            splitBetween(bands, regions);
        }
        List<Band> stacked = new ArrayList<>();
        for (Band band : bands) {
            stacked.add(new Band(band.valueLines(), stacks(band.cells())));
        }
        return stacked;
    }

    /**
     * A row's cells as the page has them: the lines of one cell (one column, one line under the other) are one
     * cell, with a line break between them, so a number inside a text stays in it ("Venture" / "2010" / "Fund").
     * In column order.
     */
    private static List<SourceCell> stacks(List<SourceCell> cells) {
        List<SourceCell> byLine = new ArrayList<>(cells);
        byLine.sort(Comparator.comparingInt((SourceCell c) -> c.position().line()).thenComparingInt(SourceCell::x0));
        List<SourceCell> stacks = new ArrayList<>();
        for (SourceCell cell : byLine) {
            int onTop = -1;
            for (int i = stacks.size() - 1; i >= 0 && onTop < 0; i--) {
                SourceCell stack = stacks.get(i);
                if (stack.position().line() < cell.position().line() && stack.overlaps(cell.x0(), cell.x1())
                        && !isMarkOnly(stack) && !isMarkOnly(cell)) {
                    onTop = i;
                }
            }
            if (onTop < 0) {
                stacks.add(cell);
            } else {
                stacks.set(onTop, below(stacks.get(onTop), cell));
            }
        }
        stacks.sort(Comparator.comparingInt(SourceCell::x0).thenComparingInt(c -> c.position().line()));
        return stacks;
    }

    private static SourceCell below(SourceCell top, SourceCell next) {
        List<Item> items = new ArrayList<>(top.items());
        items.add(new Item(Item.Kind.BREAK, "", next.position(), false));
        items.addAll(next.items());
        return new SourceCell(top.index(), items, top.text() + " " + next.text(), top.position(),
                Math.min(top.x0(), next.x0()), Math.max(top.x1(), next.x1()));
    }

    /** A footnote mark alone ("(3)" over a value): the aligner reads it where it stands, never inside a text. */
    private static boolean isMarkOnly(SourceCell cell) {
        return !cell.items().isEmpty() && cell.items().stream().allMatch(i -> i.kind() == Item.Kind.FOOTNOTE);
    }

    /**
     * A line that holds a value of its own. Words and footnote marks alone ("footnote(4)") are a cell's text, and
     * so is a bare number right under a text in its column ("Venture" / "2010-" / "Seed Fund", "2010 Fund,"): a
     * value of the form stands in a column of values.
     */
    private static boolean holdsValues(FormTree.Row line, FormTree.Row above) {
        if (line.type() != Form4Parser.DATA_ROW && line.type() != Form4Parser.LOOSE_VALUE) {
            return false; // the row's class says text ("and 5)" ending a caption)
        }
        for (SourceCell cell : contentCells(line)) {
            boolean value = cell.items().stream().anyMatch(Item::isValue) || isLoneLetter(cell);
            if (value && !continuesText(cell, above)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLoneLetter(SourceCell cell) {
        return cell.items().stream().filter(i -> i.kind() == Item.Kind.WORD).count() == 1
                && cell.items().stream().anyMatch(i -> i.kind() == Item.Kind.WORD && i.text().length() == 1
                && Character.isUpperCase(i.text().charAt(0)));
    }

    private static boolean continuesText(SourceCell cell, FormTree.Row above) {
        boolean bareNumbers = cell.items().stream().filter(Item::isValue)
                .allMatch(i -> i.kind() == Item.Kind.NUMBER && i.text().chars().allMatch(Character::isDigit));
        if (!bareNumbers || above == null || above.source().lastLine() + 1 != cell.position().line()) {
            return false;
        }
        for (SourceCell over : above.source().cells()) {
            if (over.overlaps(cell.x0(), cell.x1()) && !over.items().isEmpty()
                    && over.items().stream().allMatch(i -> i.kind() == Item.Kind.WORD || i.kind() == Item.Kind.PUNCT
                    || i.kind() == Item.Kind.DASH)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line has a cell (a value, a title) under or over one of the row's value lines. Right-aligned numbers
     * of one column may end a character apart ("0" over "9,948"), so extents one character apart count as one.
     */
    private static boolean fillsAgain(List<FormTree.Row> valueLines, FormTree.Row line) {
        for (FormTree.Row earlier : valueLines) {
            for (SourceCell a : contentCells(earlier)) {
                for (SourceCell b : contentCells(line)) {
                    if (a.overlaps(b.x0() - COLUMN_SLACK, b.x1() + COLUMN_SLACK)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Cells with more than a footnote mark ("(3)" above a value belongs to the value's row). */
    private static List<SourceCell> contentCells(FormTree.Row line) {
        return line.source().cells().stream()
                .filter(c -> c.items().stream().anyMatch(i -> i.kind() != Item.Kind.FOOTNOTE && i.kind() != Item.Kind.NOISE
                        && i.kind() != Item.Kind.PUNCT && i.kind() != Item.Kind.BREAK))
                .toList();
    }

    private record Placed(SourceCell cell, int line) {
    }

    /** The cells between anchors, column by column: each column's lines split to keep every row's cells centred. */
    private static void splitBetween(List<Band> bands, List<List<Placed>> regions) {
        List<Placed> all = new ArrayList<>();
        regions.forEach(all::addAll);
        int left = Integer.MAX_VALUE;
        for (Placed p : all) {
            left = Math.min(left, p.cell().x0());
        }
        for (Band band : bands) {
            for (SourceCell cell : band.cells()) {
                left = Math.min(left, cell.x0());
            }
        }
        for (int[] column : columns(all)) {
            boolean title = column[0] <= left;
            assignColumn(bands, regions, column, title);
        }
    }

    /** Horizontal extents of the columns the text cells form: cells whose extents overlap are one column. */
    private static List<int[]> columns(List<Placed> cells) {
        List<int[]> extents = new ArrayList<>();
        cells.stream().map(p -> new int[] {p.cell().x0(), p.cell().x1()}).sorted(Comparator.comparingInt(e -> e[0]))
                .forEach(e -> {
                    int[] last = extents.isEmpty() ? null : extents.get(extents.size() - 1);
                    if (last != null && e[0] < last[1]) {
                        last[1] = Math.max(last[1], e[1]);
                    } else {
                        extents.add(e);
                    }
                });
        return extents;
    }

    private static boolean inColumn(SourceCell cell, int[] column) {
        return cell.overlaps(column[0], column[1]);
    }

    /**
     * One column: how many of its cells in each gap between anchors go to the row above (the rest to the row
     * below), chosen by a dynamic program over the gaps that minimises, summed over the rows, the difference
     * between a row's lines above and below its anchor.
     */
    private static void assignColumn(List<Band> bands, List<List<Placed>> regions, int[] column, boolean title) {
        int k = bands.size();
        List<List<Placed>> gaps = new ArrayList<>(); // gaps.get(i): between band i and i+1
        for (int i = 1; i < k; i++) {
            List<Placed> gap = new ArrayList<>();
            for (Placed p : regions.get(i)) {
                if (inColumn(p.cell(), column)) {
                    gap.add(p);
                }
            }
            gap.sort(Comparator.comparingInt(Placed::line).thenComparingInt(p -> p.cell().x0()));
            gaps.add(gap);
        }
        int above0 = count(regions.get(0), column);
        int belowLast = count(regions.get(k), column);
        boolean[] onAnchor = new boolean[k];
        boolean[] anchorEndsInMark = new boolean[k];
        for (int i = 0; i < k; i++) {
            for (SourceCell cell : bands.get(i).cells()) {
                if (inColumn(cell, column)) {
                    onAnchor[i] = true;
                    anchorEndsInMark[i] = endsInMark(cell);
                }
            }
        }
        boolean[] direct = new boolean[k];
        for (int i = 0; i < k; i++) {
            direct[i] = directBefore(bands.get(i), column);
        }
        // best[i][s]: least cost of rows 0..i with s cells of gap i given to row i
        double[][] best = new double[k][];
        int[][] from = new int[k][];
        for (int i = 0; i < k; i++) {
            int options = i < k - 1 ? gaps.get(i).size() + 1 : 1;
            best[i] = new double[options];
            from[i] = new int[options];
            for (int s = 0; s < options; s++) {
                int below = i < k - 1 ? s : belowLast;
                double bestCost = Double.POSITIVE_INFINITY;
                int bestFrom = 0;
                int previousOptions = i == 0 ? 1 : best[i - 1].length;
                for (int t = 0; t < previousOptions; t++) {
                    int above = i == 0 ? above0 : gaps.get(i - 1).size() - t;
                    double cost = (i == 0 ? 0 : best[i - 1][t]) + rowCost(above, below, onAnchor[i], title)
                            + (direct[i] && above + below > 0 ? NATURE_OF_DIRECT : 0)
                            + (markInside(i == 0 ? List.of() : gaps.get(i - 1), t, anchorEndsInMark[i], onAnchor[i],
                                    i < k - 1 ? gaps.get(i) : List.of(), s) ? MARK_INSIDE : 0)
                            + DISTANCE * (distanceBelow(bands.get(i), i < k - 1 ? gaps.get(i) : List.of(), s)
                            + (i == 0 ? 0 : distanceAbove(bands.get(i), gaps.get(i - 1), t)));
                    if (cost < bestCost) {
                        bestCost = cost;
                        bestFrom = t;
                    }
                }
                best[i][s] = bestCost;
                from[i][s] = bestFrom;
            }
        }
        int s = 0;
        for (int i = k - 1; i > 0; i--) {
            int t = from[i][s];
            List<Placed> gap = gaps.get(i - 1);
            for (int c = 0; c < gap.size(); c++) {
                bands.get(c < t ? i - 1 : i).cells().add(gap.get(c).cell());
            }
            s = t;
        }
    }

    /**
     * Whether a row's lines in one column (the gap above from its {@code t}-th cell, the anchor's cell, the first
     * {@code s} cells of the gap below) hold a cell ending in a footnote mark before their last line.
     */
    private static boolean markInside(List<Placed> gapAbove, int t, boolean anchorEndsInMark, boolean onAnchor,
            List<Placed> gapBelow, int s) {
        int total = gapAbove.size() - t + (onAnchor ? 1 : 0) + s;
        int position = 0;
        for (int c = t; c < gapAbove.size(); c++, position++) {
            if (position < total - 1 && endsInMark(gapAbove.get(c).cell())) {
                return true;
            }
        }
        if (onAnchor) {
            if (position < total - 1 && anchorEndsInMark) {
                return true;
            }
            position++;
        }
        for (int c = 0; c < s; c++, position++) {
            if (position < total - 1 && endsInMark(gapBelow.get(c).cell())) {
                return true;
            }
        }
        return false;
    }

    /** A text cell whose last item is a footnote mark ("L.P.(2)"); a mark alone is no text. */
    private static boolean endsInMark(SourceCell cell) {
        List<Item> items = cell.items();
        return items.size() >= 2 && items.get(items.size() - 1).kind() == Item.Kind.FOOTNOTE
                && items.stream().anyMatch(i -> i.kind() == Item.Kind.WORD);
    }

    private static double rowCost(int above, int below, boolean onAnchor, boolean title) {
        double cost = Math.abs(above - below);
        if (title && above + below == 0 && !onAnchor) {
            cost += NO_TITLE;
        }
        return cost;
    }

    /** Lines from the row's anchor to the first {@code s} cells of the gap below it. */
    private static int distanceBelow(Band band, List<Placed> gap, int s) {
        int sum = 0;
        for (int c = 0; c < s; c++) {
            sum += gap.get(c).line() - band.last();
        }
        return sum;
    }

    /** Lines from the cells of the gap above the row, from the {@code t}-th on, to its anchor. */
    private static int distanceAbove(Band band, List<Placed> gap, int t) {
        int sum = 0;
        for (int c = t; c < gap.size(); c++) {
            sum += band.first() - gap.get(c).line();
        }
        return sum;
    }

    private static int count(List<Placed> cells, int[] column) {
        int n = 0;
        for (Placed p : cells) {
            if (inColumn(p.cell(), column)) {
                n++;
            }
        }
        return n;
    }

    private static List<SourceCell> nonBlank(FormTree.Row line) {
        return line.source().cells().stream().filter(c -> !c.text().isBlank()).toList();
    }
}
