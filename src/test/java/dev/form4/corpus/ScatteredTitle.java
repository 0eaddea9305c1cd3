package dev.form4.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A title line read as fragments spread over the grid, some lost, as the seed's first row
 * ({@code 0 | r Sectio | on 30( | (n) of th | e inves | tment | Company Act | of 1940}) and its table titles
 * ({@code le I - | 1 | ... | ed, E | Disposed (} and {@code - | Table | • | sposed of | • | Owned}). It strikes
 * the big table's header row or a table's title row; they carry no value, only the place where a table begins.
 */
final class ScatteredTitle implements DamageOperator {

    @Override
    public boolean apply(DamageContext context) {
        List<List<String>> candidates = new ArrayList<>();
        if (!context.doc.table.header.get(0).isEmpty()) {
            candidates.add(context.doc.table.header);
        }
        context.doc.table.rowsOf(PipeTable.Kind.TABLE_TITLE).stream()
                .filter(r -> r.cells().get(0).length() > 20).forEach(r -> candidates.add(r.cells()));
        List<String> cells = context.pick(candidates);
        if (cells == null) {
            return false;
        }
        String text = cells.get(0).replace("<br>", " ");
        List<String> fragments = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + 4 + context.random.nextInt(9));
            fragments.add(text.substring(start, end).strip());
            start = end;
        }
        // About one fragment in four is lost; the rest fall into the grid left to right, with gaps.
        List<String> kept = new ArrayList<>();
        for (String f : fragments) {
            if (!f.isEmpty() && context.random.nextInt(4) != 0) {
                kept.add(f);
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            cells.set(i, "");
        }
        int column = context.random.nextInt(Math.max(1, cells.size() - kept.size()));
        for (String f : kept) {
            if (column >= cells.size()) {
                break;
            }
            cells.set(column, f);
            column += context.random.nextInt(4) == 0 ? 2 : 1;
        }
        return true;
    }
}
