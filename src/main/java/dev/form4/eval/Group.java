package dev.form4.eval;

import dev.form4.model.FormTable;

/** The groups of fields an evaluation reports separately. */
public enum Group {
    /** Boxes 2, 3, 4, the Section 16 and Rule 10b5-1 boxes, box 6 (joint filing). */
    HEADER("header"),
    /** Box 1 and box 5 of every reporting owner. */
    OWNERS("owners"),
    TABLE1("table1"),
    TABLE2("table2"),
    /** Which footnotes each value refers to. */
    FOOTNOTE_LINKS("footnoteLinks"),
    /** The footnote texts and the remarks. */
    FOOTNOTES("footnotes"),
    SIGNATURES("signatures");

    private final String label;

    Group(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The group of a table's fields. */
    public static Group of(FormTable table) {
        return switch (table) {
            case NON_DERIVATIVE -> TABLE1;
            case DERIVATIVE -> TABLE2;
        };
    }
}
