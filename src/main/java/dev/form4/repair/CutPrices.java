package dev.form4.repair;

import dev.form4.source.Atom;
import dev.form4.recognize.Column;
import dev.form4.recognize.ColumnReading;
import dev.form4.recognize.DraftRow;
import dev.form4.model.Diagnostic;
import dev.form4.model.Provenance;

import java.util.List;
import java.util.Optional;

/**
 * A price cut at a cell edge whose pieces make no valid price ("\$83.73 | 859": 83.73859 has more than the
 * form's 4 decimals, and no overlap of the pieces gives one) is not read as its first piece: 83.73 would be a
 * guess. The value becomes null, its footnotes stay, and the pieces are reported.
 */
final class CutPrices {

    private static final List<Column> PRICES = List.of(Column.TRANSACTION_PRICE, Column.CONVERSION_OR_EXERCISE_PRICE);

    private CutPrices() {
    }

    static void apply(RepairContext context) {
        for (DraftRow row : context.rows()) {
            for (Column column : PRICES) {
                Optional<ColumnReading> reading = row.reading(column);
                if (reading.isEmpty() || !row.get(column).isPresent() || row.get(column).provenance() != Provenance.READ) {
                    continue;
                }
                Optional<Atom> rest = reading.get().fragments().stream()
                        .filter(a -> a.kind() == Atom.Kind.NUMBER && a.text().chars().allMatch(Character::isDigit))
                        .filter(a -> reading.get().cell() >= 0 && a.cell() == reading.get().cell() + 1)
                        .findFirst();
                if (rest.isPresent()) {
                    row.unread(column);
                    context.diagnostics().add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.AMBIGUOUS,
                            row.position(column), row.path(column), "read '$" + reading.get().text() + "' and '" + rest.get().text()
                            + "' in the next cell: a price cut at the cell edge whose pieces make no value of at most 4 decimals; not guessed"));
                }
            }
        }
    }
}
