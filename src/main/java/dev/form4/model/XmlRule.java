package dev.form4.model;

/**
 * How the ownershipDocument (schema X0306) holds one value of a table row, and when it requires it. A row that
 * lacks a required value cannot be written as XML.
 */
public enum XmlRule {
    /** {@code <name><value>..</value><footnoteId/>*</name>}; the value is required. */
    REQUIRED,
    /** As {@link #REQUIRED}, but the element takes no footnote (Table II's transactionAcquiredDisposedCode). */
    REQUIRED_WITHOUT_FOOTNOTES,
    /** A value, a footnote standing for it (an exercise date "(9)"), or both; one of them is required. */
    VALUE_OR_FOOTNOTE,
    /** May be left out; written when there is a value or a footnote. */
    OPTIONAL,
    /** May be left out, but needs a value when present: footnotes alone cannot go. */
    OPTIONAL_VALUE,
    /** A plain element of transactionCoding (the code, the swap flag); the coding element carries the footnotes. */
    CODING,
    /** One of its wrapper's elements: the first that has a value, the first when none has (required). */
    ONE_OF
}
