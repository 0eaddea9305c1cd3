package dev.form4.model;

/** How a value came to be: read as printed, or rebuilt by a repair rule from other evidence on the form. */
public enum Provenance {
    /** Read from the document as it stands. */
    READ,
    /** Rebuilt from damaged text with evidence from elsewhere on the form (a diagnostic of kind repaired says which). */
    REPAIRED,
    /** Not printed, but certain from the form's layout or another field (a diagnostic of kind inferred says why). */
    INFERRED
}
