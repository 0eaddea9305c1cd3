package dev.form4.layout;

import java.util.List;

/** A line outside any table: prose, a caption, or a value that fell out of its table ("loose line"). */
public record Line(int line, List<Item> items, String text) implements Block {
    public Line {
        items = List.copyOf(items);
    }
}
