package dev.form4.corpus;

import dev.form4.model.Form4;
import dev.form4.model.ReportingOwner;

import java.util.List;

/**
 * Boxes 1 to 6 as rows of the big table, laid out as a {@link BoxLayout} says: box 1 from column 0, boxes 2
 * to 4 and box 5 (with box 6 under it) from the layout's columns, each box's lines top-aligned, so that row
 * {@code i} holds the {@code i}-th line of every box, as a converter reads the printed boxes side by side.
 */
final class VariedBoxRows {

    private final PipeTable table;
    private final BoxLayout layout;
    private final VariedBoxLines lines;

    VariedBoxRows(PipeTable table, BoxLayout layout) {
        this.table = table;
        this.layout = layout;
        this.lines = new VariedBoxLines(layout);
    }

    void firstOwner(Form4 form) {
        ReportingOwner owner = form.reportingOwners().get(0);
        boolean joint = form.reportingOwners().size() > 1;
        rows(PipeTable.Kind.HEADER_BLOCK, lines.owner(owner), lines.issuerBoxes(form),
                lines.relationship(owner, true, joint));
    }

    void furtherOwner(ReportingOwner owner) {
        rows(PipeTable.Kind.OWNER_BLOCK, lines.owner(owner), List.of(), lines.relationship(owner, false, true));
    }

    private void rows(PipeTable.Kind kind, List<List<String>> left, List<List<String>> middle, List<List<String>> right) {
        int count = Math.max(left.size(), Math.max(middle.size(), right.size()));
        for (int i = 0; i < count; i++) {
            List<String> cells = PipeTable.emptyRow(table.columns());
            place(cells, 0, left, i);
            place(cells, layout.columns().middle, middle, i);
            place(cells, layout.columns().relation, right, i);
            table.add(kind, cells);
        }
    }

    private static void place(List<String> cells, int column, List<List<String>> lines, int index) {
        if (index < lines.size()) {
            List<String> line = lines.get(index);
            for (int j = 0; j < line.size(); j++) {
                cells.set(column + j, line.get(j));
            }
        }
    }
}
