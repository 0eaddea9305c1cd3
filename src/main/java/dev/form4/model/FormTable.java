package dev.form4.model;

/** The form's two tables. Their rows are the {@link RowKind}s. */
public enum FormTable {
    NON_DERIVATIVE("I", "nonDerivativeTable", "non-derivative securities"),
    DERIVATIVE("II", "derivativeTable", "derivative securities");

    private final String numeral;
    private final String name;
    private final String subject;

    FormTable(String numeral, String name, String subject) {
        this.numeral = numeral;
        this.name = name;
        this.subject = subject;
    }

    /** "I" or "II", as the printed form numbers the tables. */
    public String numeral() {
        return numeral;
    }

    /** The table's name in the JSON contract and its element in the ownershipDocument ("nonDerivativeTable"). */
    public String fieldName() {
        return name;
    }

    /** What the table lists, in the printed title's words ("derivative securities"). */
    public String subject() {
        return subject;
    }
}
