package dev.form4.layout;

import java.util.List;

/** A run of pipe rows without a blank line between them. */
public record Table(List<Row> rows) implements Block {
    public Table {
        rows = List.copyOf(rows);
    }
}
