package dev.form4.repair;

import dev.form4.source.Atom;
import dev.form4.recognize.Column;
import dev.form4.recognize.ColumnReading;
import dev.form4.recognize.DraftRow;
import dev.form4.model.Diagnostic;

/**
 * Reports every number the aligner rebuilt from pieces in neighbouring cells ("\$84.62" | "237"), and every
 * letter it read from an OCR misreading ("sO)" for the code S), so that no rebuilt value passes as read. The weighted-average rule may add its range as further evidence.
 */
final class SplitCells {

    private SplitCells() {
    }

    static void apply(RepairContext context) {
        for (DraftRow row : context.rows()) {
            for (Column column : Column.values()) {
                ColumnReading reading = row.reading(column).orElse(null);
                if (reading == null || reading.joinNote() == null || !row.get(column).isPresent()
                        || reading.kind() == Atom.Kind.TEXT) {
                    continue;
                }
                // a letter is never split: its note says how a misread letter was read
                String message = reading.kind() == Atom.Kind.LETTER ? reading.joinNote()
                        : "rebuilt " + row.get(column).value() + " from a value split across cells: " + reading.joinNote();
                context.diagnostics().add(Diagnostic.repaired(row.position(column), row.path(column), message));
            }
        }
    }
}
