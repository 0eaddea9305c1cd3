package dev.form4.repair;

import dev.form4.build.Column;
import dev.form4.build.DraftRow;

import java.util.Map;
import java.util.Optional;

/**
 * Where no A/D was printed (Table II shows it only by the column its amount stands in, and a row with a total
 * value has no amount), some transaction codes fix it by their definition (General Instruction 8): a purchase
 * (P) or a grant (A) acquires, a sale (S) or a payment with securities (F) disposes, and in Table II an exercise
 * or conversion (M, X, C) gives the derivative up. Other codes (G, J, ...) go either way and stay unread.
 */
final class CodeDirection {

    private static final Map<String, String> TABLE_I = Map.of("P", "A", "A", "A", "S", "D", "F", "D");
    private static final Map<String, String> TABLE_II = Map.of("P", "A", "A", "A", "S", "D", "F", "D",
            "M", "D", "X", "D", "C", "D");

    private CodeDirection() {
    }

    static void apply(RepairContext context) {
        for (DraftRow row : context.rows()) {
            if (row.kind().isHolding() || row.get(Column.ACQUIRED_DISPOSED).isPresent()) {
                continue;
            }
            Optional<String> code = row.text(Column.TRANSACTION_CODE);
            String direction = code.map((row.kind().isDerivative() ? TABLE_II : TABLE_I)::get).orElse(null);
            if (direction != null) {
                context.inferred(row, Column.ACQUIRED_DISPOSED, direction, "not printed; transaction code " + code.get()
                        + (direction.equals("A") ? " is an acquisition" : " is a disposition") + " by its definition");
            }
        }
    }
}
