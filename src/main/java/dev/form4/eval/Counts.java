package dev.form4.eval;

/**
 * True positives, false positives, false negatives of field comparisons. A wrong value counts once as a false
 * positive and once as a false negative. With nothing to find and nothing found, precision and recall are 1.
 */
public record Counts(long truePositives, long falsePositives, long falseNegatives) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public static Counts of(Outcome outcome) {
        return switch (outcome) {
            case CORRECT -> new Counts(1, 0, 0);
            case WRONG -> new Counts(0, 1, 1);
            case MISSED -> new Counts(0, 0, 1);
            case SPURIOUS -> new Counts(0, 1, 0);
        };
    }

    public Counts plus(Counts other) {
        return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public double precision() {
        long found = truePositives + falsePositives;
        return found == 0 ? 1.0 : (double) truePositives / found;
    }

    public double recall() {
        long expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Fields the truth has (correct, wrong or missed). */
    public long expected() {
        return truePositives + falseNegatives;
    }
}
