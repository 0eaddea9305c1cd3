package dev.form4.model;

/** One entry of "Explanation of Responses": id F1..F99 and its text. */
public record Footnote(String id, String text, SourcePosition position) {
}
