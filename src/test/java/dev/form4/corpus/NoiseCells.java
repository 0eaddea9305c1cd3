package dev.form4.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Specks read as text: an empty cell that now holds {@code •}, {@code -}, {@code .}, {@code _} or {@code ,}
 * (the seed's Table II title row), or, now and then, a lone {@code •} paragraph before the table.
 */
final class NoiseCells implements DamageOperator {

    static final List<String> SPECKS = List.of("•", "-", ".", "_", ",");

    @Override
    public boolean apply(DamageContext context) {
        if (context.random.nextInt(5) == 0 && !context.doc.before.contains("•")) {
            context.doc.before.add(Math.min(4, context.doc.before.size()), "•");
            return true;
        }
        List<int[]> places = new ArrayList<>();
        List<PipeTable.Row> rows = context.doc.table.rows;
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).isEmpty()) {
                    places.add(new int[]{r, c});
                }
            }
        }
        int[] place = context.pick(places);
        if (place == null) {
            return false;
        }
        rows.get(place[0]).cells().set(place[1], context.pick(SPECKS));
        return true;
    }
}
