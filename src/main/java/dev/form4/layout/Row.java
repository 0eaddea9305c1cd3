package dev.form4.layout;

import java.util.List;

/** A pipe-table row (separator rows are dropped). {@code line} is 1-based. */
public record Row(int line, List<Cell> cells, String text) {

    public Row {
        cells = List.copyOf(cells);
    }

    public Row(int line, List<Cell> cells) {
        this(line, cells, joined(cells));
    }

    /** The row's visible text, cells joined with " | ", for matching captions and labels (computed once). */
    private static String joined(List<Cell> cells) {
        StringBuilder sb = new StringBuilder();
        for (Cell cell : cells) {
            if (!cell.text().isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append(" | ");
                }
                sb.append(cell.text());
            }
        }
        return sb.toString();
    }
}
