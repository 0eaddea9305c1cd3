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

/**
 * A table's rows as the form has them, from the rows the converter wrote. A row a converter delimited (a pipe
 * row, an HTML table row) is one row of the form, with the further lines of the same HTML row. Lines of text
 * (pdftotext, OCR) are grouped as a reader groups them: a row whose cells hold several lines stands on several
 * lines ("Stock" / "options ... 757,576 ..." / "buy)"), between blank lines, and a line whose values fall in
 * columns the row already filled starts the next row.
 */
final class TableRows {

    /** One row of the form: its cells in reading order (re-indexed when lines were joined) and its values. */
    record Logical(SourceRow row, List<Atom> atoms) {
    }

    private TableRows() {
    }

    static List<Logical> of(List<FormTree.Row> body) {
        List<List<FormTree.Row>> groups = new ArrayList<>();
        List<FormTree.Row> current = null;
        for (FormTree.Row row : body) {
            SourceRow source = row.source();
            boolean values = hasValues(row);
            if (source.continues() && current != null) {
                current.add(row);
            } else if (source.shape() == SourceRow.Shape.TABLE_ROW) {
                // a row the converter delimited; one without values is a caption fragment or noise
                current = values ? new ArrayList<>(List.of(row)) : null;
                if (current != null) {
                    groups.add(current);
                }
            } else if (current == null || source.blankBefore() || values && conflicts(current, row)) {
                current = new ArrayList<>(List.of(row));
                groups.add(current);
            } else {
                current.add(row);
            }
        }
        List<Logical> rows = new ArrayList<>();
        for (List<FormTree.Row> group : groups) {
            if (group.stream().noneMatch(TableRows::hasValues)) {
                continue;
            }
            if (group.size() == 1) {
                rows.add(new Logical(group.get(0).source(), group.get(0).atoms()));
            } else {
                SourceRow joined = join(group);
                rows.add(new Logical(joined, Atomizer.atoms(joined)));
            }
        }
        return rows;
    }

    private static boolean hasValues(FormTree.Row row) {
        return row.type() == Form4Parser.DATA_ROW
                || row.type() == Form4Parser.LOOSE_VALUE && row.atoms().stream().anyMatch(a -> a.kind() != Atom.Kind.FOOTNOTE);
    }

    /** The line puts a value where a line of the group already has one (or, without geometry, a second line of values). */
    private static boolean conflicts(List<FormTree.Row> group, FormTree.Row line) {
        boolean geometry = line.source().hasGeometry();
        for (FormTree.Row earlier : group) {
            if (!hasValues(earlier)) {
                continue;
            }
            if (!geometry || !earlier.source().hasGeometry()) {
                return true;
            }
            for (SourceCell a : valueCells(earlier.source())) {
                for (SourceCell b : valueCells(line.source())) {
                    if (a.overlaps(b.x0(), b.x1())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<SourceCell> valueCells(SourceRow row) {
        List<SourceCell> cells = new ArrayList<>();
        for (SourceCell cell : row.cells()) {
            if (cell.items().stream().anyMatch(TableRows::isValue)) {
                cells.add(cell);
            }
        }
        return cells;
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
        List<SourceCell> indexed = new ArrayList<>();
        for (SourceCell cell : cells) {
            indexed.add(new SourceCell(indexed.size(), cell.items(), cell.text(), cell.position(), cell.x0(), cell.x1()));
        }
        SourceRow first = group.get(0).source();
        SourceRow last = group.get(group.size() - 1).source();
        return new SourceRow(first.line(), last.lastLine(), SourceRow.Shape.TABLE_ROW, geometry ? first.grid() : -1,
                first.blankBefore(), indexed);
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
