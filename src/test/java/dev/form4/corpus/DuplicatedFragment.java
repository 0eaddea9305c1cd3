package dev.form4.corpus;

import java.util.List;

/**
 * A fragment of a number written a second time in a neighbouring cell, as in the seed's {@code 5,614 |
 * 5,614,522} (a prefix before the value) and {@code 60,566 | 6 (9)} (its last digit before the next value).
 */
final class DuplicatedFragment implements DamageOperator {

    @Override
    public boolean apply(DamageContext context) {
        PipeTable.Row row = context.untouchedDataRow();
        if (row == null) {
            return false;
        }
        List<String> cells = row.cells();
        Integer index = context.pick(context.cellsWhere(cells,
                c -> RowCells.isNumber(c) && RowCells.value(c).replaceAll("\\D", "").length() >= 3));
        if (index == null) {
            return false;
        }
        String value = RowCells.value(cells.get(index));
        if (context.random.nextBoolean() || index + 1 >= cells.size()) {
            int end = 2 + context.random.nextInt(value.length() - 2);
            RowCells.insertShifting(cells, index, value.substring(0, end).replaceAll("[,.]$", ""));
        } else {
            String tail = value.substring(value.length() - 1);
            String next = cells.get(index + 1);
            cells.set(index + 1, next.isEmpty() ? tail : tail + " " + next);
        }
        context.touch(row);
        return true;
    }
}
