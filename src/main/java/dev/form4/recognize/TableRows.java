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

    static List<Logical> of(List<FormTree.Row> body, boolean derivative, Map<Column, Integer> hints) {
        List<Logical> rows = new ArrayList<>();
        List<FormTree.Row> current = null;
        List<FormTree.Row> laidOut = new ArrayList<>(); // a run of page lines (pdftotext), read by LayoutBands
        if (linesStandApart(body)) {
            List<FormTree.Row> rowsOfLines = RunTogetherRows.segment(body, derivative, hints);
            if (!rowsOfLines.isEmpty()) {
                rowsOfLines.forEach(r -> rows.add(new Logical(r.source(), r.atoms())));
                return rows;
            }
        }
        List<FormTree.Row> lines = new ArrayList<>();
        for (FormTree.Row row : body) {
            // a line without positions may hold several rows (pdf2md writes a table as one paragraph)
            lines.addAll(isPageLine(row.source()) || row.source().shape() == SourceRow.Shape.TABLE_ROW
                    ? List.of(row) : RunTogetherRows.split(row, derivative, hints));
        }
        for (FormTree.Row row : lines) {
            SourceRow source = row.source();
            if (isPageLine(source)) {
                close(current, rows);
                current = null;
                if (!laidOut.isEmpty() && (source.blankBefore() || !follows(laidOut.get(laidOut.size() - 1), row))) {
                    addBands(laidOut, rows);
                }
                laidOut.add(row);
                continue;
            }
            addBands(laidOut, rows);
            boolean values = hasValues(row);
            if (source.continues() && current != null) {
                current.add(row);
            } else if (source.shape() == SourceRow.Shape.TABLE_ROW) {
                // a row the converter delimited; one without values is a caption fragment or noise
                close(current, rows);
                current = values ? new ArrayList<>(List.of(row)) : null;
            } else if (current == null || source.blankBefore() || values && hasValueLine(current)) {
                close(current, rows);
                current = new ArrayList<>(List.of(row));
            } else {
                current.add(row);
            }
        }
        close(current, rows);
        addBands(laidOut, rows);
        return rows;
    }

    /** A finished group of lines as one row, when it holds a value. */
    private static void close(List<FormTree.Row> group, List<Logical> rows) {
        if (group == null || group.stream().noneMatch(TableRows::hasValues)) {
            return;
        }
        if (group.size() == 1) {
            rows.add(new Logical(group.get(0).source(), group.get(0).atoms()));
        } else {
            SourceRow joined = join(group);
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

    /** A line of a page laid out in text (pdftotext -layout): a line with horizontal positions, not a delimited row. */
    private static boolean isPageLine(SourceRow row) {
        return row.shape() == SourceRow.Shape.LINE && row.hasGeometry() && !row.continues();
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

    static boolean hasValues(FormTree.Row row) {
        return row.type() == Form4Parser.DATA_ROW
                || row.type() == Form4Parser.LOOSE_VALUE && row.atoms().stream().anyMatch(a -> a.kind() != Atom.Kind.FOOTNOTE);
    }

    /** Without columns to go by, a second line of values is the next row. */
    private static boolean hasValueLine(List<FormTree.Row> group) {
        return group.stream().anyMatch(TableRows::hasValues);
    }

    private static boolean isValue(Item item) {
        return item.kind() == Item.Kind.DATE || item.kind() == Item.Kind.NUMBER || item.kind() == Item.Kind.PRICE;
    }

    /**
     * The lines of one row as one row: with geometry, cells in column order (a cell's lines in line order), so a
     * title's second line stays in the title; without, in line order, except that a text line after the values
     * continues the title (the first text) unless the row ends with an indirect "I", whose nature it continues.
     */
    private static SourceRow join(List<FormTree.Row> group) {
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
            for (FormTree.Row row : group) {
                List<Item> rowItems = new ArrayList<>();
                row.source().cells().forEach(c -> rowItems.addAll(c.items()));
                if (hasValues(row)) {
                    sawValues = true;
                    items.addAll(rowItems);
                } else {
                    (sawValues ? trailing : items).addAll(rowItems);
                }
                text.append(text.isEmpty() ? "" : " ").append(row.source().text());
            }
            if (!trailing.isEmpty()) {
                items.addAll(endsIndirect(items) ? items.size() : firstValue(items), trailing);
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

    private static List<SourceCell> reindexed(List<SourceCell> cells) {
        List<SourceCell> indexed = new ArrayList<>();
        for (SourceCell cell : cells) {
            indexed.add(new SourceCell(indexed.size(), cell.items(), cell.text(), cell.position(), cell.x0(), cell.x1()));
        }
        return indexed;
    }

    private static boolean endsIndirect(List<Item> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            Item item = items.get(i);
            if (item.kind() == Item.Kind.FOOTNOTE) {
                continue;
            }
            return item.kind() == Item.Kind.WORD && item.text().equals("I");
        }
        return false;
    }

    /** Where the row's first value stands: a title continued on a later line belongs before it. */
    private static int firstValue(List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            if (isValue(items.get(i))) {
                return i;
            }
        }
        return items.size();
    }
}
