package dev.form4.converters;

import dev.form4.input.InputFormat;
import dev.form4.model.Diagnostic;
import dev.form4.Extraction;
import dev.form4.model.Footnote;
import dev.form4.model.Form4;
import dev.form4.model.Provenance;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OCR's misreads in the notes' prose, written back where the document shows what was printed, and reported. */
class OcrNotesTextTest {

    private static Extraction scan(String output) {
        return ConverterText.extract(ConverterText.whole(output), InputFormat.OCR);
    }

    private static String note(Extraction extraction, String id) {
        return extraction.form().footnotes().stream().filter(f -> f.id().equals(id)).map(Footnote::text).findFirst().orElseThrow();
    }

    private static boolean reported(Extraction extraction, String field, String words) {
        return extraction.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.REPAIRED
                && field.equals(d.field()) && d.message().contains(words));
    }

    @Test
    void aRangeBoundWhoseDecimalPointWasReadAsACommaIsReadWithThePoint() {
        // "prices ranging from $179,865 to $179.87 per share": 179,865 to 179.87 is no range
        Extraction x = scan("scan/FB/000112760218024167.txt");
        assertTrue(note(x, "F2").contains("ranging from $179.865 to $179.87 per share"), note(x, "F2"));
        assertTrue(reported(x, "footnotes.F2", "decimal point"));
    }

    @Test
    void aCommaBeforeTheOpeningWordOfASentenceIsItsFullStop() {
        // "... (the “Sponsor”), The reporting person may be deemed ..."
        Extraction x = scan("scan/AUR/000182810823000205.txt");
        assertTrue(note(x, "F7").contains("(the \"Sponsor\"). The reporting person"), note(x, "F7"));
        assertTrue(reported(x, "footnotes.F7", "full stop"));
        assertTrue(reported(x, "footnotes.F7", "straight"));
    }

    @Test
    void aWordWithMWhereTheDocumentWritesItWithTnIsThatWord() {
        // "... set forth in this foomote." in some of the notes, "footnote" in the others
        Extraction x = scan("scan/TSLA/000089924321045944.txt");
        assertTrue(x.form().footnotes().stream().noneMatch(f -> f.text().contains("foomote")));
        assertTrue(x.form().footnotes().stream().anyMatch(f -> f.text().endsWith("set forth in this footnote.")));
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.message().contains("'foomote' as 'footnote'")));
    }

    @Test
    void aNoteThatEndsWithNoStopLostItsDotToOcr() {
        // "5. These shares are held through Mr. Cook's trust" (the dot gone in the scan's noise), then "Remarks:"
        Extraction x = scan("scan/AAPL/wf-form4_156694501621463.txt");
        assertEquals("These shares are held through Mr. Cook's trust.", note(x, "F5"));
        assertTrue(reported(x, "footnotes.F5", "full stop that OCR lost"));
        Extraction layout = ConverterText.extract(ConverterText.whole("scan/AAPL/wf-form4_156694501621463.txt"), InputFormat.LAYOUT);
        assertTrue(layout.form().footnotes().stream().anyMatch(f -> f.text().endsWith("Mr. Cook's trust")));
    }

    @Test
    void theRemarksAreProseAndGetTheSameRepairs() {
        // "... relating to the same event, The Form 4 has been split ... because the SEC’s EDGAR filing system ..."
        Extraction x = scan("scan/TSLA/000089924321044240.txt");
        String remarks = x.form().remarks().value();
        assertTrue(remarks.contains("relating to the same event. The Form 4 has been split"), remarks);
        assertTrue(remarks.contains("because the SEC's EDGAR filing system"), remarks);
        assertEquals(Provenance.REPAIRED, x.form().remarks().provenance());
    }

    @Test
    void textThatNoOcrEngineReadKeepsItsCommasAndQuotes() {
        String text = ConverterText.whole("scan/AUR/000182810823000205.txt");
        Form4 asLayout = ConverterText.extract(text, InputFormat.LAYOUT).form();
        assertTrue(asLayout.footnotes().stream().anyMatch(f -> f.text().contains("“Sponsor”), The reporting")));
    }

    @Test
    void boxFourReadAsLfAmendmentBelowTheAddressStaysInTheHeaderAndTableOneKeepsItsRows() throws IOException {
        // box 4 ("4. lf Amendment, Date of Original Filed") below box 1's address, then Table I's title cut in two:
        // "Table | - Non-Derivat'" / "ive Securities Acquired, ...". Before, box 4 opened Table I and Table I's
        // rows went to Table II.
        String text = Files.readString(ConverterText.ROOT.resolve("excerpts/tesseract-TSLA-000089924321044242-page1.txt"));
        Form4 form = ConverterText.extract(text, InputFormat.OCR).form();
        assertEquals(List.of(), form.derivativeTable().transactions());
        assertEquals(6, form.nonDerivativeTable().transactions().size());
        assertEquals("2912", form.nonDerivativeTable().transactions().get(0).transactionShares().value().toPlainString());
        assertEquals("Musk Elon", form.reportingOwners().get(0).name().value());
    }

    @Test
    void theNotesHeadingReadWithoutItsLastLetterStillOpensTheNotes() throws IOException {
        // tesseract at 150 dpi read the heading "Explanation of Response:"; before, the notes were read as a
        // Table II holding and F1..F5 were lost
        String text = Files.readString(ConverterText.ROOT.resolve("excerpts/tesseract-150dpi-SQ-000120919120023338.txt"));
        Form4 form = ConverterText.extract(text, InputFormat.OCR).form();
        assertEquals(List.of("F1", "F2", "F3", "F4", "F5"), form.footnotes().stream().map(Footnote::id).toList());
        assertEquals("Total includes 2,742 shares held in escrow due to pending claims.",
                form.footnotes().get(2).text());
        assertEquals(List.of(), form.derivativeTable().holdings());
    }

    @Test
    void tableTwosNumeralReadAsTwoOtherStrokesIsTableTwo() {
        // "... listed in Table 11.": a note names Table I or Table II only
        Extraction x = scan("scan/FB/000095010322008730.txt");
        assertTrue(note(x, "F1").endsWith("(\"RSUs\") listed in Table II."), note(x, "F1"));
        assertTrue(reported(x, "footnotes.F1", "'Table 11' as 'Table II'"));
    }

    @Test
    void aNotesLastWordsInLowerCaseRightUnderItAreNoRowOfTheTable() {
        // "3. ... vests as to an additional 6.25% of the shares quarterly thereafter" / "until January 1, 2026.":
        // two words and two numbers, but they begin in lower case under a line that stopped mid-sentence
        Extraction x = scan("tesseract/WVE/wave_derivatives.txt");
        assertTrue(note(x, "F3").endsWith("quarterly thereafter until January 1, 2026."), note(x, "F3"));
        assertTrue(note(x, "F5").endsWith("quarterly thereafter until February 17, 2027."), note(x, "F5"));
        assertTrue(x.form().derivativeTable().holdings().isEmpty(), x.form().derivativeTable().holdings().toString());
    }
}
