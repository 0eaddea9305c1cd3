package dev.form4.converters;

import dev.form4.Extraction;
import dev.form4.input.InputDetector;
import dev.form4.input.InputFormat;
import dev.form4.input.text.MuPdfTextFrontEnd;
import dev.form4.model.DerivativeTransaction;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.source.ParseLimits;
import dev.form4.source.ReadBudget;
import dev.form4.source.SourceRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MuPDF's plain text ({@code mutool draw -F txt}, PyMuPDF's {@code page.get_text()}), read from the committed
 * outputs (testdata/converters/mutool, made by regenerate.sh) and an excerpt of one (testdata/converters/excerpts):
 * a line per line of a cell, a table row's cells one a line in column order, blank lines between the page's
 * blocks, which part a row's cells of other heights, not rows.
 */
class MuPdfTextTest {

    private static Form4 extract(String output) {
        return ConverterText.extract(ConverterText.whole(output), null).form();
    }

    @Test
    void aMarkTouchingAShortAmountIsTheAmountsNotTheNextDatesFootnote() {
        // pdftotext -raw: "(1) 03/11/2021 A 25(2) (3) (3)": F2 is the 25's, each date has its F3
        var row = extract("pdftotext-raw/MSFT/000106299321002686.txt").derivativeTable().transactions().get(0);
        assertEquals(List.of("F2"), row.transactionShares().footnoteIds());
        assertEquals(List.of("F3"), row.exerciseDate().footnoteIds());
        assertEquals(List.of("F3"), row.expirationDate().footnoteIds());
    }

    @Test
    void mupdfsTextIsADialectOfItsOwnAndOcrStaysOcr() {
        // "Code" over "V": the sub-captions the form prints side by side, one a line
        assertEquals(InputFormat.MUPDF, InputDetector.detect(ConverterText.whole("mutool/AUR/000182810823000205.txt")));
        assertEquals(InputFormat.MUPDF, InputDetector.detect(ConverterText.whole("mutool/GOOG/form4.sec.txt")));
        assertEquals(InputFormat.OCR, InputDetector.detect(ConverterText.whole("tesseract/AUR/000182810823000205.txt")));
        assertEquals(InputFormat.OCR, InputDetector.detect(ConverterText.whole("scan/AUR/000182810823000205.txt")));
        assertEquals(InputFormat.LAYOUT, InputDetector.detect(ConverterText.whole("pdftotext/AUR/000182810823000205.txt")));
    }

    @Test
    void aLineIsOneRowOfOneCellAndAFormFeedIsABlankLine() {
        // lines 400-470 of mutool/EB/000089924318025227.txt: a nature cut by the page break, "Venture" / "" / "\f" /
        // "Table II - ..." (the title printed again)
        String text = ConverterText.whole("excerpts/mutool-EB-000089924318025227-page-break.txt");
        List<SourceRow> rows = MuPdfTextFrontEnd.INSTANCE.rows("excerpt", text, new ReadBudget("excerpt", ParseLimits.DEFAULT));
        assertEquals(text.lines().filter(l -> !l.isBlank()).count(), rows.size());
        rows.forEach(r -> assertEquals(1, r.cells().size()));
        assertEquals("Stock", rows.get(0).text());
        SourceRow mark = rows.get(1);
        assertEquals("(4)", mark.text());
        assertEquals(3, mark.line());
        assertTrue(mark.blankBefore());
        SourceRow title = rows.stream().filter(r -> r.text().startsWith("Table II")).findFirst().orElseThrow();
        assertEquals(24, title.line());
        assertTrue(title.blankBefore());
        assertEquals("Venture", rows.get(rows.indexOf(title) - 1).text());
    }

    @Test
    void aRowsFirstCellFollowsABlankLineSoATitleRightUnderALineGoesOnWithIt() {
        // "SMB" / "Pacific 2021 Charitable Remainder Unitrust I": no blank line between, so no row starts at "Pacific"
        var holdings = extract("mutool/GOOG/doc4_2.txt").derivativeTable().holdings();
        assertEquals("SMB Pacific 2021 Charitable Remainder Unitrust I", holdings.get(1).natureOfOwnership().value());
        assertEquals("Class B Common Stock", holdings.get(2).securityTitle().value());
    }

    @Test
    void aNatureWithoutMarksEndsAtALineThatOpensWithATitleAndHoldsValues() {
        // pdftotext -raw: "Class A Common Stock 684,741 I" / "By estate" / "planning" / "vehicle" / "Class A Common
        // Stock 11,388 I" / "Sequoia" ...: no blank line ends the nature, the next row's line does
        Form4 form = ConverterText.extract(ConverterText.whole("pdftotext-raw/SQ/000162828024031146.txt"), InputFormat.MUPDF).form();
        var holdings = form.nonDerivativeTable().holdings();
        assertEquals("By estate planning vehicle", holdings.get(2).natureOfOwnership().value());
        assertEquals(new BigDecimal("684741"), holdings.get(2).sharesOwnedFollowingTransaction().value());
        assertEquals("Class A Common Stock", holdings.get(3).securityTitle().value());
        assertEquals(new BigDecimal("11388"), holdings.get(3).sharesOwnedFollowingTransaction().value());
        assertEquals("Sequoia Capital U.S. Venture Fund XV, L.P.", holdings.get(3).natureOfOwnership().value());
    }

