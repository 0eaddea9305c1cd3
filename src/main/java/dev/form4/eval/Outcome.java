package dev.form4.eval;

/**
 * What became of one field: read right; read wrong (counts against precision and recall); missed (the form
 * has it, the extraction not); spurious (the extraction has a value the form does not).
 */
public enum Outcome {
    CORRECT, WRONG, MISSED, SPURIOUS
}
