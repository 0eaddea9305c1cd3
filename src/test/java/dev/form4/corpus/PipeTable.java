package dev.form4.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown pipe table as Marker writes it: a header row, a dashed separator, body rows; cells padded to
 * their column's width, where the width is that of the data rows (long box, title and caption texts overflow
 * it, as in the seed, rather than widening every row of the column). Rows are mutable lists of cell texts so that damage operators can split, merge and
 * shift cells; rows may end up with different cell counts, as in the seed.
 */
final class PipeTable {

    /** What a body row holds, so that damage operators can choose the rows they apply to. */
    enum Kind {
        HEADER_BLOCK, TABLE_TITLE, CAPTION, SUB_CAPTION, TABLE_I_DATA, TABLE_II_DATA, OWNER_BLOCK,
        /** A page break: the table ends here and a new one starts, its first row written as the header row. */
        PAGE_BREAK
    }

    /** A body row: its kind and its cells (mutable). */
    record Row(Kind kind, List<String> cells) {
    }

    private static final java.util.Set<Kind> SETS_WIDTH = java.util.EnumSet.of(
            Kind.SUB_CAPTION, Kind.TABLE_I_DATA, Kind.TABLE_II_DATA);

    final List<String> header;
    final List<Row> rows = new ArrayList<>();

    PipeTable(List<String> header) {
        this.header = new ArrayList<>(header);
    }

    static List<String> emptyRow(int width) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            row.add("");
        }
        return row;
    }

    int columns() {
        return header.size();
    }

    void add(Kind kind, List<String> cells) {
        rows.add(new Row(kind, new ArrayList<>(cells)));
    }

    List<Row> rowsOf(Kind... kinds) {
        List<Kind> wanted = List.of(kinds);
        return rows.stream().filter(r -> wanted.contains(r.kind())).toList();
    }

    String toMarkdown() {
        int[] widths = widths();
        StringBuilder out = new StringBuilder();
        headerLine(out, header, widths);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).kind() == Kind.PAGE_BREAK && i + 1 < rows.size()) {
                out.append('\n');
                headerLine(out, rows.get(++i).cells(), widths);
            } else if (rows.get(i).kind() != Kind.PAGE_BREAK) {
                line(out, rows.get(i).cells(), widths);
            }
        }
        return out.toString();
    }

    private static void headerLine(StringBuilder out, List<String> cells, int[] widths) {
        line(out, cells, widths);
        out.append('|');
        for (int i = 0; i < cells.size(); i++) {
            out.append("-".repeat(i < widths.length ? widths[i] + 2 : 3)).append('|');
        }
        out.append('\n');
    }

    private int[] widths() {
        int max = header.size();
        for (Row row : rows) {
            max = Math.max(max, row.cells().size());
        }
        int[] widths = new int[max];
        rows.stream().filter(r -> SETS_WIDTH.contains(r.kind())).forEach(row -> measure(row.cells(), widths));
        return widths;
    }

    private static void measure(List<String> row, int[] widths) {
        for (int i = 0; i < row.size(); i++) {
            widths[i] = Math.max(widths[i], row.get(i).length());
        }
    }

    private static void line(StringBuilder out, List<String> row, int[] widths) {
        out.append('|');
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            out.append(' ').append(cell).append(" ".repeat(Math.max(0, widths[i] - cell.length()))).append(" |");
        }
        out.append('\n');
    }
}
