package dev.form4.recognize;

import dev.form4.Form4Extractor;
import dev.form4.input.InputFormat;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeHolding;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.source.ParseLimits;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tables whose cells Tesseract read one paragraph each (testdata/converters/tesseract, made by regenerate.sh from
 * the filings' SEC pages): the rows rebuilt by the columns' order, not by the blank lines.
 */
class CellParagraphsTest {

    private static Form4 extract(String path) throws IOException {
        return new Form4Extractor(ParseLimits.DEFAULT, InputFormat.OCR).extract(path, Files.readString(Path.of(path))).form();
    }

    @Test
    void aTransactionsCellsOneParagraphEachAreOneRowWhoseNatureStandsBeforeItsAmountOwned() throws IOException {
        // "Class A Common Shares" / "08/06/2024" / "Pp 121,266 | A" / "$56.8591" / "SC US/E" "Expansion" ... / "121,266 I"
        Form4 form = extract("testdata/converters/tesseract/SQ/000106299324014684.txt");
        assertEquals(2, form.nonDerivativeTable().transactions().size());
        NonDerivativeTransaction row = form.nonDerivativeTable().transactions().get(0);
        assertEquals("Class A Common Shares", row.securityTitle().value());
        assertEquals("P", row.transactionCode().value());
        assertEquals(0, new BigDecimal("121266").compareTo(row.transactionShares().value()));
        assertEquals("A", row.transactionAcquiredDisposedCode().value());
        assertEquals(0, new BigDecimal("56.8591").compareTo(row.transactionPricePerShare().value()));
        assertEquals(0, new BigDecimal("121266").compareTo(row.sharesOwnedFollowingTransaction().value()));
        assertEquals("I", row.directOrIndirectOwnership().value());
        assertTrue(row.natureOfOwnership().value().startsWith("SC US/E Expansion Fund I Management"), row.natureOfOwnership().value());
    }

    @Test
    void aHoldingsNatureBetweenItsTitleAndItsAmountIsTheNatureEvenOverTwoParagraphs() throws IOException {
        // "Class A Common Stock" / "Sequoia" "Capital" "USGF" "Principals" / "Fund IV, L.P." "(4)" / "77 I"
        NonDerivativeHolding row = extract("testdata/converters/tesseract/SQ/000106299324014684.txt")
                .nonDerivativeTable().holdings().get(1);
        assertEquals("Class A Common Stock", row.securityTitle().value());
        assertEquals(0, new BigDecimal("77").compareTo(row.sharesOwnedFollowingTransaction().value()));
        assertEquals("I", row.directOrIndirectOwnership().value());
        assertEquals("Sequoia Capital USGF Principals Fund IV, L.P.", row.natureOfOwnership().value());
    }

    @Test
    void aTitleThenANatureThenTheValuesLineIsOneRowTitledByTheFirst() throws IOException {
        // "Class A Common Stock" / "Sequoia" "Capital" "US/E" ... / "11/08/2023 P 495,539 | A | $50.8848% 495,539 I"
        NonDerivativeTransaction row = extract("testdata/converters/tesseract/SQ/000106299323020702.txt")
                .nonDerivativeTable().transactions().get(0);
        assertEquals("Class A Common Stock", row.securityTitle().value());
        assertEquals(0, new BigDecimal("495539").compareTo(row.transactionShares().value()));
        assertTrue(row.natureOfOwnership().value().startsWith("Sequoia Capital US/E Expansion Fund I"), row.natureOfOwnership().value());
    }

    @Test
    void aDAfterTheTransactionsAmountIsItsDispositionNotTheOwnershipForm() throws IOException {
        // "Class A Common Stock" / "05/27/2021" / "ne 2,248,637 D" / "By" "Sequoia" ... "2010" / "Fund," "L.P.®@4" / "(1) 0 I"
        NonDerivativeTransaction row = extract("testdata/converters/tesseract/EB/000106299321005267.txt")
                .nonDerivativeTable().transactions().get(2);
        assertEquals("Class A Common Stock", row.securityTitle().value());
        assertEquals("D", row.transactionAcquiredDisposedCode().value());
        assertEquals(0, BigDecimal.ZERO.compareTo(row.sharesOwnedFollowingTransaction().value()));
        assertEquals("I", row.directOrIndirectOwnership().value());
        assertTrue(row.natureOfOwnership().value().startsWith("By Sequoia Capital U.S. Venture 2010 Fund"), row.natureOfOwnership().value());
    }

    @Test
    void textThatTheCaptionsPartFromTheFirstValuesIsNoPartOfTheirTitle() throws IOException {
        // box 6's "Line)" / "xX" / "Person" stand above Table I's captions, the first row below them:
        // "Common Stock 11/15/2021 sO 7,900 D $1,010.59°) 1,313,876 D" is titled "Common Stock", not "Person Common Stock"
        NonDerivativeTransaction row = extract("testdata/converters/tesseract/TSLA/000089924321044689.txt")
                .nonDerivativeTable().transactions().get(0);
        assertEquals("Common Stock", row.securityTitle().value());
        assertEquals(0, new BigDecimal("7900").compareTo(row.transactionShares().value()));
    }

    @Test
    void theCaptionsPiecesAboveTheFirstValuesAreNoCellsOfTheFirstRow() throws IOException {
        // lines 94-111: "Ownership" (box 7's last caption line read as a row), then "6. Ownership" / "Form: Direct" /
        // "(D) or" / "Indirect (I)", then line 117's "Common Stock" / "05/23/2023" / "jD 2,493" / "By estate" ...
        NonDerivativeTransaction row = extract("testdata/converters/tesseract/U/000106299323012371.txt")
                .nonDerivativeTable().transactions().get(0);
        assertEquals("Common Stock", row.securityTitle().value());
        assertEquals("By estate planning vehicle", row.natureOfOwnership().value());
        assertEquals(0, new BigDecimal("1109609").compareTo(row.sharesOwnedFollowingTransaction().value()));
    }
}
