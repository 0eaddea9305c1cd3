package dev.form4.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A table caption cut short at either end, as the seed's {@code 2. Transacti<br>Date<br>(Month/Day},
 * {@code nership<br>Direct<br>Indirect<br>tr. 4)} and {@code Execut}. Cuts never fall inside a {@code <br>}.
 */
final class CaptionTruncation implements DamageOperator {

    @Override
    public boolean apply(DamageContext context) {
        List<int[]> places = new ArrayList<>();
        List<PipeTable.Row> rows = context.doc.table.rowsOf(PipeTable.Kind.CAPTION, PipeTable.Kind.TABLE_TITLE);
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).length() >= 6) {
                    places.add(new int[]{r, c});
                }
            }
        }
        int[] place = context.pick(places);
        if (place == null) {
            return false;
        }
        List<String> cells = rows.get(place[0]).cells();
        String caption = cells.get(place[1]);
        int start = 0;
        int end = caption.length();
        switch (context.random.nextInt(3)) {
            case 0 -> end = safe(caption, caption.length() / 3 + context.random.nextInt(caption.length() / 2));
            case 1 -> start = safe(caption, 1 + context.random.nextInt(Math.min(8, caption.length() / 3)));
            default -> {
                start = safe(caption, 1 + context.random.nextInt(Math.min(6, caption.length() / 4)));
                end = Math.max(start, safe(caption, caption.length() / 2 + context.random.nextInt(caption.length() / 3)));
            }
        }
        cells.set(place[1], caption.substring(start, end).strip());
        return true;
    }

    /** Moves a cut point out of a {@code <br>} tag. */
    static int safe(String text, int at) {
        int open = text.lastIndexOf('<', Math.max(0, at - 1));
        int close = open < 0 ? -1 : text.indexOf('>', open);
        return open >= 0 && open < at && close >= at ? open : at;
    }
}
