package dev.form4.converters;

import dev.form4.Extraction;
import dev.form4.input.InputFormat;
import dev.form4.model.Diagnostic;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.model.Provenance;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A price whose raised mark OCR read as digits after its decimals ("$965.15109" for "$965.151(10)"). */
class OcrPriceMarksTest {

    /** A committed OCR output (tesseract's or the degraded scan's), read as OCR text. */
    private static Extraction ocr(String output) {
        return ConverterText.extract(ConverterText.whole(output), InputFormat.OCR);
    }

    private static boolean said(Extraction x, Diagnostic.Kind kind, String field, String words) {
        return x.diagnostics().stream().anyMatch(d -> d.kind() == kind && field.equals(d.field()) && d.message().contains(words));
    }

    @Test
    void thePriceIsReadAtTheDecimalsOfTheDocumentsOtherPricesAndItsMarkLinkedByTheNotesRange() {
        // "Common Stock 12/16/2021 sO) 7,808° | D |$965.15109 | 1,356,101 D": every other price of three decimals or
        // more prints three ("$957.768", "$958.596"); F10 states "ranging from $964.740 to $965.720"
        Extraction x = ocr("tesseract/TSLA/000089924321048679.txt");
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(7);
        assertEquals(new BigDecimal("965.151"), row.transactionPricePerShare().value());
        assertEquals(List.of("F10"), row.transactionPricePerShare().footnoteIds());
        assertEquals(Provenance.INFERRED, row.transactionPricePerShare().provenance());
        String field = "nonDerivativeTable.transactions[7].transactionPricePerShare";
        assertTrue(said(x, Diagnostic.Kind.REPAIRED, field, "'09' after them is the digits of a footnote mark"));
        assertTrue(said(x, Diagnostic.Kind.INFERRED, field, "linked to F10"));
    }

    @Test
    void whereTheOtherPricesPrintDifferentDecimalsThePriceStaysUnreadAndSaysWhy() {
        // "$2,595.57829": the document's other prices print three and four decimals, so the mark's digits could
        // begin at either place (the filing's price is 2,595.578)
        Extraction x = ocr("tesseract/GOOG/doc4.txt");
        List<NonDerivativeTransaction> rows = x.form().nonDerivativeTable().transactions();
        int at = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (said(x, Diagnostic.Kind.UNREADABLE, "nonDerivativeTable.transactions[" + i + "].transactionPricePerShare",
                    "read '2,595.57829': more decimals than a price has")) {
                at = i;
            }
        }
        assertTrue(at >= 0, "the unread price is reported");
        assertNull(rows.get(at).transactionPricePerShare().value());
    }

    @Test
    void anOptionalFieldWhoseTextIsNoValueIsReportedNotLeftEmptySilently() {
        // the degraded scan's "23,8257" where Table II's exercise price stands: no price (a group of four digits),
        // and no repair rule reads it; before, the field was empty without a word
        Extraction x = ocr("scan/AAPL/wf-form4_156582182214854.txt");
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.UNREADABLE && d.field() != null
                && d.field().startsWith("derivativeTable.") && d.field().endsWith(".conversionOrExercisePrice")
                && d.message().equals("read '23,8257', which is not a valid value")), x.diagnostics().toString());
        assertTrue(x.form().derivativeTable().transactions().stream().anyMatch(t -> t.conversionOrExercisePrice().value() == null));
    }
}
