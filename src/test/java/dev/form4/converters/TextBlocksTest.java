package dev.form4.converters;

import dev.form4.input.InputDetector;
import dev.form4.input.InputFormat;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeHolding;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.model.ReportingOwner;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * pdftotext in its default mode (no -layout, no -raw), read from the committed outputs
 * (testdata/converters/pdftotext-default, made by regenerate.sh): each caption, value and cell a block of its own,
 * blank lines between, in the tool's own reading order.
 */
class TextBlocksTest {

    private static Form4 extract(String output) {
        return ConverterText.extract(ConverterText.whole(output), null).form();
    }

    @Test
    void theSignersRoleGetsBackTheHyphenPopplerDroppedWhereItsLineBroke() {
        // "/s/ Jung Yeon Son, Attorney-" / "In-Fact" printed; poppler's text mode joins them as "AttorneyIn-Fact"
        var x = ConverterText.extract(ConverterText.whole("pdftotext-default/EB/000089924319022340.txt"), null);
        var signature = x.form().signatures().get(0);
        assertEquals("/s/ Jung Yeon Son, Attorney-In-Fact", signature.name().value());
        assertEquals(dev.form4.model.Provenance.REPAIRED, signature.name().provenance());
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.kind() == dev.form4.model.Diagnostic.Kind.REPAIRED
                && d.message().startsWith("read 'AttorneyIn-Fact' as 'Attorney-In-Fact'")), x.diagnostics().toString());
    }

    @Test
    void blocksAreADialectOfTheirOwnAndTheOthersStayAsTheyWere() {
        // "Code" and "V" each between blank lines
        assertEquals(InputFormat.BLOCKS, InputDetector.detect(ConverterText.whole("pdftotext-default/MDB/000089924319016730.txt")));
        assertEquals(InputFormat.BLOCKS, InputDetector.detect(ConverterText.whole("pdftotext-default/GOOG/form4.sec.txt")));
        assertEquals(InputFormat.MUPDF, InputDetector.detect(ConverterText.whole("mutool/MDB/000089924319016730.txt")));
        assertEquals(InputFormat.MUPDF, InputDetector.detect(ConverterText.whole("pdftotext-raw/MDB/000089924319016730.txt")));
        assertEquals(InputFormat.LAYOUT, InputDetector.detect(ConverterText.whole("pdftotext/MDB/000089924319016730.txt")));
        assertEquals(InputFormat.OCR, InputDetector.detect(ConverterText.whole("tesseract/MDB/000089924319016730.txt")));
    }

    @Test
    void rowsReadColumnByColumnAreReadBackRowByRow() {
        // four titles, then four dates, four codes, four amounts, ..., then four flags each with its nature
        List<NonDerivativeTransaction> rows = extract("pdftotext-default/MDB/000089924319016730.txt").nonDerivativeTable().transactions();
        String[] natures = {"By Sequoia Capital U.S. Growth Fund IV, L.P", "By Sequoia Capital USGF Principals Fund IV, L.P.",
                "By Sequoia Capital U.S. Venture 2010 Fund, LP", "By Sequoia Capital U.S. Venture 2010 Partners Fund (Q), LP"};
        long[] amounts = {846821, 37310, 744271, 81790};
        for (int i = 0; i < 4; i++) {
            NonDerivativeTransaction row = rows.get(i);
            assertEquals("Class A Common Stock", row.securityTitle().value());
            assertEquals("C", row.transactionCode().value());
            assertEquals(0, BigDecimal.valueOf(amounts[i]).compareTo(row.transactionShares().value()));
            assertEquals(0, BigDecimal.valueOf(amounts[i]).compareTo(row.sharesOwnedFollowingTransaction().value()));
            assertEquals(natures[i], row.natureOfOwnership().value());
        }
        assertEquals("J", rows.get(5).transactionCode().value());
        assertEquals(0, BigDecimal.ZERO.compareTo(rows.get(5).sharesOwnedFollowingTransaction().value()));
    }

    @Test
    void aHoldingsTitleReadAfterItsAmountAndFlagGoesFirst() {
        // "15,905" / "I" / "Common Stock" / (a caption) / "By / Living / Trust": Table I's only row
        List<NonDerivativeHolding> holdings = extract("pdftotext-default/MSFT/000106299324020617.txt").nonDerivativeTable().holdings();
        assertEquals(1, holdings.size());
        assertEquals("Common Stock", holdings.get(0).securityTitle().value());
        assertEquals(0, new BigDecimal("15905").compareTo(holdings.get(0).sharesOwnedFollowingTransaction().value()));
        assertEquals("I", holdings.get(0).directOrIndirectOwnership().value());
        assertEquals("By Living Trust", holdings.get(0).natureOfOwnership().value());
    }

    @Test
    void theHeadersValuesArePlacedByWhatTheyAre() {
        // "THIEL PETER" / "(First)" read late, after the OMB panel; "MENLO PARK CA" / "94025" early; the issuer
        // among box 5's labels
        Form4 form = extract("pdftotext-default/FB/000112760218024167.txt");
        assertEquals("Facebook Inc", form.issuer().name().value());
        assertEquals("FB", form.issuer().tradingSymbol().value());
        ReportingOwner owner = form.reportingOwners().get(0);
        assertEquals("THIEL PETER", owner.name().value());
        assertEquals("C/O FACEBOOK, INC.", owner.street1().value());
        assertEquals("1601 WILLOW ROAD", owner.street2().value());
        assertEquals("MENLO PARK", owner.city().value());
        assertEquals("CA", owner.state().value());
        assertEquals("94025", owner.zipCode().value());
    }

    @Test
    void theFurtherOwnersBoxesReadAmongTableTwosCellsGoAfterIt() {
        // "Hoffman Reid" / "(Last)" / ... / "(Zip)" read between Table II's amount and its underlying title
        Form4 form = extract("pdftotext-default/LNKD/000120919113010247.txt");
        assertEquals(2, form.reportingOwners().size());
        assertEquals("Reid Hoffman & Michelle Yee Living Trust", form.reportingOwners().get(1).name().value());
        assertEquals("MOUNTAIN VIEW", form.reportingOwners().get(1).city().value());
        var row = form.derivativeTable().transactions().get(0);
        assertEquals("Class A Common Stock", row.underlyingSecurityTitle().value());
        assertEquals(0, new BigDecimal("17323239").compareTo(row.sharesOwnedFollowingTransaction().value()));
    }

    @Test
    void aPageNoSplitReadsDoesNotCostTheOtherPageItsRows() {
        // page 2 of Table I opens with flags and natures read before their rows' titles: page 1's six rows stay
        List<NonDerivativeTransaction> rows = extract("pdftotext-default/FB/000112760218024167.txt").nonDerivativeTable().transactions();
        assertEquals(0, new BigDecimal("82").compareTo(rows.get(0).transactionShares().value()));
        assertEquals(0, new BigDecimal("2008").compareTo(rows.get(0).sharesOwnedFollowingTransaction().value()));
        assertEquals("By The Founders Fund II, LP", rows.get(0).natureOfOwnership().value());
        assertEquals(0, new BigDecimal("163").compareTo(rows.get(5).transactionShares().value()));
        assertEquals(0, BigDecimal.ZERO.compareTo(rows.get(5).sharesOwnedFollowingTransaction().value()));
    }

    @Test
    void aSignaturesDateGluedToTheSignersLastWordIsACellOfItsOwn() {
        // "/s/ Sam Whittington, Attorney08/14/2019" / "in-Fact for Arthur D. Levinson"
        var signature = extract("pdftotext-default/AAPL/wf-form4_156582182214854.txt").signatures().get(0);
        assertEquals(java.time.LocalDate.of(2019, 8, 14), signature.date().value());
    }
}
