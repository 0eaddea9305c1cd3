package dev.form4.layout;

import dev.form4.model.SourcePosition;

import java.util.List;

/** One pipe-table cell: its typed items, its visible text (tags removed, breaks as spaces) and where it starts. */
public record Cell(int index, List<Item> items, String text, SourcePosition position) {

    public Cell {
        items = List.copyOf(items);
    }

    public boolean isBlank() {
        return items.isEmpty();
    }
}
