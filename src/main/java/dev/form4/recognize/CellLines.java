package dev.form4.recognize;

import dev.form4.parse.FormTree;
import dev.form4.source.Atomizer;
import dev.form4.source.Item;
import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A table whose lines are its cells' lines, one cell a line, in column order (MuPDF's text: the page's runs of
 * text in the order the page drew them). The captions come first, cell by cell, so the pieces of them the row
 * classifier left among the table's rows ("V", "Amount or" / "Number of" / "Shares") stand before the first row
 * and after a page break's repeated title; they are no row's cells. The rows are then split where the columns'
 * order starts again ({@link RunTogetherRows#segment}): a blank line parts the page's blocks, and a row's cells of
 * other heights make blocks of their own, so a blank line does not end a row.
 */
final class CellLines {

    private CellLines() {
    }

    /**
     * The table's rows. The captions' sub-captions are cells of their own lines, which say nothing of where a
     * row's cells stand, so the aligner goes by the values and the columns' order alone.
     */
    static List<TableRows.Logical> rows(FormTree.Table table, boolean derivative) {
        List<FormTree.Row> lines = textCells(withoutCaptionPieces(table, derivative));
        List<TableRows.Logical> rows = new ArrayList<>();
        if (lines.isEmpty()) {
            return rows;
        }
        List<FormTree.Row> read = new ArrayList<>(RunTogetherRows.segment(lines, derivative, true, Map.of()));
        if (read.isEmpty()) {
            // no split reads the whole table: each page's part read apart, so that a page no split reads does not
            // cost the others their rows (a row cut by the page break is then lost, as it would be anyway)
            for (List<FormTree.Row> page : pages(lines, table.repeatedTitles())) {
                List<FormTree.Row> pageRows = RunTogetherRows.segment(page, derivative, true, Map.of());
                if (!pageRows.isEmpty()) {
                    read.addAll(pageRows);
                    continue;
                }
                // nor the page's: its stretches between rows that surely end read apart
                for (List<FormTree.Row> stretch : stretches(page)) {
                    read.addAll(RunTogetherRows.segment(stretch, derivative, true, Map.of()));
                }
            }
        }
        read.forEach(r -> rows.add(new TableRows.Logical(r.source(), r.atoms())));
        return rows;
    }

    /**
     * The lines parted where a row surely ends and the next begins: a line that is an ownership flag alone ("D",
     * "I(4)") with a title after it (a nature opens with "By" or "See"; a title after the flag is the next row's).
     */
    private static List<List<FormTree.Row>> stretches(List<FormTree.Row> lines) {
        return runs(lines, i -> i > 0 && lines.get(i).source().blankBefore() && isFlag(lines.get(i - 1))
                && opensTitle(lines.get(i)));
    }

    /** The lines in runs, a new one starting at each line (by its index) that {@code startsRun} accepts. */
    private static List<List<FormTree.Row>> runs(List<FormTree.Row> lines, IntPredicate startsRun) {
        List<List<FormTree.Row>> runs = new ArrayList<>();
        List<FormTree.Row> run = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (startsRun.test(i) && !run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(lines.get(i));
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static boolean isFlag(FormTree.Row line) {
        List<Item> items = items(line);
        return !items.isEmpty() && RunTogetherRows.isOwnershipFlag(items.get(0))
                && items.subList(1, items.size()).stream().allMatch(i -> i.kind() == Item.Kind.FOOTNOTE);
    }

    private static boolean opensTitle(FormTree.Row line) {
        List<Item> items = items(line);
        return !items.isEmpty() && RunTogetherRows.isTitleStart(items.get(0)) && !RunTogetherRows.opensNature(items.get(0));
    }

    /** The lines parted where a page break's repeated title stands: the first line after it opens the next part. */
    private static List<List<FormTree.Row>> pages(List<FormTree.Row> lines, List<FormTree.Row> titles) {
        List<Integer> breaks = titles.stream().map(t -> t.source().line()).sorted().toList();
        int[] next = {0}; // the first break not yet passed
        return runs(lines, i -> {
            int line = lines.get(i).source().line();
            boolean passed = false;
            while (next[0] < breaks.size() && line > breaks.get(next[0])) {
                next[0]++;
                passed = true;
            }
            return passed;
        });
    }

    /**
     * A text cell's lines joined where the break alone would misread them: after a word broken at its hyphen
     * ("Non-" / "Qualifed", "Series D-" / "1 Preferred Stock"), and before a line that opens with a number with
     * words after it ("Venture" / "2010 Fund,"): a value's cell holds nothing after its value but marks, so the
     * number is a word of the text above. Other lines stay apart: each may be a column's text of its own (a
     * title, then the underlying title).
     */
    static List<FormTree.Row> textCells(List<FormTree.Row> lines) {
        List<FormTree.Row> out = new ArrayList<>();
        for (FormTree.Row line : lines) {
            FormTree.Row above = out.isEmpty() ? null : out.get(out.size() - 1);
            if (above != null && !line.source().blankBefore() && line.source().line() == above.source().lastLine() + 1
                    && continuesText(items(above), items(line))) {
                List<Item> joined = new ArrayList<>(items(above));
                joined.addAll(items(line));
                SourceCell first = above.source().cells().get(0);
                SourceCell cell = new SourceCell(0, joined, first.text() + " " + line.source().text(), first.position(), 0, 1);
                SourceRow row = new SourceRow(above.source().line(), line.source().lastLine(), SourceRow.Shape.LINE, -1,
                        above.source().blankBefore(), List.of(cell));
                out.set(out.size() - 1, new FormTree.Row(above.type(), row, Atomizer.atoms(row)));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static boolean continuesText(List<Item> above, List<Item> line) {
        if (above.isEmpty() || line.isEmpty()) {
            return false;
        }
        Item last = above.get(above.size() - 1);
        if (last.kind() == Item.Kind.DASH && above.size() > 1 && above.get(above.size() - 2).touches(last)) {
            return true; // "Non-" / "Qualifed", "2010-" / "Seed"
        }
        boolean words = above.stream().anyMatch(i -> i.kind() == Item.Kind.WORD && i.text().length() >= 2);
        if (!words || last.kind() != Item.Kind.WORD && last.kind() != Item.Kind.PUNCT) {
            return false; // marks close a cell; a value ends its own
        }
        return line.get(0).kind() == Item.Kind.NUMBER && line.size() > 1 && (line.get(1).kind() == Item.Kind.DASH
                || line.subList(1, line.size()).stream().anyMatch(i -> i.kind() == Item.Kind.WORD && i.text().length() >= 2));
    }

    private static List<Item> items(FormTree.Row row) {
        return row.source().items();
    }

    /**
     * The body's lines without the captions' pieces: a line among the captions (another caption line follows
     * before any value), or right after them made of the captions' words only.
     */
    static List<FormTree.Row> withoutCaptionPieces(FormTree.Table table, boolean derivative) {
        List<FormTree.Row> marks = new ArrayList<>(table.captions());
        marks.addAll(table.repeatedTitles());
        marks.sort(Comparator.comparingInt(r -> r.source().line()));
        // the body keeps its order (a front-end may have put blocks read column by column back row by row, their
        // lines then out of order); the captions and repeated titles go in before the first row below them
        List<FormTree.Row> all = new ArrayList<>();
        int next = 0;
        for (FormTree.Row row : table.body()) {
            while (next < marks.size() && marks.get(next).source().line() < row.source().line()) {
                all.add(marks.get(next++));
            }
            all.add(row);
        }
        all.addAll(marks.subList(next, marks.size()));
        List<FormTree.Row> kept = new ArrayList<>();
        boolean inCaptions = false;
        for (int i = 0; i < all.size(); i++) {
            FormTree.Row row = all.get(i);
            if (marks.contains(row)) {
                inCaptions = true;
                continue;
            }
            if (inCaptions && (captionFollowsBeforeValues(all, marks, i) || CaptionDebris.isCaptionLine(row.source().text(), derivative))) {
                continue;
            }
            inCaptions = false;
            kept.add(row);
        }
        return kept;
    }

    private static boolean captionFollowsBeforeValues(List<FormTree.Row> all, List<FormTree.Row> marks, int from) {
        for (int i = from; i < all.size(); i++) {
            if (marks.contains(all.get(i))) {
                return true;
            }
            if (hasAmountOrDate(all.get(i))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A date, a price or a number of three characters or more: what no caption line holds (its column and
     * instruction numbers, "8)", "5.", "3, 4 and 5)", have one or two).
     */
    private static boolean hasAmountOrDate(FormTree.Row row) {
        for (var cell : row.source().cells()) {
            for (Item item : cell.items()) {
                if (item.kind() == Item.Kind.DATE || item.kind() == Item.Kind.PRICE
                        || item.kind() == Item.Kind.NUMBER && item.text().length() > 2) {
                    return true;
                }
            }
        }
        return false;
    }
}
