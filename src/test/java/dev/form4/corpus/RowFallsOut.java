package dev.form4.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * The last Table II row falls out of the table and stands one value per line after the footnote heading,
 * among the first footnotes, as the seed's third option row: the title's lines after the first two values,
 * the first footnote, the transaction code as math ({@code $M^{(1)}$}), the second footnote, then the other
 * values in column order; a footnote-only value as a bare {@code (9)}. Where the amount equals the underlying
 * amount, its comma is misread as a dot ({@code 34.082}), the other copy being its evidence.
 */
final class RowFallsOut implements DamageOperator {

    static final int TITLE = 0;
    static final int CODE = 4;
    static final int ACQUIRED = 6;
    static final int DISPOSED = 7;
    static final int UNDERLYING_AMOUNT = 11;

    @Override
    public boolean apply(DamageContext context) {
        List<PipeTable.Row> rows = context.doc.table.rowsOf(PipeTable.Kind.TABLE_II_DATA);
        int headingAt = context.doc.explanationIndex();
        if (rows.isEmpty() || headingAt < 0) {
            return false;
        }
        PipeTable.Row row = rows.get(rows.size() - 1);
        if (context.isTouched(row)) {
            return false;
        }
        List<String> cells = row.cells();
        List<String> values = new ArrayList<>();
        String title = null;
        String code = null;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.isEmpty()) {
                continue;
            }
            if (i == TITLE) {
                title = cell;
            } else if (i == CODE) {
                code = cell;
            } else {
                values.add(loose(cell, i, cells));
            }
        }
        int firstTwo = Math.min(2, values.size());
        List<String> blocks = new ArrayList<>(values.subList(0, firstTwo));
        if (title != null) {
            blocks.addAll(List.of(title.split("<br>")));
        }
        List<String> rest = new ArrayList<>(values.subList(firstTwo, values.size()));
        if (code != null) {
            rest.add(0, math(code));
        }
        List<String> after = context.doc.after;
        int footnotes = paragraphFootnotes(after, headingAt);
        context.doc.table.rows.remove(row);
        // Heading, the first lines, footnote 1, the code, footnote 2, the rest: the seed's order.
        int at = headingAt + 1;
        after.addAll(at, blocks);
        at += blocks.size();
        if (footnotes >= 1) {
            at++;
        }
        if (!rest.isEmpty()) {
            after.add(at++, rest.remove(0));
        }
        if (footnotes >= 2) {
            at++;
        }
        after.addAll(at, rest);
        context.touch(row);
        return true;
    }

    /** Footnote paragraphs right after the heading (the first two footnotes, before the bullet list). */
    private static int paragraphFootnotes(List<String> after, int headingAt) {
        int n = 0;
        for (int i = headingAt + 1; i < after.size() && n < 2 && after.get(i).matches("\\d+\\. [\\s\\S]*"); i++) {
            n++;
        }
        return n;
    }

    private static String loose(String cell, int column, List<String> cells) {
        String value = RowCells.value(cell).replace("<br>", " ");
        String marks = RowCells.marks(cell);
        boolean amount = column == ACQUIRED || column == DISPOSED;
        if (amount && value.contains(",") && column < cells.size() && UNDERLYING_AMOUNT < cells.size()
                && RowCells.value(cells.get(UNDERLYING_AMOUNT)).equals(value)) {
            value = value.replace(',', '.');
        }
        if (value.isEmpty()) {
            return marks;
        }
        return marks.isEmpty() ? value : value + " " + marks;
    }

    /** Marker takes a code with a superscript for math. */
    private static String math(String cell) {
        String marks = RowCells.marks(cell);
        String value = RowCells.value(cell);
        return marks.isEmpty() ? value : " $" + value + "^{" + marks + "}$ ";
    }
}
