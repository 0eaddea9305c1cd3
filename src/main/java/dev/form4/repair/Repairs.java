package dev.form4.repair;

import dev.form4.recognize.DraftRow;
import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;

import java.time.LocalDate;
import java.util.List;

/**
 * The repair rules, in the order in which each one's output is the next one's evidence. A rule changes a value
 * only where the form over-determines it, and says so with a diagnostic of kind repaired that names the evidence.
 */
public final class Repairs {

    private Repairs() {
    }

    public static void run(List<DraftRow> rows, List<Footnote> footnotes, FieldValue<LocalDate> periodOfReport,
                           List<LocalDate> signatureDates, List<Diagnostic> diagnostics) {
        run(rows, footnotes, periodOfReport, signatureDates, diagnostics, false);
    }

    /** {@code ocrText}: the document is OCR's text, whose garbled words some rules recognise as such. */
    public static void run(List<DraftRow> rows, List<Footnote> footnotes, FieldValue<LocalDate> periodOfReport,
                           List<LocalDate> signatureDates, List<Diagnostic> diagnostics, boolean ocrText) {
        RepairContext context = new RepairContext(rows, footnotes, periodOfReport, signatureDates, diagnostics);
        TruncatedDates.apply(context);
        TwoDigitYears.apply(context);
        SplitCells.apply(context);
        ExerciseCrossCheck.apply(context);
        SeparatorMisread.apply(context);
        RunningBalance.apply(context);
        AmountMarkDigits.apply(context); // after the balance says where an amount ends
        CodeDirection.apply(context);
        BalanceBound.apply(context);
        CutPrices.apply(context);
        PriceMarkDigits.apply(context);
        UnreadableMarks.apply(context);
        WeightedAveragePrice.apply(context);
        NatureMarks.apply(context);
        NatureForm.apply(context);
        TitleSpecks.apply(context);
        UnderlyingTitles.apply(context); // after the specks are gone from the readings
        if (ocrText) {
            GarbledTexts.apply(context); // after the rules that rebuild a damaged title from what was read
        }
        UncitedNote.apply(context); // last: every other rule's links are the evidence of which note is left
    }
}
