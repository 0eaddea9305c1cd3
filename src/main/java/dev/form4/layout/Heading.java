package dev.form4.layout;

import java.util.List;

/** A Markdown heading; {@code level} is the number of '#'. */
public record Heading(int line, int level, List<Item> items, String text) implements Block {
    public Heading {
        items = List.copyOf(items);
    }
}
