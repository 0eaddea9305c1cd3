package dev.form4.recognize;

import dev.form4.Form4Extractor;
import dev.form4.model.FieldValue;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeHolding;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.model.ReportingOwner;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Rows and boxes a page spreads over several lines, read from real {@code pdftotext -layout} output
 * (testdata/converters/pdftotext, made by regenerate.sh from the filings' SEC pages).
 */
class PageLinesTest {

    private static Form4 extract(String path) throws IOException {
        return new Form4Extractor().extract(path, Files.readString(Path.of(path))).form();
    }

    @Test
    void aRowOwnedDirectlyTakesNoLineOfTheNatureColumnItsNeighbourCentres() throws IOException {
        // "... 32,746 I By" / "Sequoia" / "Capital" / page break, captions again / "U.S." / ... / "L.P.(2)(3)(4)" /
        // "Class A Common Stock ... 27,542 D": the lines above the D row are the I row's nature; a D row has none
        var holdings = extract("testdata/converters/pdftotext/EB/000106299321005267.txt").nonDerivativeTable().holdings();
        assertEquals("By Sequoia Capital U.S. Venture 2010-Seed Fund, L.P.", holdings.get(0).natureOfOwnership().value());
        assertEquals(List.of("F2", "F3", "F4"), holdings.get(0).natureOfOwnership().footnoteIds());
        assertEquals("D", holdings.get(1).directOrIndirectOwnership().value());
        assertEquals(null, holdings.get(1).natureOfOwnership().value());
    }

    @Test
    void aWordBrokenAtItsHyphenOverTwoLinesOfACellIsOneWord() throws IOException {
        // "Non-" / "Qualifed" / "Stock" / "Option" stacked in column 1 of Table II
        Form4 form = extract("testdata/converters/pdftotext/TSLA/000089924321044060.txt");
        assertEquals("Non-Qualifed Stock Option (right to buy)",
                form.derivativeTable().transactions().get(0).securityTitle().value());
    }

    @Test
    void aMarkOnTheTitlesLineClosesTheTitleAndTheDateBelowIsTheTransactionDate() throws IOException {
        // "Common Stock         (1)" over "05/02/2019   S   8,601   D   $210.98    (4)" over "124,330   D"
        NonDerivativeTransaction row = extract("testdata/converters/pdftotext/AAPL/wf-form4_155718184308434.txt")
                .nonDerivativeTable().transactions().get(2);
        assertEquals("Common Stock", row.securityTitle().value());
        assertEquals(LocalDate.of(2019, 5, 2), row.transactionDate().value());
        assertNull(row.deemedExecutionDate().value());
    }

    @Test
    void aCellEndsAtItsFootnoteMarkWhereCentredCellsMeetWithoutABlankLine() throws IOException {
        // "Fund IV," / "L.P.(2)" / "By estate" / "planning   684,741   I" / "vehicle" / "Sequoia" ...
        List<String> natures = extract("testdata/converters/pdftotext/SQ/000120919123023396.txt")
                .nonDerivativeTable().holdings().stream().map(NonDerivativeHolding::natureOfOwnership)
                .map(FieldValue::value).toList();
        assertEquals("Sequoia Capital USGF Principals Fund IV, L.P.", natures.get(1));
        assertEquals("By estate planning vehicle", natures.get(2));
        assertEquals("Sequoia Capital U.S. Venture Fund XV, L.P.", natures.get(3));
    }

    @Test
    void aCellThatThePageBreaksGoesOnUnderTheRepeatedTitleAndCaptions() throws IOException {
        // "479   I   Sequoia" / "Capital" / "U.S." / "Venture" / "Partners" | page break: the title and captions again |
        // "Fund XV" / "(Q), L.P.(3)" / "Sequoia" / ... / "171   I   Venture" / "Partners" / "Fund XV," / "L.P.(3)"
        List<NonDerivativeHolding> holdings = extract("testdata/converters/pdftotext/SQ/000120919124000841.txt")
                .nonDerivativeTable().holdings();
        assertEquals("Sequoia Capital U.S. Venture Partners Fund XV (Q), L.P.", holdings.get(4).natureOfOwnership().value());
        assertEquals(List.of("F3"), holdings.get(4).natureOfOwnership().footnoteIds());
        assertEquals("Sequoia Capital U.S. Venture Partners Fund XV, L.P.", holdings.get(5).natureOfOwnership().value());
        assertEquals(List.of("F3"), holdings.get(5).natureOfOwnership().footnoteIds());
    }

    @Test
    void aStreetLineWrappedAtTheBoxsEdgeIsJoinedWithItsEnd() throws IOException {
        // " C/O SEQUOIA CAPITAL, 2800 SAND HILL" / " ROAD" / " SUITE 101"
        ReportingOwner owner = extract("testdata/converters/pdftotext/SQ/000120919123023396.txt").reportingOwners().get(0);
        assertEquals("C/O SEQUOIA CAPITAL, 2800 SAND HILL ROAD", owner.street1().value());
        assertEquals("SUITE 101", owner.street2().value());
    }

    @Test
    void withoutALineThatReachedTheBoxsEdgeTheLinesAfterTheFirstMakeTheSecond() {
        List<FieldValue<String>> lines = HeaderReader.twoStreetLines(List.of(FieldValue.read("C/O 374 WATER INC.", null),
                FieldValue.read("Technology", null), FieldValue.read("100 SOUTHCENTER COURT, SUITE 200", null)));
        assertEquals("C/O 374 WATER INC.", lines.get(0).value());
        assertEquals("Technology 100 SOUTHCENTER COURT, SUITE 200", lines.get(1).value());
    }

    @Test
    void aTransactionDateIsNeverAFootnoteAloneSoAMarkBesideTheTitleIsTheTitles() throws IOException {
        // "Class A Common Stock             (1)           10/02/2015   S   1,399 ...": the schema requires
        // transactionDate's value, so the mark apart from the title is the title's, and the date is the transaction's
        NonDerivativeTransaction row = extract("testdata/converters/shared-samples/goog.pdftotext-layout.txt")
                .nonDerivativeTable().transactions().get(5);
        assertEquals(LocalDate.of(2015, 10, 2), row.transactionDate().value());
        assertNull(row.deemedExecutionDate().value());
        assertEquals(List.of("F1"), row.securityTitle().footnoteIds());
    }
}
