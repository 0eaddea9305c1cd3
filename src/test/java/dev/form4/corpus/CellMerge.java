package dev.form4.corpus;

import java.util.List;

/**
 * Two neighbouring values written into one cell, as in the seed's {@code ,956 D} and {@code Common<br>Stock
 * 60,50}: the right value joins the left cell; its own cell is left empty or, half the time, closes up so the
 * rest of the row moves one cell left.
 */
final class CellMerge implements DamageOperator {

    @Override
    public boolean apply(DamageContext context) {
        PipeTable.Row row = context.untouchedDataRow();
        if (row == null) {
            return false;
        }
        List<String> cells = row.cells();
        List<Integer> filled = context.cellsWhere(cells, c -> true);
        if (filled.size() < 2) {
            return false;
        }
        int k = context.random.nextInt(filled.size() - 1);
        int left = filled.get(k);
        int right = filled.get(k + 1);
        cells.set(left, cells.get(left) + " " + cells.get(right));
        if (context.random.nextBoolean()) {
            cells.set(right, "");
        } else {
            cells.remove(right);
            cells.add("");
        }
        context.touch(row);
        return true;
    }
}
