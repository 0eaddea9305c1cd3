package dev.form4.layout;

/** A unit of the document's layout, in source order. */
public sealed interface Block permits Heading, Table, Line {
}
