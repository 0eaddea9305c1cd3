package dev.form4.corpus;

import java.util.List;

/**
 * A value split across two cells, as in the seed's {@code Common | Stock}, {@code \$26. | 86},
 * {@code \$84.62 | 237(2)} and {@code 5,578 | 8,012}: text splits at a word, a number anywhere inside; with
 * {@code duplicateBoundary} the character at the cut is sometimes written on both sides, and the footnote
 * marks of the right part sometimes lose their {@code <sup>}.
 */
final class CellSplit implements DamageOperator {

    private final boolean duplicateBoundary;

    CellSplit(boolean duplicateBoundary) {
        this.duplicateBoundary = duplicateBoundary;
    }

    @Override
    public boolean apply(DamageContext context) {
        PipeTable.Row row = context.untouchedDataRow();
        if (row == null) {
            return false;
        }
        List<String> cells = row.cells();
        Integer index = context.pick(context.cellsWhere(cells, c -> RowCells.value(c).length() >= 3));
        if (index == null) {
            return false;
        }
        String cell = cells.get(index);
        String value = RowCells.value(cell);
        String marks = RowCells.marks(cell);
        int cut = cutPoint(value, context);
        if (cut <= 0) {
            return false;
        }
        String left = value.substring(0, cut).replaceAll("(<br>| )$", "");
        String right = value.substring(cut).replaceAll("^(<br>| )", "");
        // Only numbers show the doubled boundary in the seed ("5,578 | 8,012"); text splits cleanly at a word.
        if (duplicateBoundary && RowCells.isNumber(value) && context.random.nextInt(3) == 0) {
            right = value.charAt(cut - 1) + right;
        }
        if (!marks.isEmpty()) {
            right = context.random.nextBoolean() ? right + " <sup>" + marks + "</sup>" : right + marks;
        }
        RowCells.splitInto(cells, index, left, right);
        context.touch(row);
        return true;
    }

    /** Text breaks at a space or line break; a number or date anywhere after its first characters. */
    private static int cutPoint(String value, DamageContext context) {
        List<Integer> gaps = new java.util.ArrayList<>();
        for (int i = 1; i < value.length() - 1; i++) {
            if (value.charAt(i) == ' ' || value.startsWith("<br>", i)) {
                gaps.add(i);
            }
        }
        if (!gaps.isEmpty()) {
            return context.pick(gaps);
        }
        int first = value.startsWith("\\$") ? 3 : 1;
        if (value.length() - first < 2) {
            return -1;
        }
        return first + 1 + context.random.nextInt(value.length() - first - 1);
    }
}
