package dev.form4.converters;

import dev.form4.input.InputFormat;
import dev.form4.model.DerivativeTransaction;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeTransaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** pdftotext -layout: the form's rows as the page lays them out, one printed line per text line. */
class PdftotextTablesTest {

    private static Form4 form(String output) {
        return ConverterText.extract(ConverterText.whole(output), InputFormat.LAYOUT).form();
    }

    @Test
    void theRule10b5OneCheckboxTextBrokenOverLinesStaysInTheHeader() {
        // "transaction was made pursuant to a" and "securities of the issuer that is" hold column-caption words;
        // read as captions they opened Table I above box 1 and the real table was lost.
        Form4 form = ConverterText.extract(ConverterText.lines("pdftotext/AIR/data_sgml_0001127602-25-001055.txt", 1, 80),
                InputFormat.LAYOUT).form();
        assertEquals(1, form.nonDerivativeTable().transactions().size());
        assertEquals(0, form.nonDerivativeTable().holdings().size());
        NonDerivativeTransaction row = form.nonDerivativeTable().transactions().get(0);
        assertEquals("Common Stock", row.securityTitle().value());
        assertEquals("S", row.transactionCode().value());
        assertEquals(new BigDecimal("1500"), row.transactionShares().value());
        assertEquals(new BigDecimal("66.903"), row.transactionPricePerShare().value());
        assertEquals(List.of("F1"), row.transactionPricePerShare().footnoteIds());
    }

    @Test
    void aCellCentredOnItsRowHasAsManyLinesAboveTheValuesAsBelow() {
        // "See" / values / "footnote(4)" / "See" / values / ...: without blank lines between the rows, the
        // "See" under a row's values opens the next row's nature.
        List<NonDerivativeTransaction> rows = form("pdftotext/LNKD/000120919113010247.txt").nonDerivativeTable().transactions();
        assertEquals(4, rows.size());
        for (NonDerivativeTransaction row : rows) {
            assertEquals("See footnote", row.natureOfOwnership().value());
            assertEquals(List.of("F4"), row.natureOfOwnership().footnoteIds());
        }
        // eight lines of nature: four above the values, one on them, three below ("By" / ... / "L.P.(2)(3)(4)")
        List<NonDerivativeTransaction> sequoia = form("pdftotext/EB/000106299321002816.txt").nonDerivativeTable().transactions();
        assertEquals("By Sequoia Capital U.S. Venture 2010 Fund, L.P.", sequoia.get(1).natureOfOwnership().value());
        assertEquals("By Sequoia Capital U.S. Growth Fund VII, L.P.", sequoia.get(4).natureOfOwnership().value());
        assertEquals("By Sequoia Capital U.S. Growth VII Principals Fund, L.P.", sequoia.get(5).natureOfOwnership().value());
    }

    @Test
    void aTitleOnItsOwnLineBetweenTwoRowsBelongsToTheRowWithoutOne() {
        // line 53 holds a whole row with its title, line 54 "Class A Common Stock (1)", line 55 the next row's values
        List<NonDerivativeTransaction> rows = form("pdftotext/GOOG/form4.txt").nonDerivativeTable().transactions();
        assertEquals(18, rows.size());
        for (NonDerivativeTransaction row : rows) {
            assertEquals("Class A Common Stock", row.securityTitle().value());
        }
    }

    @Test
    void oneColumnsRightAlignedNumbersEndingACharacterApartAreOneColumn() {
        // "0" (line 125) over "9,948" (line 129): the second is the next row's, a holding of its own
        Form4 form = form("pdftotext/FB/000112760219027422.txt");
        NonDerivativeTransaction last = form.nonDerivativeTable().transactions().get(11);
        assertEquals(BigDecimal.ZERO, last.sharesOwnedFollowingTransaction().value());
        assertEquals("By The Founders Fund IV Principals Fund, LP", last.natureOfOwnership().value());
        assertEquals(new BigDecimal("9948"), form.nonDerivativeTable().holdings().get(0).sharesOwnedFollowingTransaction().value());
        assertEquals("By Rivendell One LLC", form.nonDerivativeTable().holdings().get(1).natureOfOwnership().value());
    }

    @Test
    void tableTwosSharesAreAcquiredOrDisposedByTheSubCaptionOverThem() {
        DerivativeTransaction grant = form("pdftotext/SCWO/data_ownership_374WaterForm4.txt").derivativeTable().transactions().get(0);
        assertEquals(new BigDecimal("757576"), grant.transactionShares().value());
        assertEquals("A", grant.transactionAcquiredDisposedCode().value());
        DerivativeTransaction exercise = form("pdftotext/TSLA/000089924321044060.txt").derivativeTable().transactions().get(0);
        assertEquals("D", exercise.transactionAcquiredDisposedCode().value());
        assertEquals(LocalDate.of(2022, 8, 13), exercise.expirationDate().value());
    }
}
