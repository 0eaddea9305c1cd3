package dev.form4.source;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of the document as an input front-end read it: a pipe-table row, a row (or one visual line of a
 * row) of an HTML table, a line of layout or OCR text, a heading. The form grammar gets one token per row.
 *
 * @param line     1-based source line of the row's start
 * @param lastLine 1-based source line of its end (a row of an HTML table may span several)
 * @param shape    how the converter wrote it
 * @param grid     rows with the same grid number (>= 0) share one horizontal scale, so their cells' extents
 *                 can be compared; -1 when the row has no geometry (a line of prose, OCR text)
 * @param blankBefore a blank line stands between this row and the one before it
 * @param continues   this row is a further line of the row before it, as the converter delimited rows (the
 *                    second line of an HTML table row whose cell holds two lines)
 * @param text     the cells' visible texts joined with " | ", empty cells left out (computed once: captions
 *                 and titles are matched against it)
 */
public record SourceRow(int line, int lastLine, Shape shape, int grid, boolean blankBefore, boolean continues,
                        List<SourceCell> cells, String text) {

    public enum Shape {
        /** A row of a table as the converter delimited it: cells in columns, one row of the form. */
        TABLE_ROW,
        /**
         * A line of text: prose, or one line of the page, which may hold a whole table row or part of one
         * (pdftotext and OCR put a row whose cells hold several lines on several lines).
         */
        LINE,
        /** A Markdown heading. */
        HEADING
    }

    public SourceRow {
        cells = List.copyOf(cells);
    }

    public SourceRow(int line, int lastLine, Shape shape, int grid, boolean blankBefore, List<SourceCell> cells) {
        this(line, lastLine, shape, grid, blankBefore, false, cells, joined(cells));
    }

    public SourceRow(int line, int lastLine, Shape shape, int grid, boolean blankBefore, boolean continues,
                     List<SourceCell> cells) {
        this(line, lastLine, shape, grid, blankBefore, continues, cells, joined(cells));
    }

    /** Every cell's items, in cell order (a new list). */
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        cells.forEach(c -> items.addAll(c.items()));
        return items;
    }

    /** The cell whose {@link SourceCell#index()} is {@code index} (a row may leave its empty cells out), or null. */
    public SourceCell cellIndexed(int index) {
        for (SourceCell cell : cells) {
            if (cell.index() == index) {
                return cell;
            }
        }
        return null;
    }

    public boolean hasGeometry() {
        return grid >= 0;
    }

    public boolean isBlank() {
        for (SourceCell cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String joined(List<SourceCell> cells) {
        // a row of one cell with text (every line of prose, layout or OCR text) is that cell's text: no copy
        String first = "";
        StringBuilder sb = null;
        for (SourceCell cell : cells) {
            if (!cell.text().isEmpty()) {
                if (first.isEmpty()) {
                    first = cell.text();
                } else {
                    sb = sb != null ? sb : new StringBuilder(first);
                    sb.append(" | ").append(cell.text());
                }
            }
        }
        return sb != null ? sb.toString() : first;
    }
}
