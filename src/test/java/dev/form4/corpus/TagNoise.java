package dev.form4.corpus;

import java.util.List;

/**
 * Bold read where there is none: {@code <b>M</b> <sup>(1)</sup>}, {@code <b>\$84.2841</b> <sup>(7)</sup>},
 * {@code 2. Issuer Name <b>and</b> Ticker}.
 */
final class TagNoise implements DamageOperator {

    @Override
    public boolean apply(DamageContext context) {
        if (context.random.nextInt(4) == 0) {
            return inHeader(context);
        }
        PipeTable.Row row = context.pick(context.doc.table.rowsOf(PipeTable.Kind.TABLE_I_DATA, PipeTable.Kind.TABLE_II_DATA));
        if (row == null) {
            return false;
        }
        List<String> cells = row.cells();
        Integer index = context.pick(context.cellsWhere(cells, c -> !RowCells.value(c).isEmpty() && !c.contains("<b>")));
        if (index == null) {
            return false;
        }
        String cell = cells.get(index);
        String value = RowCells.value(cell);
        String marks = RowCells.marks(cell);
        cells.set(index, "<b>" + value + "</b>" + (marks.isEmpty() ? "" : " <sup>" + marks + "</sup>"));
        return true;
    }

    /** A small word of a box caption in bold. */
    private static boolean inHeader(DamageContext context) {
        for (PipeTable.Row row : context.doc.table.rowsOf(PipeTable.Kind.HEADER_BLOCK)) {
            List<String> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).startsWith("2. Issuer Name and Ticker")) {
                    cells.set(i, cells.get(i).replaceFirst(" and ", " <b>and</b> "));
                    return true;
                }
            }
        }
        return false;
    }
}