    @Test
    void table2sRowsGoOnOverTheBlocksTheirCellsOfOtherHeightsMake() {
        // "Class B" / "Common" / "Stock(4)" / "" / "(7)(8)" / "05/24/2011" / "J(5)" / ... / "" / "Class A" / "Common" /
        // "" / "Stock" / "19,066,032" / "$0" / "19,066,032" / "I" / "See" / "footnote(3)": one row
        Form4 form = extract("mutool/LNKD/000118143111033001.txt");
        List<DerivativeTransaction> rows = form.derivativeTable().transactions();
        assertEquals(3, rows.size());
        assertEquals(0, form.derivativeTable().holdings().size());
        assertEquals("Series A Convertible Preferred Stock", rows.get(0).securityTitle().value());
        assertEquals("Common Stock", rows.get(0).underlyingSecurityTitle().value());
        DerivativeTransaction second = rows.get(1);
        assertEquals("Class B Common Stock", second.securityTitle().value());
        assertEquals(List.of("F4"), second.securityTitle().footnoteIds());
        assertEquals("J", second.transactionCode().value());
        assertEquals("Class A Common Stock", second.underlyingSecurityTitle().value());
        assertEquals(0, new BigDecimal("19066032").compareTo(second.underlyingSecurityShares().value()));
        assertEquals(0, new BigDecimal("19066032").compareTo(second.sharesOwnedFollowingTransaction().value()));
        assertEquals("I", second.directOrIndirectOwnership().value());
        assertEquals("See footnote", second.natureOfOwnership().value());
        assertEquals(List.of("F3"), second.natureOfOwnership().footnoteIds());
    }

    @Test
    void theMarksCloseTheNatureAndTheTextAfterThemIsTheNextRowsTitle() {
        // "I" / "" / "See" / "Footnotes(2)" / "" / "(3)" / "" / "Class B" / "Common" / "Stock" / "" / "(1)" / ...
        List<DerivativeTransaction> rows = extract("mutool/AUR/000182810823000205.txt").derivativeTable().transactions();
        assertEquals("See Footnotes", rows.get(1).natureOfOwnership().value());
        assertEquals(List.of("F2", "F4"), rows.get(1).natureOfOwnership().footnoteIds());
        assertEquals("Class B Common Stock", rows.get(2).securityTitle().value());
    }

    @Test
    void aNatureOneWordALineKeepsItsNumbersAndItsHyphenatedWords() {
        // "By" / "Sequoia" / "Capital" / "U.S." / "Venture" / "2010-" / "Seed" / "Fund," / "L.P.(2)(3)(4)", and
        // "By" / ... / "Growth" / "VII" / "Principals" / "Fund," / "L.P.(2)(3)(4)" (nine lines)
        List<NonDerivativeTransaction> rows = extract("mutool/EB/000106299321002816.txt").nonDerivativeTable().transactions();
        assertEquals("By Sequoia Capital U.S. Venture 2010-Seed Fund, L.P.", rows.get(0).natureOfOwnership().value());
        assertEquals("By Sequoia Capital U.S. Growth VII Principals Fund, L.P.", rows.get(5).natureOfOwnership().value());
        assertEquals(List.of("F2", "F3", "F4"), rows.get(5).natureOfOwnership().footnoteIds());
        // "Non-" / "Qualifed" / "Stock" / "Option" / "(right to" / "buy)"
        DerivativeTransaction option = extract("mutool/TSLA/000089924321044060.txt").derivativeTable().transactions().get(0);
        assertEquals("Non-Qualifed Stock Option (right to buy)", option.securityTitle().value());
    }

    @Test
    void table2sAcquiredOrDisposedIsWhereTheAmountStandsWhichTheTextDoesNotSay() {
        // "A" / "25(2)": under (A) or (D) only the page's geometry tells, and no repair's evidence applies: unread
        Extraction x = ConverterText.extract(ConverterText.whole("mutool/MSFT/000106299321002686.txt"), null);
        DerivativeTransaction row = x.form().derivativeTable().transactions().get(0);
        assertEquals(0, new BigDecimal("25").compareTo(row.transactionShares().value()));
        assertNull(row.transactionAcquiredDisposedCode().value());
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.field() != null
                && d.field().equals("derivativeTable.transactions[0].transactionAcquiredDisposedCode")));
    }

    @Test
    void aNotesLineOpeningWithAnAmountGoesOnWithTheNote() {
        // "5. Represents (i) 560 shares ... and (ii)" / "3,133 restricted stock units acquired ...": not a note "3,"
        Form4 form = extract("mutool/MDB/000089924319009908.txt");
        String note = form.footnotes().stream().filter(f -> f.id().equals("F5")).findFirst().orElseThrow().text();
        assertTrue(note.contains("and (ii) 3,133 restricted stock units acquired"), note);
        assertTrue(note.endsWith("on such date."), note);
    }
}
