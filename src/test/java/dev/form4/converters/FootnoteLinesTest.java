package dev.form4.converters;

import dev.form4.input.InputFormat;
import dev.form4.Extraction;
import dev.form4.model.Diagnostic;
import dev.form4.model.Footnote;
import dev.form4.model.Form4;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A note's lines as converters break them. */
class FootnoteLinesTest {

    private static Footnote note(Form4 form, String id) {
        return form.footnotes().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aLineEndingInAWordsHyphenGoesOnWithoutASpace() {
        // "... or the Venture 2010-" / "Seed Fund. The Reporting Person ..."
        Form4 form = ConverterText.extract(ConverterText.whole("excerpts/pdftotext-SQ-000120919120023338.txt"), InputFormat.LAYOUT).form();
        assertTrue(note(form, "F2").text().contains("or the Venture 2010-Seed Fund. The Reporting Person"), note(form, "F2").text());
    }

    @Test
    void theNotesLastWordsEndingItsSentenceContinueIt() {
        // "... as part of a liquidity and" / "diversification strategy."
        Form4 form = ConverterText.extract(ConverterText.whole("pdftotext/LNKD/000120919113010247.txt"), InputFormat.LAYOUT).form();
        assertTrue(note(form, "F5").text().endsWith("as part of a liquidity and diversification strategy."), note(form, "F5").text());
    }

    @Test
    void aParagraphGoingOnInLowerCaseContinuesTheNoteAbove() {
        // pdf2md: "## 1. The price reported ... undertakes" / "## to provide AAR CORP. any security holder ..."
        Form4 form = ConverterText.extract(ConverterText.whole("pdf2md/AIR/data_sgml_0001127602-25-001055.md"), InputFormat.GFM).form();
        assertTrue(note(form, "F1").text().endsWith("within the range set forth in this footnote."), note(form, "F1").text());
    }

    @Test
    void aLineFarRightOfTheNoteIsTheSignersBoxNotTheNote() {
        // "4. Includes one share ..." (col 1) / "Ann Habernigg, Attorney-in-" (col 131) / "03/12/2021" / "fact for ..."
        Form4 form = ConverterText.extract(ConverterText.whole("pdftotext/MSFT/000106299321002686.txt"), InputFormat.LAYOUT).form();
        assertEquals("Includes one share as a result of accumulated fractional shares.", note(form, "F4").text());
        assertEquals("Ann Habernigg, Attorney-in-fact for Reid G. Hoffman", form.signatures().get(0).name().value());
        assertEquals(LocalDate.of(2021, 3, 12), form.signatures().get(0).date().value());
    }

    @Test
    void aCommaEndingANoteIsItsFullStopAsOcrMisreadsIt() {
        // scanned page: "... for purposes of Section 16 or for any other purposes," ends note 1
        Extraction extraction = ConverterText.extract(ConverterText.whole("scan/FB/000112760217024628.txt"), InputFormat.OCR);
        String text = note(extraction.form(), "F1").text();
        assertTrue(text.endsWith("for any other purposes."), text);
        assertTrue(extraction.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.REPAIRED
                && d.field().equals("footnotes.F1")), extraction.diagnostics().toString());
        // inside a note, a comma before a sentence's opening word is OCR's full stop too ("... price, These shares
        // ..." as scanned; the filing has "average price. These shares"): OcrProse writes it back
        assertTrue(note(extraction.form(), "F4").text().contains("average price. These shares"));
    }
}
