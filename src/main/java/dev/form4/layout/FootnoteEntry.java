package dev.form4.layout;

import dev.form4.model.SourcePosition;

/** "N. text" in the Explanation of Responses. */
public record FootnoteEntry(int number, String text, SourcePosition position) {
}
