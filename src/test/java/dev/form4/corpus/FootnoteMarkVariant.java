package dev.form4.corpus;

import java.util.List;

/**
 * A footnote mark that lost its {@code <sup>} ({@code 237(2)}, {@code 6 (9)}), or, with {@code strayCopies},
 * was read a second time into the next cell ({@code M <sup>(1)</sup> | I <sup>(1)</sup> 74,55},
 * {@code | (1) 60,56}).
 */
final class FootnoteMarkVariant implements DamageOperator {

    private final boolean strayCopies;

    FootnoteMarkVariant(boolean strayCopies) {
        this.strayCopies = strayCopies;
    }

    @Override
    public boolean apply(DamageContext context) {
        List<PipeTable.Row> rows = context.doc.table.rowsOf(PipeTable.Kind.TABLE_I_DATA, PipeTable.Kind.TABLE_II_DATA);
        PipeTable.Row row = context.pick(rows.stream()
                .filter(r -> r.cells().stream().anyMatch(c -> !RowCells.marks(c).isEmpty())).toList());
        if (row == null) {
            return false;
        }
        List<String> cells = row.cells();
        int index = context.pick(context.cellsWhere(cells, c -> !RowCells.marks(c).isEmpty()));
        String cell = cells.get(index);
        String value = RowCells.value(cell);
        String marks = RowCells.marks(cell);
        int variant = context.random.nextInt(strayCopies ? 3 : 2);
        if (variant == 2 && index + 1 < cells.size()) {
            String next = cells.get(index + 1);
            String stray = context.random.nextBoolean() ? "I <sup>" + marks + "</sup>" : marks;
            cells.set(index + 1, next.isEmpty() ? stray : stray + " " + next);
        } else if (value.isEmpty()) {
            cells.set(index, marks);
        } else {
            cells.set(index, variant == 0 ? value + marks : value + " " + marks);
        }
        return true;
    }
}
