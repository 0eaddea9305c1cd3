package dev.form4.corpus;

import java.util.List;

/**
 * A row whose values sit one or two cells left or right of their columns, as most data rows of the seed do:
 * empty cells appear or vanish at some point of the row.
 */
final class ShiftedCells implements DamageOperator {

    @Override
    public boolean apply(DamageContext context) {
        PipeTable.Row row = context.untouchedDataRow();
        if (row == null) {
            return false;
        }
        List<String> cells = row.cells();
        int at = context.random.nextInt(cells.size());
        int by = 1 + context.random.nextInt(2);
        if (context.random.nextBoolean()) {
            // Empty cells appear at `at`; the values after it move right into the next empty cells.
            for (int i = 0; i < by; i++) {
                RowCells.insertShifting(cells, at, "");
            }
        } else {
            // Empty cells at or after `at` vanish; the values after them move left, the row is padded at its end.
            int removed = 0;
            for (int i = at; i < cells.size() && removed < by; ) {
                if (cells.get(i).isEmpty()) {
                    cells.remove(i);
                    removed++;
                } else {
                    i++;
                }
            }
            for (int i = 0; i < removed; i++) {
                cells.add("");
            }
        }
        context.touch(row);
        return true;
    }
}
