package dev.form4.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the printed form runs onto another page. The EDGAR rendering puts each table's title, captions and
 * sub-captions in a {@code <thead>}, which the browser repeats at the top of every page the table continues
 * on; Marker converts page by page, so the continuation is a new pipe table that starts with those rows again.
 * A page holds about {@value #FIRST_PAGE} rows of the big table on the first page (below the headings) and
 * {@value #LATER_PAGE} on later ones.
 */
final class PageBreaks {

    static final int FIRST_PAGE = 30;
    static final int LATER_PAGE = 40;

    private PageBreaks() {
    }

    static void insert(PipeTable table) {
        List<PipeTable.Row> out = new ArrayList<>();
        List<PipeTable.Row> thead = new ArrayList<>();
        int capacity = FIRST_PAGE;
        int used = 1;
        for (PipeTable.Row row : table.rows) {
            PipeTable.Kind kind = row.kind();
            if (kind == PipeTable.Kind.TABLE_TITLE) {
                thead.clear();
            }
            if (kind == PipeTable.Kind.TABLE_TITLE || kind == PipeTable.Kind.CAPTION || kind == PipeTable.Kind.SUB_CAPTION) {
                thead.add(row);
            }
            boolean data = kind == PipeTable.Kind.TABLE_I_DATA || kind == PipeTable.Kind.TABLE_II_DATA;
            if (data && used >= capacity) {
                PipeTable.Row previous = out.get(out.size() - 1);
                if (previous.kind() == PipeTable.Kind.SUB_CAPTION) {
                    // No table starts at the foot of a page with its captions alone: the whole table moves on.
                    out.subList(out.size() - thead.size(), out.size()).clear();
                    out.add(new PipeTable.Row(PipeTable.Kind.PAGE_BREAK, new ArrayList<>()));
                    out.addAll(thead);
                } else {
                    out.add(new PipeTable.Row(PipeTable.Kind.PAGE_BREAK, new ArrayList<>()));
                    thead.forEach(h -> out.add(new PipeTable.Row(h.kind(), new ArrayList<>(h.cells()))));
                }
                capacity = LATER_PAGE;
                used = thead.size();
            }
            out.add(row);
            used++;
        }
        table.rows.clear();
        table.rows.addAll(out);
    }
}
