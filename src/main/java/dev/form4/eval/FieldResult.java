package dev.form4.eval;

/** One compared field: its JSON path in the extraction contract, what the truth says, what was extracted. */
public record FieldResult(Group group, String field, Outcome outcome, String expected, String actual) {

    @Override
    public String toString() {
        return switch (outcome) {
            case CORRECT -> field + ": " + expected;
            case WRONG -> field + ": expected " + expected + ", got " + actual;
            case MISSED -> field + ": missed " + expected;
            case SPURIOUS -> field + ": spurious " + actual;
        };
    }
}
