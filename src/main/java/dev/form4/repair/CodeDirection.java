package dev.form4.repair;

import dev.form4.model.Provenance;
import dev.form4.recognize.Column;
import dev.form4.recognize.DraftRow;

import java.util.Map;
import java.util.Optional;

/**
 * Where no A/D was printed (Table II shows it only by the column its amount stands in, and a row with a total
 * value has no amount), a few transaction codes fix it: a purchase (P) acquires, a sale (S) or a payment with
 * securities (F) disposes, and in Table II an exercise of an in-the-money option (X) gives it up. Only codes
 * without a counterexample among the 323 corpus filings are used: a grant (A) is disposed 6 times in 88, a
 * conversion (C) acquired 4 times in 169, an exercise (M) acquired 5 times in 35, so those stay a doubt.
 * Where the amount's sub-column and such a code disagree in Table II, a cell shifted: the code wins.
 */
final class CodeDirection {

    private static final Map<String, String> TABLE_I = Map.of("P", "A", "S", "D", "F", "D");
    private static final Map<String, String> TABLE_II = Map.of("P", "A", "S", "D", "F", "D", "X", "D");

    private CodeDirection() {
    }

    static void apply(RepairContext context) {
        for (DraftRow row : context.rows()) {
            if (row.kind().isHolding()) {
                continue;
            }
            Optional<String> code = row.text(Column.TRANSACTION_CODE);
            String direction = code.map((row.kind().isDerivative() ? TABLE_II : TABLE_I)::get).orElse(null);
            Optional<String> read = row.text(Column.ACQUIRED_DISPOSED);
            if (direction != null && read.isPresent() && !read.get().equals(direction) && row.kind().isDerivative()
                    && row.get(Column.ACQUIRED_DISPOSED).provenance() == Provenance.READ) {
                // Table II prints no A/D letter: it was read from the sub-column the amount stood in, which a
                // shifted cell moves to its neighbour. The code's definition is the stronger evidence.
                context.repaired(row, Column.ACQUIRED_DISPOSED, direction, "the amount stood nearer the ("
                        + read.get() + ") column, but transaction code " + code.get() + " is "
                        + (direction.equals("A") ? "an acquisition" : "a disposition") + " by its definition: a shifted cell");
                continue;
            }
            if (read.isPresent()) {
                continue;
            }
            if (direction != null) {
                context.inferred(row, Column.ACQUIRED_DISPOSED, direction, "not printed; transaction code " + code.get()
                        + (direction.equals("A") ? " is an acquisition" : " is a disposition") + " by its definition");
            }
        }
    }
}
