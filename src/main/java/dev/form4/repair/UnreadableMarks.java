package dev.form4.repair;

import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;
import dev.form4.model.Provenance;
import dev.form4.recognize.Column;
import dev.form4.recognize.ColumnReading;
import dev.form4.recognize.DraftRow;
import dev.form4.source.Atom;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A value's superscript mark that OCR read without its digit ("$980.457°)", "6,600)"): the value is kept and
 * the mark names no footnote, unless the document makes its number certain. One case does: a price whose mark
 * is there, and exactly one footnote states a price range that holds it ("ranging from $980.00 to $980.99"),
 * which is the weighted-average note the mark points to (in the 323 corpus filings, every price inside exactly
 * one note's range carries that note). That link is INFERRED with its evidence; every other such mark is
 * reported as unreadable where it stands.
 */
final class UnreadableMarks {

    private UnreadableMarks() {
    }

    static void apply(RepairContext context) {
        for (DraftRow row : context.rows()) {
            for (Column column : Column.values()) {
                Optional<ColumnReading> reading = row.reading(column);
                if (reading.isEmpty()) {
                    continue;
                }
                for (Atom mark : reading.get().fragments()) {
                    if (mark.isUnreadableMark()) {
                        resolve(context, row, column, mark);
                    }
                }
            }
        }
    }

    private static void resolve(RepairContext context, DraftRow row, Column column, Atom mark) {
        FieldValue<Object> value = row.get(column);
        String at = "'" + mark.text() + "' at " + mark.position().line() + ":" + mark.position().column();
        Optional<BigDecimal> price = column == Column.TRANSACTION_PRICE ? row.number(column) : Optional.empty();
        if (price.isPresent()) {
            List<Footnote> holding = new ArrayList<>();
            WeightedAveragePrice.Range range = null;
            for (Footnote footnote : context.footnotes()) {
                Optional<WeightedAveragePrice.Range> stated = WeightedAveragePrice.statedRange(footnote);
                if (stated.isPresent() && stated.get().contains(price.get())) {
                    holding.add(footnote);
                    range = stated.get();
                }
            }
            if (holding.size() == 1 && !value.footnoteIds().contains(holding.get(0).id())) {
                String id = holding.get(0).id();
                List<String> ids = new ArrayList<>(value.footnoteIds());
                ids.add(id);
                row.set(column, new FieldValue<>(value.value(), ids, value.position(), Provenance.INFERRED));
                context.diagnostics().add(Diagnostic.inferred(mark.position(), row.path(column), "the footnote mark "
                        + at + " after the price " + price.get().toPlainString() + " has no readable number; linked to "
                        + id + ", the only footnote whose stated " + range + " holds that price"));
                return;
            }
        }
        context.diagnostics().add(Diagnostic.unreadable(mark.position(), row.path(column), "a footnote mark after the "
                + column.fills().fieldName() + " value, read as " + at + ": its number is unreadable; the value is kept"
                + " without the mark"));
    }
}
