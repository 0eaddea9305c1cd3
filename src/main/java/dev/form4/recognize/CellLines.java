package dev.form4.recognize;

import dev.form4.parse.FormTree;
import dev.form4.source.Item;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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

    static List<TableRows.Logical> rows(FormTree.Table table, boolean derivative, Map<Column, Integer> hints) {
        List<FormTree.Row> lines = withoutCaptionPieces(table, derivative);
        List<TableRows.Logical> rows = new ArrayList<>();
        if (!lines.isEmpty()) {
            RunTogetherRows.segment(lines, derivative, hints).forEach(r -> rows.add(new TableRows.Logical(r.source(), r.atoms())));
        }
        return rows;
    }

    /**
     * The body's lines without the captions' pieces: a line among the captions (another caption line follows
     * before any value), or right after them made of the captions' words only.
     */
    static List<FormTree.Row> withoutCaptionPieces(FormTree.Table table, boolean derivative) {
        List<FormTree.Row> all = new ArrayList<>(table.body());
        List<FormTree.Row> marks = new ArrayList<>(table.captions());
        marks.addAll(table.repeatedTitles());
        all.addAll(marks);
        all.sort(Comparator.comparingInt(r -> r.source().line()));
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
