package dev.form4.source;

import dev.form4.model.SourcePosition;

import java.util.List;

/**
 * One piece of text as a converter placed it: a pipe-table cell, an HTML cell (or one line of it), a run of
 * text between wide gaps in layout text, a whole line of OCR text. Its typed items, its visible text and where
 * it starts in the source.
 *
 * <p>{@code x0}..{@code x1} is its horizontal extent in the units of its row's grid (see {@link SourceRow#grid()}):
 * character columns in layout text, column slots in an HTML table, the cell's index in a pipe table. Values
 * are read under their captions by comparing these extents, never by cell index alone.
 *
 * @param index the cell's place in its row (0-based)
 * @param lines the visible text of each line of the cell, where the converter broke it (Marker's and pandoc's
 *              {@code <br>}); one line, the text, for a cell without breaks
 */
public record SourceCell(int index, List<Item> items, String text, SourcePosition position, int x0, int x1,
                         List<String> lines) {

    public SourceCell {
        items = List.copyOf(items);
        lines = lines == null || lines.isEmpty() ? List.of(text) : List.copyOf(lines);
    }

    /** A cell of one line. */
    public SourceCell(int index, List<Item> items, String text, SourcePosition position, int x0, int x1) {
        this(index, items, text, position, x0, x1, List.of(text));
    }

    public boolean isBlank() {
        return items.isEmpty();
    }

    /** True when the two extents share at least one unit. */
    public boolean overlaps(int from, int to) {
        return x0 < to && from < x1;
    }
}
