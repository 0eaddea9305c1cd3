package dev.form4.converters;

import dev.form4.Extraction;
import dev.form4.input.InputFormat;
import dev.form4.model.Diagnostic;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.model.Provenance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A transaction code's raised mark that OCR left without its digit, linked where one note tells of that transaction. */
class OcrCodeMarksTest {

    private static Extraction ocr(String output) {
        return ConverterText.extract(ConverterText.whole(output), InputFormat.OCR);
    }

    private static boolean said(Extraction x, Diagnostic.Kind kind, String field, String words) {
        return x.diagnostics().stream().anyMatch(d -> d.kind() == kind && field.equals(d.field()) && d.message().contains(words));
    }

    @Test
    void aConversionsMarkIsTheOnlyNoteThatTellsOfAConversionMade() {
        // "Class A Common Stock 04/02/2012 ci) 78,667 A": F1 "Each share of Class A Common Stock was issued upon
        // conversion of one share of Class B Common Stock"; the sales' codes (S) of the same table carry no note
        Extraction x = ocr("tesseract/LNKD/000120919112022044.txt");
        List<NonDerivativeTransaction> rows = x.form().nonDerivativeTable().transactions();
        assertEquals("C", rows.get(0).transactionCode().value());
        assertEquals(List.of("F1"), rows.get(0).transactionCode().footnoteIds());
        assertEquals(Provenance.INFERRED, rows.get(0).transactionCode().provenance());
        assertTrue(said(x, Diagnostic.Kind.INFERRED, "nonDerivativeTable.transactions[0].transactionCode",
                "the document's only footnote that tells of a conversion made"));
        assertEquals(List.of(), rows.get(1).transactionCode().footnoteIds());
    }

    @Test
    void aDistributionsMarkIsTheOnlyNoteThatTellsOfADistribution() {
        // "jD": J with its mark "(1)" read as a D; F1 "Represents a pro rata in-kind distribution of shares"
        Extraction x = ocr("tesseract/U/000106299324005617.txt");
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(0);
        assertEquals("J", row.transactionCode().value());
        assertEquals(List.of("F1"), row.transactionCode().footnoteIds());
        assertTrue(said(x, Diagnostic.Kind.INFERRED, "nonDerivativeTable.transactions[0].transactionCode",
                "tells of a distribution"));
    }

    @Test
    void whereTwoNotesTellOfADistributionTheMarkStaysUnlinked() {
        // "JO)": F3 tells of the fund's distribution, F4 of the receipt "by virtue of the pro rata in-kind
        // distributions"; either may be the code's note
        Extraction x = ocr("tesseract/MDB/000089924319009908.txt");
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(5);
        assertEquals("J", row.transactionCode().value());
        assertEquals(List.of(), row.transactionCode().footnoteIds());
    }
}
