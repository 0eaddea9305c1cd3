package dev.form4.converters;

import dev.form4.input.InputFormat;
import dev.form4.model.Form4;
import dev.form4.Extraction;
import dev.form4.model.Diagnostic;
import dev.form4.model.DerivativeTransaction;
import dev.form4.model.NonDerivativeHolding;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.model.Provenance;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** tesseract: a line per printed line, words one space apart, borders read as '|'. */
class TesseractTablesTest {

    @Test
    void anAmountBeforeALoneLetterIsNoPartOfTheTitle() {
        // line 109, one OCR cell: "Class C Capital Stock 21,169,379 D"; "Venture 2010 Fund" keeps its number
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/GOOG/form4.sec.txt"), InputFormat.OCR).form();
        NonDerivativeHolding holding = form.nonDerivativeTable().holdings().get(0);
        assertEquals("Class C Capital Stock", holding.securityTitle().value());
        assertEquals(new BigDecimal("21169379"), holding.sharesOwnedFollowingTransaction().value());
        assertEquals("D", holding.directOrIndirectOwnership().value());
    }

    @Test
    void aCodeReadWithItsMarkGoneToDebrisIsTheCodeAndItsMarkThePlansOnlyNote() {
        // "Common Stock 11/08/2021 sO) 1,100 D $1,135.05 2,153,472 D": S(1) as OCR reads it; its mark's number is
        // lost, and F1 is the document's only note about a Rule 10b5-1 trading plan
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/TSLA/000089924321044060.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(1);
        assertEquals("S", row.transactionCode().value());
        assertEquals(Provenance.INFERRED, row.transactionCode().provenance());
        assertEquals(List.of("F1"), row.transactionCode().footnoteIds());
        assertEquals(new BigDecimal("1100"), row.transactionShares().value());
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.REPAIRED
                && "nonDerivativeTable.transactions[1].transactionCode".equals(d.field()) && d.message().contains("'sO)'")));
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.INFERRED
                && "nonDerivativeTable.transactions[1].transactionCode".equals(d.field()) && d.message().contains("10b5-1")));
    }

    @Test
    void anOptionExercisesCodeWithItsMarkGoneToDebrisIsLinkedToThePlansOnlyNoteAsASalesIs() {
        // line 61 "Common Stock 11/08/2021 mM) 2,154,572 | A $6.24 2,154,572 D": M(1), the exercise made under the
        // plan of F1, the document's only Rule 10b5-1 note
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/TSLA/000089924321044060.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(0);
        assertEquals("M", row.transactionCode().value());
        assertEquals(List.of("F1"), row.transactionCode().footnoteIds());
        assertEquals(Provenance.INFERRED, row.transactionCode().provenance());
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.INFERRED && d.position().line() == 61
                && "nonDerivativeTable.transactions[0].transactionCode".equals(d.field()) && d.message().contains("10b5-1")));
    }

    @Test
    void anSReadAsADigitWithItsMarksDigitOrAloneIsTheSaleBesideItsDFlag() {
        // line 51 "Class A Common Stock 12/13/2022 52) 73,170 D | $150.841°) 227,927 D": S(2), its '(' lost; a bare
        // number "52" would be no code
        Extraction snow = ConverterText.extract(ConverterText.whole("tesseract/SNOW/snow.txt"), InputFormat.OCR);
        NonDerivativeTransaction sale = snow.form().nonDerivativeTable().transactions().get(1);
        assertEquals("S", sale.transactionCode().value());
        assertEquals(new BigDecimal("73170"), sale.transactionShares().value());
        assertTrue(snow.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.REPAIRED && d.position().line() == 51
                && "nonDerivativeTable.transactions[1].transactionCode".equals(d.field()) && d.message().contains("'52'")));
        // line 89 "Class A Common Stock 05/01/2012 8) 600 D | $109.41 0 I 4": S(6) with S taken for 8
        Form4 lnkd = ConverterText.extract(ConverterText.whole("tesseract/LNKD/000120919112025855.txt"), InputFormat.OCR).form();
        NonDerivativeTransaction last = lnkd.nonDerivativeTable().transactions().get(4);
        assertEquals("S", last.transactionCode().value());
        assertEquals(new BigDecimal("600"), last.transactionShares().value());
    }

    @Test
    void aLowercasedCodeWithItsMarksDigitAndClosingParenthesisIsTheCode() {
        // line 86 "Common Shares, no par value 07/25/2025 x2) 697,674 A (2) 3,012,785": X(2), its '(' lost
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/PMN/promis_neuro_x_codes.txt"), InputFormat.OCR).form();
        assertEquals("X", form.nonDerivativeTable().transactions().get(1).transactionCode().value());
        assertEquals("X", form.nonDerivativeTable().transactions().get(2).transactionCode().value());
    }

    @Test
    void aConversionsTableIRowWhoseCodeWasNotReadTakesTheCodeOfItsTableIIPair() {
        // Table I's row of line 173 (its lines scattered, no code among them) acquired 47,589 shares on 03/15/2021;
        // Table II's C row of line 325 converted a derivative into those 47,589 underlying shares that day
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/EB/000106299321002816.txt"), InputFormat.OCR);
        NonDerivativeTransaction stock = x.form().nonDerivativeTable().transactions().get(3);
        assertEquals(new BigDecimal("47589"), stock.transactionShares().value());
        assertEquals("C", stock.transactionCode().value());
        assertEquals(Provenance.INFERRED, stock.transactionCode().provenance());
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.INFERRED
                && "nonDerivativeTable.transactions[3].transactionCode".equals(d.field()) && d.message().contains("line 325")));
        // and so the pair gives the conversion's direction
        DerivativeTransaction conversion = x.form().derivativeTable().transactions().get(2);
        assertEquals("D", conversion.transactionAcquiredDisposedCode().value());
    }

    @Test
    void aConversionsOrExercisesDamagedUnderlyingTitleIsTheTitleOfTheTableIRowThatReceivedTheShares() {
        // line 279: the conversion's underlying title read '(as) Common'; Table I's C row of 08/22/2019 acquired
        // the 16,840 underlying shares of "Class A Common Stock"
        Extraction fb = ConverterText.extract(ConverterText.whole("tesseract/FB/000112760219027422.txt"), InputFormat.OCR);
        DerivativeTransaction conversion = fb.form().derivativeTable().transactions().get(0);
        assertEquals("Class A Common Stock", conversion.underlyingSecurityTitle().value());
        assertEquals(Provenance.REPAIRED, conversion.underlyingSecurityTitle().provenance());
        assertTrue(fb.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.REPAIRED
                && "derivativeTable.transactions[0].underlyingSecurityTitle".equals(d.field()) && d.message().contains("'(as) Common'")));
        // line 126: the exercise's read 'gi jek', of whole words but no class; Table I's M row received Common Stock
        Form4 tsla = ConverterText.extract(ConverterText.whole("tesseract/TSLA/000089924321044060.txt"), InputFormat.OCR).form();
        assertEquals("Common Stock", tsla.derivativeTable().transactions().get(0).underlyingSecurityTitle().value());
    }

    @Test
    void aCodeWithItsMarksCapitalGlyphIsNoWordOfATitleThatTheAmountAfterItContinues() {
        // line 66 "Common Stock 11/08/2021 sO 400°) D $1,142.05 2,143,772 D": 'sO' is S(1), not a word the 400 goes on
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/TSLA/000089924321044060.txt"), InputFormat.OCR).form();
        NonDerivativeTransaction row = form.nonDerivativeTable().transactions().get(5);
        assertEquals("S", row.transactionCode().value());
        assertEquals(new BigDecimal("400"), row.transactionShares().value());
        // the amount is read as printed; only its mark '°)' is linked, by elimination, to F2 (as the filing has it)
        assertEquals(List.of("F2"), row.transactionShares().footnoteIds());
        assertEquals(Provenance.INFERRED, row.transactionShares().provenance());
    }

    @Test
    void aLowercaseLetterUnlikeItsCapitalIsNoCodeLowercased() {
        // scan line 66 "Common Stock 11/15/2021 gf) 300°) D $1,031.00 1,173,581 D": a 'g' is no G lowercased (the
        // filing's S(1)); the code stays unread
        Extraction tsla = ConverterText.extract(ConverterText.whole("scan/TSLA/000089924321044689.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = tsla.form().nonDerivativeTable().transactions().get(17);
        assertEquals(new BigDecimal("300"), row.transactionShares().value());
        assertEquals(null, row.transactionCode().value());
        // scan line 61 "Class A Common Stock 11/04/2024 a 352,425 | A i) ...": the 'a' is no A; the row's code comes
        // from its Table II conversion pair instead
        Extraction aur = ConverterText.extract(ConverterText.whole("scan/AUR/000182810824000143.txt"), InputFormat.OCR);
        NonDerivativeTransaction converted = aur.form().nonDerivativeTable().transactions().get(2);
        assertEquals("C", converted.transactionCode().value());
        assertEquals(Provenance.INFERRED, converted.transactionCode().provenance());
    }

    @Test
    void anExercisesAmountMisreadPastItsDigitsIsTheUnderlyingAmountTheTableIRowReceived() {
        // scan line 87: the M row's amount read '2927' (its marks' debris), its underlying amount 2,154,572; Table I's
        // M row of 11/08/2021 received 2,154,572 shares: the pair names the amount and the direction
        Extraction x = ConverterText.extract(ConverterText.whole("scan/TSLA/000089924321044060.txt"), InputFormat.OCR);
        DerivativeTransaction exercise = x.form().derivativeTable().transactions().get(0);
        assertEquals(new BigDecimal("2154572"), exercise.transactionShares().value());
        assertEquals(Provenance.REPAIRED, exercise.transactionShares().provenance());
        assertEquals("D", exercise.transactionAcquiredDisposedCode().value());
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.REPAIRED
                && "derivativeTable.transactions[0].transactionShares".equals(d.field()) && d.message().contains("underlying amount")));
    }

    @Test
    void aCodeDoubledWithoutDebrisHasNoMarkToLink() {
        // "Common Stock) 05/02/2019 Ss 13,433 D_ | $208.99° 151,187 D": 'Ss' is S read twice, no mark (the filing
        // links F1 to the title, not the code), though F1 is the only 10b5-1 note; the price's mark is F2's range
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/AAPL/wf-form4_155718184308434.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(0);
        assertEquals("S", row.transactionCode().value());
        assertEquals(List.of(), row.transactionCode().footnoteIds());
        assertEquals(new BigDecimal("208.99"), row.transactionPricePerShare().value());
        assertEquals(List.of("F2"), row.transactionPricePerShare().footnoteIds());
    }

    @Test
    void aBordersUnderscoreLeavesTheFlagAloneAndALowercaseCodeLetterIsNoWordOfTheTitle() {
        // scan line 72: "Class A Common Stock'"? 10/02/2015 s 692 D_ | $639.6509"” 8,935 D"
        Form4 form = ConverterText.extract(ConverterText.whole("scan/GOOG/form4.sec.txt"), InputFormat.OCR).form();
        NonDerivativeTransaction row = form.nonDerivativeTable().transactions().get(6);
        assertEquals("S", row.transactionCode().value());
        assertEquals(new BigDecimal("692"), row.transactionShares().value());
        assertEquals("D", row.transactionAcquiredDisposedCode().value());
        assertEquals(new BigDecimal("639.6509"), row.transactionPricePerShare().value());
        assertEquals(new BigDecimal("8935"), row.sharesOwnedFollowingTransaction().value());
    }

    @Test
    void remarksAloneInTheBoxesIsTheOfficerTitleNotTheRemarksHeading() {
        // line 37 "Remarks" (box 5's "See Remarks", broken by OCR) made the rest of the form remarks
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/TSVT/data_localstorage_filings_20250108_0001562180-25-000280.txt"),
                InputFormat.OCR).form();
        NonDerivativeTransaction row = form.nonDerivativeTable().transactions().get(0);
        assertEquals("Common Stock", row.securityTitle().value());
        assertEquals(new BigDecimal("253329.00"), row.sharesOwnedFollowingTransaction().value());
        assertEquals(1, form.derivativeTable().transactions().size());
        assertEquals(2, form.footnotes().size());
    }

    @Test
    void aMarkerOneSpaceApartFromTheLetterBeforeItIsTheNextColumnsFootnoteOnlyValue() {
        // line 77 "Class A Common Stock 12/03/2012 Cc 83,334 A (2)(3) 83,334 I 4": the price is "(2)(3)", not A's marks
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/LNKD/000120919112055978.txt"), InputFormat.OCR).form();
        NonDerivativeTransaction row = form.nonDerivativeTable().transactions().get(0);
        assertEquals("A", row.transactionAcquiredDisposedCode().value());
        assertEquals(List.of(), row.transactionAcquiredDisposedCode().footnoteIds());
        assertEquals(null, row.transactionPricePerShare().value());
        assertEquals(List.of("F2", "F3"), row.transactionPricePerShare().footnoteIds());
        assertEquals(new BigDecimal("83334"), row.sharesOwnedFollowingTransaction().value());
    }

    @Test
    void anIAfterTheAmountOwnedAndBeforeWordsIsTheOwnershipFormAndTheWordsItsNature() {
        // line 46 "Common Stock 11/10/2021 s 12,978 D | $1,060.515 | 167,133,966 I FY oe" ("by Trust" misread)
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/TSLA/000089924321044244.txt"), InputFormat.OCR).form();
        NonDerivativeTransaction row = form.nonDerivativeTable().transactions().get(0);
        assertEquals(new BigDecimal("167133966"), row.sharesOwnedFollowingTransaction().value());
        assertEquals("I", row.directOrIndirectOwnership().value());
        // the words are the nature's, no word there: left unread (aNatureOrTitleWithoutAWordIsLeftUnread)
        assertEquals(null, row.natureOfOwnership().value());
    }

    @Test
    void aCodeFollowedByALetterOcrMadeOfItsMarkIsTheCode() {
        // line 79 "Common Stock 12/13/2021 sD 33,660 D $959.31 2,016,465 D": S(1), the mark's '(' read as D
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/TSLA/000089924321047959.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(7);
        assertEquals("S", row.transactionCode().value());
        // the letter repaired, the mark's note inferred: F1, the only note about a Rule 10b5-1 plan
        assertEquals(Provenance.INFERRED, row.transactionCode().provenance());
        assertEquals(List.of("F1"), row.transactionCode().footnoteIds());
        assertEquals(new BigDecimal("33660"), row.transactionShares().value());
        assertTrue(x.diagnostics().stream().anyMatch(d -> "nonDerivativeTable.transactions[7].transactionCode".equals(d.field())
                && d.message().contains("'sD'")));
    }

    @Test
    void aNatureOverThreeLinesIsReadWholeAndTheNumberItNamesIsItsMark() {
        // lines 79-82: "- See" / "Class A Common Stock 12/03/2012 s®) 4,900 D_ | $107.7687 78,434 I 4" / "footnote’"
        // ("See footnote(4)" as OCR reads it: the next row's "See" over its values, the mark's parentheses lost)
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/LNKD/000120919112055978.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(1);
        assertEquals("Class A Common Stock", row.securityTitle().value());
        assertEquals("I", row.directOrIndirectOwnership().value());
        assertEquals("See footnote", row.natureOfOwnership().value());
        assertEquals(List.of("F4"), row.natureOfOwnership().footnoteIds());
        assertEquals(Provenance.REPAIRED, row.natureOfOwnership().provenance());
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.REPAIRED
                && "nonDerivativeTable.transactions[1].natureOfOwnership".equals(d.field()) && d.message().contains("footnote 4")));
    }

    @Test
    void aNaturesFirstWordBesideRaisedMarksOpensTheNextRowsNature() {
        // lines 80-83: "footnote’" / "- 6) See" / "Class A Common Stock 02/27/2012 sO 18,251 D_ | $88.1132 60,416 I 4" /
        // "footnote’": the marks-only line is no line of values, so "See" is row 1's, not a row of its own
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/LNKD/000120919112014199.txt"), InputFormat.OCR).form();
        List<NonDerivativeTransaction> rows = form.nonDerivativeTable().transactions();
        assertEquals(4, rows.size());
        assertEquals("See footnote", rows.get(1).natureOfOwnership().value());
        assertEquals("See footnote", rows.get(3).natureOfOwnership().value());
    }

    @Test
    void aLoneByRightUnderARowsValuesOpensTheNextRowsNature() {
        // lines 94-97: "Common Stock 08/12/2019 Ss 17,500 D_ | $201.69 1,133,283" / "By" / "Common Stock 14,000 I" / "Spouse"
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/AAPL/wf-form4_156582182214854.txt"), InputFormat.OCR).form();
        assertEquals("Common Stock", form.nonDerivativeTable().transactions().get(1).securityTitle().value());
        NonDerivativeHolding holding = form.nonDerivativeTable().holdings().get(0);
        assertEquals("Common Stock", holding.securityTitle().value());
        assertEquals("By Spouse", holding.natureOfOwnership().value());
    }

    @Test
    void theLinesOfANatureCentredAboveATitledValuesLineAreTheNatures() {
        // lines 191-199: "By" / "Sequoia" / "Capital" / "U.S." / "Class A Common Stock 06/20/2019 c 16,514 A | $0.00
        // 16,514 I Venture" / "2010" ...: the title stands on the values line, so the words above are the nature's
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/MDB/000089924319018022.txt"), InputFormat.OCR).form();
        NonDerivativeTransaction row = form.nonDerivativeTable().transactions().get(4);
        assertEquals("Class A Common Stock", row.securityTitle().value());
        assertTrue(row.natureOfOwnership().value().startsWith("By Sequoia Capital U.S. Venture"), row.natureOfOwnership().value());
        // a nature's first line right over the values keeps its other words below them ("By" / "Common Stock
        // 14,000 I" / "Spouse")
        Form4 aapl = ConverterText.extract(ConverterText.whole("tesseract/AAPL/wf-form4_156582182214854.txt"), InputFormat.OCR).form();
        assertEquals("By Spouse", aapl.nonDerivativeTable().holdings().get(0).natureOfOwnership().value());
    }

    @Test
    void nothingLeftOwnedIsAnAmountBeforeTheOwnershipForm() {
        // line 86 "Class A Common Stock 12/03/2012 s®) 27,847 D_ | $109.3904' 0 I 4", then "footnote’"
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/LNKD/000120919112055978.txt"), InputFormat.OCR).form();
        NonDerivativeTransaction row = form.nonDerivativeTable().transactions().get(3);
        assertEquals(new BigDecimal("0"), row.sharesOwnedFollowingTransaction().value());
        assertEquals("I", row.directOrIndirectOwnership().value());
        assertEquals(List.of("F4"), row.natureOfOwnership().footnoteIds());
        // "- 6) See" is no row of its own, nor is any other raised mark: the filing reports no holding
        assertEquals(0, form.nonDerivativeTable().holdings().size());
    }

    @Test
    void theSpecksOfATitlesMarkAreDroppedAndOnlyTheFirstRowsTitleTakesNoteOne() {
        // line 79 "Class A Common Stock“) 04/13/2022 Cc 13,888 A $0.00 13,888 D": the first value printed, its mark's
        // number unreadable; notes are numbered in the order they are first cited, so it is F1
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/GOOG/doc4.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(0);
        assertEquals("Class A Common Stock", row.securityTitle().value());
        assertEquals(Provenance.INFERRED, row.securityTitle().provenance());
        assertEquals(List.of("F1"), row.securityTitle().footnoteIds());
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.INFERRED && d.position().line() == 79
                && "nonDerivativeTable.transactions[0].securityTitle".equals(d.field()) && d.message().contains("'“)'")));
        // line 39 "Common Stock) 05/02/2019 Ss 18,256 D_ | $209.71° 132,931 D", the second row: a mark stood before
        // it, so the order of first citations does not give its number; the speck is dropped. Its note comes from
        // elimination instead: F1 (the trading plan) is the one note no value cites, and every unread mark but the
        // prices' is a title's
        Extraction second = ConverterText.extract(ConverterText.whole("tesseract/AAPL/wf-form4_155718184308434.txt"), InputFormat.OCR);
        NonDerivativeTransaction next = second.form().nonDerivativeTable().transactions().get(1);
        assertEquals("Common Stock", next.securityTitle().value());
        assertEquals(List.of("F1"), next.securityTitle().footnoteIds());
        String field = "nonDerivativeTable.transactions[1].securityTitle";
        assertTrue(second.diagnostics().stream().anyMatch(d -> field.equals(d.field()) && d.kind() == Diagnostic.Kind.REPAIRED
                && d.message().contains("dropped ')' after the title")));
        assertTrue(second.diagnostics().stream().noneMatch(d -> field.equals(d.field()) && d.message().contains("Table I's first row")));
        assertTrue(second.diagnostics().stream().anyMatch(d -> field.equals(d.field()) && d.kind() == Diagnostic.Kind.INFERRED
                && d.message().contains("the only note no value cites")));
    }

    @Test
    void theSpecksOfANaturesMarkAreDroppedToo() {
        // line 60 "Class A Common Stock 9,686 I Trust“)" and line 57 "... 178,947 I Trust®)", the '®' read as a mark
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/SNOW/snow.txt"), InputFormat.OCR);
        NonDerivativeHolding holding = x.form().nonDerivativeTable().holdings().get(4);
        assertEquals("Trust", holding.natureOfOwnership().value());
        assertEquals(Provenance.REPAIRED, holding.natureOfOwnership().provenance());
        assertTrue(x.diagnostics().stream().anyMatch(d -> "nonDerivativeTable.holdings[4].natureOfOwnership".equals(d.field())
                && d.message().contains("'“)' after the nature")));
        assertEquals("Trust", x.form().nonDerivativeTable().holdings().get(1).natureOfOwnership().value());
    }

    @Test
    void anAmountWithAPercentSpeckAndAnAmountAfterAMixedCaseCodeAreAmounts() {
        // line 57 "Common Stock 12/16/2021 sO) 5,904% | D | $967.448°": no rate is printed in thousands, so '%' is the
        // amount's mark; line 59 "sO 400° D $969.91": "sO" is OCR's code S with its mark, no lowercase word of a title
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/TSLA/000089924321048679.txt"), InputFormat.OCR);
        NonDerivativeTransaction percent = x.form().nonDerivativeTable().transactions().get(9);
        assertEquals("S", percent.transactionCode().value());
        assertEquals(new BigDecimal("5904"), percent.transactionShares().value());
        assertTrue(x.diagnostics().stream().noneMatch(d -> "nonDerivativeTable.transactions[9].transactionShares".equals(d.field())
                && d.message().contains("rebuilt from the balances")), "the amount is read, not rebuilt");
        NonDerivativeTransaction mixed = x.form().nonDerivativeTable().transactions().get(11);
        assertEquals("S", mixed.transactionCode().value());
        assertEquals(List.of("F1"), mixed.transactionCode().footnoteIds());
        assertEquals(new BigDecimal("400"), mixed.transactionShares().value());
    }

    @Test
    void aMarksSpecksMayBeAnyGlyphNoTitleOrNatureEndsWith() {
        // line 84 "... Venture Fund XV, L.P.&": the '&' after the abbreviation's point; the scan's line 73 "Trust!)"
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/SQ/000120919123023396.txt"), InputFormat.OCR);
        assertEquals("Sequoia Capital US. Venture Fund XV, L.P.", x.form().nonDerivativeTable().holdings().get(3).natureOfOwnership().value());
        assertTrue(x.diagnostics().stream().anyMatch(d -> "nonDerivativeTable.holdings[3].natureOfOwnership".equals(d.field())
                && d.message().contains("dropped '&' after the nature")));
        Extraction scan = ConverterText.extract(ConverterText.whole("scan/SNOW/snow.txt"), InputFormat.OCR);
        assertEquals("Trust", scan.form().nonDerivativeTable().holdings().get(4).natureOfOwnership().value());
        // the scan's line 35 "Common Stock'\")": three specks; the first row's title, but not the specks of the first
        // row's rule, so its note comes from elimination (F1, the one note no value cites)
        Extraction aapl = ConverterText.extract(ConverterText.whole("scan/AAPL/wf-form4_155718184308434.txt"), InputFormat.OCR);
        NonDerivativeTransaction first = aapl.form().nonDerivativeTable().transactions().get(0);
        assertEquals("Common Stock", first.securityTitle().value());
        assertEquals(List.of("F1"), first.securityTitle().footnoteIds());
    }

    @Test
    void aNaturesWordOfOnlyOcrSpecksIsDropped() {
        // lines 94-95 "Common Stock 170,492,985 I by" / "_ Trust?)": the '_' is a border's speck, no holder's word
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/TSLA/000089924321044077.txt"), InputFormat.OCR);
        assertEquals("by Trust", x.form().nonDerivativeTable().holdings().get(0).natureOfOwnership().value());
        assertTrue(x.diagnostics().stream().anyMatch(d -> "nonDerivativeTable.holdings[0].natureOfOwnership".equals(d.field())
                && d.message().contains("dropped '_', OCR's specks")));
    }

    @Test
    void aPartnershipsMarkReadAsARoundLetterTouchingLpIsDropped() {
        // line 156 "... Fund, LPC": no name ends so; "(1)" raised after "LP" is what OCR made the 'C' of
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/FB/000112760218024167.txt"), InputFormat.OCR);
        assertEquals("By The Founders Fund II Entrepreneurs Fund, LP",
                x.form().nonDerivativeTable().transactions().get(6).natureOfOwnership().value());
        assertTrue(x.diagnostics().stream().anyMatch(d -> "nonDerivativeTable.transactions[6].natureOfOwnership".equals(d.field())
                && d.message().contains("dropped 'C' after the nature")));
    }

    @Test
    void aPricesMarkWithoutItsDigitIsTheOnlyFootnoteWhoseRangeHoldsThePrice() {
        // line 62 "Common Stock 11/15/2021 sO) 1,400 D $980.457°) 2,106,272 D": the mark closes the price, and only
        // F3 states a range that holds 980.457 ("$979.660 to $980.590")
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/TSLA/000089924321044687.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(1);
        assertEquals(new BigDecimal("980.457"), row.transactionPricePerShare().value());
        assertEquals(List.of("F3"), row.transactionPricePerShare().footnoteIds());
        assertEquals(Provenance.INFERRED, row.transactionPricePerShare().provenance());
        assertEquals(new BigDecimal("2106272"), row.sharesOwnedFollowingTransaction().value());
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.INFERRED && d.position().line() == 62 && d.position().column() == 45
                && "nonDerivativeTable.transactions[1].transactionPricePerShare".equals(d.field()) && d.message().contains("'°)'")));
    }

    @Test
    void anAmountsMarkWithoutItsDigitClosesTheAmountAndIsLinkedOnlyByElimination() {
        // line 65 "Common Stock 11/15/2021 s) 6,600) D $983.249 2,085,516 D": F2's mark on the shares, its digit lost;
        // F2 is the one note no value cites (UncitedNote), so the mark is F2, INFERRED
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/TSLA/000089924321044687.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(4);
        assertEquals(new BigDecimal("6600"), row.transactionShares().value());
        assertEquals(List.of("F2"), row.transactionShares().footnoteIds());
        assertEquals(Provenance.INFERRED, row.transactionShares().provenance());
        assertEquals("D", row.transactionAcquiredDisposedCode().value());
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.INFERRED && d.position().line() == 65 && d.position().column() == 33
                && "nonDerivativeTable.transactions[4].transactionShares".equals(d.field()) && d.message().contains("')'")));
    }

    @Test
    void aPricesMarkIsLinkedWhenEveryDamagedRangeExcludesItWhereverItsPointsGo() {
        // the scan of the filing above: line 36 "...$980.457”) 2,106,272 D"; F3's range holds 980.457, and the notes
        // OCR damaged, F7 "$983.90 to $984,980" and F9 "$986,000 to $986.90", hold it at no placement of their points
        Extraction x = ConverterText.extract(ConverterText.whole("scan/TSLA/000089924321044687.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(1);
        assertEquals(new BigDecimal("980.457"), row.transactionPricePerShare().value());
        assertEquals(List.of("F3"), row.transactionPricePerShare().footnoteIds());
        assertEquals(Provenance.INFERRED, row.transactionPricePerShare().provenance());
    }

    @Test
    void aPricesMarkIsNotLinkedWhileANoteWhoseRangeIsCutOffMightHoldIt() {
        // scan, line 83 "Class A Common Stock 04/13/2022 s 300 D_ |$2,579.3767"" 8,660 D": F14 ("$2,578.78 to
        // $2,579.78") holds the price, but OCR cut F13's range at "$2,575.86 to $2,5", and from 2,575.86 up it might
        // hold it too: the mark is reported, no footnote taken
        Extraction x = ConverterText.extract(ConverterText.whole("scan/GOOG/doc4.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(16);
        assertEquals(new BigDecimal("2579.3767"), row.transactionPricePerShare().value());
        assertEquals(List.of(), row.transactionPricePerShare().footnoteIds());
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.UNREADABLE && d.position().line() == 83
                && d.position().column() == 54 && "nonDerivativeTable.transactions[16].transactionPricePerShare".equals(d.field())));
    }

    @Test
    void aRangeWhosePointOcrReadAsACommaIsReadWithTheOtherBoundsDecimals() {
        // note 9 "ranging from $1,164,310 to $1,165.304": the low bound is 1164.310 (three decimals, as the high
        // bound's), so line 54's "$1,164.817©" is F9's, and the note no longer keeps line 50's "$1,159.593©" from F6
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/TSLA/000089924321044240.txt"), InputFormat.OCR);
        List<NonDerivativeTransaction> rows = x.form().nonDerivativeTable().transactions();
        assertEquals(new BigDecimal("1164.817"), rows.get(8).transactionPricePerShare().value());
        assertEquals(List.of("F9"), rows.get(8).transactionPricePerShare().footnoteIds());
        assertEquals(Provenance.INFERRED, rows.get(8).transactionPricePerShare().provenance());
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.INFERRED && d.position().line() == 54
                && "nonDerivativeTable.transactions[8].transactionPricePerShare".equals(d.field())
                && d.message().contains("$1164.310 to $1165.304") && d.message().contains("'$1,164,310 to $1,165.304'")));
        assertEquals(List.of("F6"), rows.get(4).transactionPricePerShare().footnoteIds());
    }

    @Test
    void aRangeWithBothBoundsDamagedExcludesAPriceOutsideItAtEveryPlacementOfItsPoints() {
        // scan, line 37 "Common Stock 11/16/2021 s 13,500°) D_ | $1,004.194" 3,273,842 D": F3 ("$1,003.920 to
        // $1,004.820") holds the price; F8 ("$1,013,440 to $1,014,370") and F29 ("$1,038,140 to $1,039,080") lost both
        // points, but wherever the points go (the same decimals in both bounds) they do not hold 1004.194
        Extraction x = ConverterText.extract(ConverterText.whole("scan/TSLA/000089924321044921.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(1);
        assertEquals(new BigDecimal("1004.194"), row.transactionPricePerShare().value());
        assertEquals(List.of("F3"), row.transactionPricePerShare().footnoteIds());
        assertEquals(Provenance.INFERRED, row.transactionPricePerShare().provenance());
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.INFERRED && d.position().line() == 37
                && "nonDerivativeTable.transactions[1].transactionPricePerShare".equals(d.field())
                && d.message().contains("$1003.920 to $1004.820")));
    }

    @Test
    void aSalePricesMarkWithoutItsDigitIsTheDocumentsOnlyWeightedAverageNote() {
        // line 80 "Class A Common Stock 05/01/2012 s®) 18,856 D_ | $106.7726' 59,811 I 4": the price's mark is a speck;
        // F6 ("The sales price reported is the weighted average sale price ...") states no range, and no other note does
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/LNKD/000120919112025855.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(1);
        assertEquals("S", row.transactionCode().value());
        assertEquals(new BigDecimal("106.7726"), row.transactionPricePerShare().value());
        assertEquals(List.of("F6"), row.transactionPricePerShare().footnoteIds());
        assertEquals(Provenance.INFERRED, row.transactionPricePerShare().provenance());
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.INFERRED && d.position().line() == 80
                && d.position().column() == 58 && "nonDerivativeTable.transactions[1].transactionPricePerShare".equals(d.field())
                && d.message().contains("only footnote about a weighted-average price")));
    }

    @Test
    void theUnderlyingTitlesPiecesAroundTheValuesLineStandAfterTheTitlesPiecesOnTheirLines() {
        // lines 107-110: "Class B Class A See" / "Common (2)(3) 02/27/2012 ce) 78,667 ... Common | 78,667 | ..." /
        // "? footnote" / "Stock Stock": each line of words holds the title's piece, then the underlying title's
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/LNKD/000120919112014199.txt"), InputFormat.OCR).form();
        DerivativeTransaction row = form.derivativeTable().transactions().get(0);
        assertEquals("Class A Common Stock", row.underlyingSecurityTitle().value());
        assertEquals(new BigDecimal("78667"), row.underlyingSecurityShares().value());
    }

    @Test
    void theNaturesPiecesBesideTheTitlesOnTheirLinesAreTheNaturesAndTheValuesLinesMarksStayTheNextColumns() {
        // the same lines: "See" after "Class A" and "footnote" after "?" open and close the nature (no title holds
        // either word); "Stock" of line 110 continues the title before the marks (2)(3) of the footnote-only price
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/LNKD/000120919112014199.txt"), InputFormat.OCR).form();
        DerivativeTransaction row = form.derivativeTable().transactions().get(0);
        assertEquals("Class B Common Stock", row.securityTitle().value());
        assertEquals(List.of(), row.securityTitle().footnoteIds());
        assertEquals(List.of("F2", "F3"), row.conversionOrExercisePrice().footnoteIds());
        assertEquals("I", row.directOrIndirectOwnership().value());
        String nature = row.natureOfOwnership().value(); // "See mn footnote": the values line's "mn" is unreadable
        assertTrue(nature.startsWith("See ") && nature.endsWith(" footnote"), nature);
    }

    @Test
    void aNaturesMiddleAfterTheUnderlyingTitlesPieceIsLeftWhereItWasReadWhenItsFirstWordsAreNotKnown() {
        // SEC page, lines "SMB" / "Class B Class A pacific" / "Common $0.00 (6) (7) Common 8,635 8,635 I ." /
        // "Charitable" / "Stock Stock :" ...: "pacific" is the nature's second word; taken alone it would make a
        // wrong nature of a missed one
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/GOOG/doc4_2.sec.txt"), InputFormat.OCR).form();
        assertEquals(null, form.derivativeTable().holdings().get(1).natureOfOwnership().value());
    }

    @Test
    void theUnderlyingTitlesEdgesBesideTheTitlesPiecesAndParallelPiecesAroundSpecks() {
        // lines 86-91: "Restricted Class B" / "Stock $0.00 02/01/2012 M 30,717 ql) 04/15/2017 | Common | ..." /
        // "Unit Stock?)": "Class B" opens the underlying "Common", "Stock" ends it; then "Class B Class A" /
        // "Common ... Common | ..." / "Stock?) Stock", the parallel pieces with a mark's specks between them
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/ZNGA/000120919112006885.txt"), InputFormat.OCR).form();
        DerivativeTransaction units = form.derivativeTable().transactions().get(0);
        assertEquals("Restricted Stock Unit", units.securityTitle().value());
        assertEquals("Class B Common Stock", units.underlyingSecurityTitle().value());
        DerivativeTransaction conversion = form.derivativeTable().transactions().get(1);
        assertEquals("Class B Common Stock", conversion.securityTitle().value());
        assertEquals("Class A Common Stock", conversion.underlyingSecurityTitle().value());
    }

    @Test
    void aLoneLetterAmongATitlesWordsIsDroppedButAClassLetterKept() {
        // lines 78-80: "Restricted C" / "Stock a 12/09/2024 A 201.785 Q) Q) Stock. | 201.785 $0 15,487.344 D" / "Units":
        // 'C' and 'a' are what OCR left of the underlying "Common" beside the title
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/MSFT/000106299324020387.txt"), InputFormat.OCR);
        DerivativeTransaction row = x.form().derivativeTable().transactions().get(0);
        assertEquals("Restricted Stock Units", row.securityTitle().value());
        assertEquals(Provenance.REPAIRED, row.securityTitle().provenance());
        assertTrue(x.diagnostics().stream().anyMatch(d -> "derivativeTable.transactions[0].securityTitle".equals(d.field())
                && d.message().contains("dropped 'C', 'a'")));
        // "Class B" keeps its letter (lines 107-110 of the LNKD filing)
        Form4 lnkd = ConverterText.extract(ConverterText.whole("tesseract/LNKD/000120919112014199.txt"), InputFormat.OCR).form();
        assertEquals("Class B Common Stock", lnkd.derivativeTable().transactions().get(0).securityTitle().value());
    }

    @Test
    void withCellsCentredOnTheirRowTheLinesBetweenTwoValuesLinesAreSharedByTheTwoRows() {
        // lines 94-102: "Class B Class A" / values / "Stock Stock" three times: the first row's cells wrap above
        // its values line, so "Class B Class A" under a row's "Stock Stock" opens the next row, not this one
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/YELP/000120919112055780.txt"), InputFormat.OCR).form();
        for (int r = 0; r < 3; r++) {
            DerivativeTransaction row = form.derivativeTable().transactions().get(r);
            assertEquals("Class B Common Stock", row.securityTitle().value());
            assertEquals("Class A Common Stock", row.underlyingSecurityTitle().value());
        }
    }

    @Test
    void aDigitInTheCodesPlaceIsAnSOnlyBesideTheDFlagOfASale() {
        // scan line 34 "Common Stock 12/09/2021 3 30,648 | D | $1,036.064 | 1,565,159 D": S(1) read as "3"
        Extraction sale = ConverterText.extract(ConverterText.whole("scan/TSLA/000089924321047608.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = sale.form().nonDerivativeTable().transactions().get(1);
        assertEquals("S", row.transactionCode().value());
        assertEquals(Provenance.REPAIRED, row.transactionCode().provenance());
        assertEquals(new BigDecimal("30648"), row.transactionShares().value());
        assertTrue(sale.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.REPAIRED && d.position().line() == 34
                && "nonDerivativeTable.transactions[1].transactionCode".equals(d.field()) && d.message().contains("'3'")));
        // scan line 78 "Class A Common Stock 03/05/2013 5) 5,494 A |$176.4992" ...": beside an A flag a "5)" is no
        // sale's S (S is acquired once in 1603 corpus rows); two codes are possible, so none is read
        Extraction acquired = ConverterText.extract(ConverterText.whole("scan/LNKD/000120919113014365.txt"), InputFormat.OCR);
        NonDerivativeTransaction other = acquired.form().nonDerivativeTable().transactions().get(3);
        assertEquals(null, other.transactionCode().value());
        assertEquals(new BigDecimal("5494"), other.transactionShares().value());
        assertEquals("A", other.transactionAcquiredDisposedCode().value());
    }

    @Test
    void anSWithItsMarksDebrisIsReadBesideTheDFlag() {
        // scan line 52 "Common Stock 12/02/2021 sh 19,535” | D | $1,092.247° 1,423,132 D": 'h' is the mark's debris
        Extraction x = ConverterText.extract(ConverterText.whole("scan/TSLA/000089924321046681.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(2);
        assertEquals("S", row.transactionCode().value());
        assertEquals(Provenance.REPAIRED, row.transactionCode().provenance());
        assertEquals(new BigDecimal("19535"), row.transactionShares().value());
    }

    @Test
    void theOwnershipFormReadAsOneOrWithItsMarksDebrisIsTheForm() {
        // scan line 72 "Class A Common Stock 05/01/2012 s® 18,856 | D | $106.7726 59,811 1 —": I read as "1"
        Extraction indirect = ConverterText.extract(ConverterText.whole("scan/LNKD/000120919112025855.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = indirect.form().nonDerivativeTable().transactions().get(1);
        assertEquals("I", row.directOrIndirectOwnership().value());
        assertEquals(Provenance.REPAIRED, row.directOrIndirectOwnership().provenance());
        assertEquals(new BigDecimal("59811"), row.sharesOwnedFollowingTransaction().value());
        // scan line 33 "Common Stock 08/26/2019 s 129,555" | D_ | $205.75 990,454 Do": D with its mark's debris,
        // no nature of ownership
        Extraction direct = ConverterText.extract(ConverterText.whole("scan/AAPL/wf-form4_156694501621463.txt"), InputFormat.OCR);
        NonDerivativeTransaction owned = direct.form().nonDerivativeTable().transactions().get(2);
        assertEquals("D", owned.directOrIndirectOwnership().value());
        assertEquals(Provenance.REPAIRED, owned.directOrIndirectOwnership().provenance());
        assertEquals(null, owned.natureOfOwnership().value());
        assertTrue(direct.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.REPAIRED && d.position().line() == 33
                && "nonDerivativeTable.transactions[2].directOrIndirectOwnership".equals(d.field()) && d.message().contains("'Do'")));
    }

    @Test
    void anAAfterTheAmountIsTheFlagThoughItsMarksDebrisFollowsIt() {
        // scan line 35 "Class A Common Stock 12/03/2012 cf) 83,334 A ey 83,334 I ae s": A(2) with its mark read 'ey'
        Form4 form = ConverterText.extract(ConverterText.whole("scan/LNKD/000120919112055978.txt"), InputFormat.OCR).form();
        NonDerivativeTransaction row = form.nonDerivativeTable().transactions().get(0);
        assertEquals("A", row.transactionAcquiredDisposedCode().value());
        assertEquals(new BigDecimal("83334"), row.transactionShares().value());
        assertEquals(new BigDecimal("83334"), row.sharesOwnedFollowingTransaction().value());
        assertEquals("I", row.directOrIndirectOwnership().value());
    }

    @Test
    void aMisreadGlyphOfACodeNoFilingUsesIsLeftUnread() {
        // scan line 42 "Common Stock 11/23/2021 ei) 11,281° | D_ | $1,071.563 | 2,119,200 D": the filing's S(1); E is a
        // code none of the corpus' 2361 transactions has, so 'ei)' is no E: null, reported, the amount still read
        Extraction x = ConverterText.extract(ConverterText.whole("scan/TSLA/000089924321045944.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(7);
        assertEquals(null, row.transactionCode().value());
        assertEquals(new BigDecimal("11281"), row.transactionShares().value());
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.position().line() == 42
                && "nonDerivativeTable.transactions[7].transactionCode".equals(d.field()) && d.message().contains("'ei)'")));
    }

    @Test
    void aMisreadCodeThatTheFlagContradictsIsLeftUnread() {
        // scan line 209 "Common Stock 03/01/2024 a 146,342 | D $0 963,267 I planning": the filing's J; a grant (A)
        // is never disposed in the corpus' Table I rows, so beside the D flag 'a' is another letter misread
        Extraction x = ConverterText.extract(ConverterText.whole("scan/U/000106299324005617.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(11);
        assertEquals(null, row.transactionCode().value());
        assertEquals("D", row.transactionAcquiredDisposedCode().value());
        assertEquals(new BigDecimal("146342"), row.transactionShares().value());
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.position().line() == 209
                && "nonDerivativeTable.transactions[11].transactionCode".equals(d.field())));
    }

    @Test
    void aSecondNatureOpeningBetweenTwoValuesLinesOpensTheNextRowAndLinesBeyondTheTitlesAreTheNatures() {
        // lines 269-292: "By Sequoia" / "Capital" / "Class B Class A US." / "Common () 06/20/2019 Cc 846,821 ... I
        // Growth" / "Stock Stock Fund IV," / "Lp." / "By Sequoia" / ...: each row's nature opens with "By" on its
        // first line; "Capital" above and "Lp." below the lines the two titles share are the nature's words
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/MDB/000089924319018022.txt"), InputFormat.OCR).form();
        List<DerivativeTransaction> rows = form.derivativeTable().transactions();
        assertEquals(5, rows.size());
        for (DerivativeTransaction row : rows) {
            assertEquals("Class B Common Stock", row.securityTitle().value());
            assertEquals("Class A Common Stock", row.underlyingSecurityTitle().value());
            assertTrue(row.natureOfOwnership().value().startsWith("By Sequoia"), row.natureOfOwnership().value());
        }
        assertEquals("By Sequoia Capital US. Growth Fund IV, Lp.", rows.get(0).natureOfOwnership().value());
        // line 290 "... $0.00 81,788 I 2010": four digits without a separator are the nature's "2010", no amount
        assertEquals("I", rows.get(3).directOrIndirectOwnership().value());
        assertTrue(rows.get(3).natureOfOwnership().value().startsWith("By Sequoia Capital US. Venture 2010 Partners Fund (Q),"),
                rows.get(3).natureOfOwnership().value());
        assertEquals(new BigDecimal("81788"), rows.get(3).sharesOwnedFollowingTransaction().value());
    }

    @Test
    void aTableIIRowWithItsCodeUnreadIsATransactionWhenItPrintsItsOwnAmount() {
        // scan lines 80 and 83 "Common a 10/19/2023 © 704,849 a a) Common | 704,849 $0 704,850 I Footnotes‘)" and
        // "... fey 704,849 ...": the code C misread, but three amounts after the date, one more than a holding has
        Form4 form = ConverterText.extract(ConverterText.whole("scan/AUR/000182810823000205.txt"), InputFormat.OCR).form();
        for (int r = 1; r <= 2; r++) {
            DerivativeTransaction row = form.derivativeTable().transactions().get(r);
            assertEquals(null, row.transactionCode().value());
            assertEquals("2023-10-19", row.transactionDate().value().toString());
            assertEquals(new BigDecimal("704849"), row.transactionShares().value());
            assertEquals(new BigDecimal("704849"), row.underlyingSecurityShares().value());
            assertEquals(new BigDecimal("704850"), row.sharesOwnedFollowingTransaction().value());
        }
        assertTrue(form.derivativeTable().holdings().stream().noneMatch(h -> new BigDecimal("704850")
                .equals(h.sharesOwnedFollowingTransaction().value())), "no holding made of a transaction's values");
    }

    @Test
    void anUnderlyingTitleReadInPiecesIsTheOneClassTheFormNamesThatReadsSo() {
        // line 79 "Stock a 12/06/2023 A 244.035 Q) Q) Stock. | 244.035 $0 14,514,712 D": OCR kept "Stock." of the
        // underlying "Common Stock", the title of Table I's rows (line 61); the row's own "Restricted Stock Units"
        // is no underlying of itself
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/MSFT/000106299323022091.txt"), InputFormat.OCR);
        DerivativeTransaction row = x.form().derivativeTable().transactions().get(0);
        assertEquals("Common Stock", row.underlyingSecurityTitle().value());
        assertEquals(Provenance.REPAIRED, row.underlyingSecurityTitle().provenance());
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.position().line() == 79
                && "derivativeTable.transactions[0].underlyingSecurityTitle".equals(d.field())
                && d.message().contains("read 'Stock.'") && d.message().contains("(line 61)")));
        // line 96 "Convertible} 09/24/2018 c 9548) (4) «| Common | 7,579,548 ...": "Common" fits Table I's "Class A
        // Common Stock" and Table II's "Class B Common Stock" alike, so it is left as read
        Form4 eb = ConverterText.extract(ConverterText.whole("tesseract/EB/000089924318025227.txt"), InputFormat.OCR).form();
        DerivativeTransaction conversion = eb.derivativeTable().transactions().get(3);
        assertEquals("Common", conversion.underlyingSecurityTitle().value());
        assertEquals(Provenance.READ, conversion.underlyingSecurityTitle().provenance());
    }

    @Test
    void aCommonAfterTheTitlesWordsAboveTheValuesOpensTheUnderlyingTitle() {
        // lines 101-104: "Series A" / "Convertible Common See" / "Preferred Q) 05/24/2011 Cc 2,028,942 Q) (2) Stock)
        // 2,028,942 $0 0 I footnote®)" / "Stock": "Common" after the title's "Convertible" is the underlying
        // title's first word, "Stock)" on the values line its last, "See" the nature's
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/LNKD/000118143111033001.txt"), InputFormat.OCR).form();
        DerivativeTransaction row = form.derivativeTable().transactions().get(0);
        assertEquals("Series A Convertible Preferred Stock", row.securityTitle().value());
        assertEquals("Common Stock", row.underlyingSecurityTitle().value());
        assertEquals("See footnote", row.natureOfOwnership().value());
    }

    @Test
    void anIReadAsOneBeforeANaturesWordsIsTheIndirectFormWhoseNatureTakesTheWrappedWords() {
        // scan lines 76-78 "Class B Class A See" / "Common a 10/19/2023 c 12,687,274 a 7) Common | 12,687,274 $0
        // 12,687,274 1 Footnotes‘?" / "Stock Stock rey": the I read as "1", so "See" is the nature's, not the title's
        Form4 form = ConverterText.extract(ConverterText.whole("scan/AUR/000182810823000205.txt"), InputFormat.OCR).form();
        DerivativeTransaction row = form.derivativeTable().transactions().get(0);
        assertEquals("Class B Common Stock", row.securityTitle().value());
        assertEquals("Class A Common Stock", row.underlyingSecurityTitle().value());
        assertEquals("I", row.directOrIndirectOwnership().value());
        assertTrue(row.natureOfOwnership().value().startsWith("See Footnotes"), row.natureOfOwnership().value());
    }

    @Test
    void fourBareDigitsAmongANaturesWrappedWordsMakeNoLineOfValues() {
        // scan lines 333-340: "... Common | 23,795. $0.00 214,150 1 Venture" / "naa Stock 2010" / "Partners": the
        // nature's "2010" beside the title's "Stock" is no amount (amounts print their thousands separated), so
        // the line makes no holding of its own
        Form4 form = ConverterText.extract(ConverterText.whole("scan/EB/000089924319027236.txt"), InputFormat.OCR).form();
        assertEquals(5, form.derivativeTable().transactions().size());
        assertEquals(0, form.derivativeTable().holdings().size());
    }

    @Test
    void theLinesTheFirstRowPrintedAboveItsValuesReadAgainOpenTheNextRow() {
        // lines 79-86: "Share" / "Option Ordinary" / "(right to $2.83 12/08/2025 A 60,000 ..." / "buy)" / "Share" /
        // "Option Ordinary" / "(right to $3.14 ...": the rows print one title alike, two lines above their values
        // and one below, so the three lines between the values lines part one and two, not at the middle
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/WVE/wave_derivatives.txt"), InputFormat.OCR).form();
        for (int r : new int[] {0, 1, 3, 4}) {
            assertEquals("Share Option (right to buy)", form.derivativeTable().transactions().get(r).securityTitle().value());
        }
    }

    @Test
    void aNatureReadBeforeTheAmountOwnedAndItsIGoesAfterThemAndOpensNoRow() {
        // lines 90-100, one cell a paragraph: "Class A Common Stock 07/27/2018" / "Ce)" / "465 $178.001" / "By The" /
        // "Founders" / "Fund II, LP®)" / "1,543 I": the tall nature cell read before the amount owned and its I.
        // "By", "The", "Founders" opened rows of their own (a holding "By The Founders Fund II, LP ... 1,543 I")
        // and "Ce)" (S and its mark misread) a title
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/FB/000112760218024167.txt"), InputFormat.OCR).form();
        NonDerivativeTransaction row = form.nonDerivativeTable().transactions().get(1);
        assertEquals("Class A Common Stock", row.securityTitle().value());
        assertEquals(new BigDecimal("465"), row.transactionShares().value());
        assertEquals(new BigDecimal("178.001"), row.transactionPricePerShare().value());
        assertEquals(new BigDecimal("1543"), row.sharesOwnedFollowingTransaction().value());
        assertEquals("I", row.directOrIndirectOwnership().value());
        assertEquals("By The Founders Fund II, LP", row.natureOfOwnership().value());
        assertTrue(form.nonDerivativeTable().holdings().stream().noneMatch(h -> h.securityTitle().value() != null
                && h.securityTitle().value().contains("Founders")));
    }

    @Test
    void theCaptionsPiecesAmongARowsLinesAreNoPartOfItsTitleAndATitleIsNotCutAfterItsLetter() {
        // "Owned (D) or" / "Indirect" / "Ownership" (lines 61-66, caption pieces read as rows) above line 78's
        // "Class A Common Stock 07/27/2018", and the captions repeated after the page break (lines 228-238) above
        // line 241's: they were row 0's and row 9's title ("Owned or Indirect Ownership Class A Common Stock");
        // and "Class A" was cut from "Common Stock" as the row before's nature
        List<NonDerivativeTransaction> rows = ConverterText.extract(ConverterText.whole("tesseract/FB/000112760218024167.txt"),
                InputFormat.OCR).form().nonDerivativeTable().transactions();
        for (int r : new int[] {0, 1, 6, 9, 10, 15}) {
            assertEquals("Class A Common Stock", rows.get(r).securityTitle().value(), "row " + r);
        }
        assertEquals(new BigDecimal("82"), rows.get(0).transactionShares().value());
        assertEquals(new BigDecimal("2008"), rows.get(0).sharesOwnedFollowingTransaction().value());
        assertEquals(new BigDecimal("15"), rows.get(9).transactionShares().value());
    }

    @Test
    void aDRightBeforeThePriceIsTheAcquiredDisposedFlagNotTheCode() {
        // line 57 "Common Stock 12/16/2021 sO) 5,904% | D | $967.448° | 1,347,097 D": the D stands where the code or the
        // flag may; no Table I transaction of the corpus has code D. (The code and the amount were one text once;
        // '%' touching an amount in digit groups is now its mark, and the code S is read before it.)
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/TSLA/000089924321048679.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(9);
        assertEquals("S", row.transactionCode().value());
        assertEquals("D", row.transactionAcquiredDisposedCode().value());
        assertEquals(new BigDecimal("967.448"), row.transactionPricePerShare().value());
        // where the amount stands between, the code is read: line 56 "sO) 3,100° | D |$966.3020)}" is S
        assertEquals("S", x.form().nonDerivativeTable().transactions().get(8).transactionCode().value());
    }

    @Test
    void aRowWhoseIWasLostButWhoseNatureWasReadIsIndirectInferred() {
        // lines 241-255: "Class A Common Stock" / "07/27/2018" / "Ce)" / "15 D | $175.3260" / "20" / "By The" / "Founders"
        // / "Fund II" / "Entrepreneurs" / "Fund, LPC": OCR printed no I; every corpus row with a nature is indirect
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/FB/000112760218024167.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(9);
        assertEquals(new BigDecimal("20"), row.sharesOwnedFollowingTransaction().value());
        assertEquals("I", row.directOrIndirectOwnership().value());
        assertEquals(Provenance.INFERRED, row.directOrIndirectOwnership().provenance());
        assertTrue(row.natureOfOwnership().value().startsWith("By The Founders Fund II Entrepreneurs"));
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.INFERRED
                && "nonDerivativeTable.transactions[9].directOrIndirectOwnership".equals(d.field())
                && d.message().contains("By The Founders")));
        // an I that was read stays READ
        assertEquals(Provenance.READ, x.form().nonDerivativeTable().transactions().get(1).directOrIndirectOwnership().provenance());
    }
    @Test
    void aNaturesFirstWordAfterItsMarksDebrisOpensTheNextRowsNature() {
        // line 88 "- © See" over "Class A Common Stock 04/02/2012 8) 600 D | $109.41 0 I 4" / "footnote": the © is
        // the raised mark of the value below read as a speck; the See opens that row's nature, not the row above's
        List<NonDerivativeTransaction> rows = ConverterText.extract(ConverterText.whole("tesseract/LNKD/000120919112025855.txt"),
                InputFormat.OCR).form().nonDerivativeTable().transactions();
        assertEquals("See footnote", rows.get(3).natureOfOwnership().value());
        assertEquals("See footnote", rows.get(4).natureOfOwnership().value());
        // "; See" likewise (AUR's lines 61 and 64, a speck before the word)
        List<NonDerivativeTransaction> aur = ConverterText.extract(ConverterText.whole("tesseract/AUR/000182810824000143.txt"),
                InputFormat.OCR).form().nonDerivativeTable().transactions();
        assertEquals("See Footnotes", aur.get(2).natureOfOwnership().value());
        assertEquals("See Footnotes", aur.get(3).natureOfOwnership().value());
    }
    @Test
    void aMarksDebrisBetweenSeeAndFootnoteIsNoWordOfTheNature() {
        // Table II's nature over three lines, "See" / "... I mn" / "? footnote": "mn" is what OCR made of the mark
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/LNKD/000120919112014199.txt"), InputFormat.OCR);
        DerivativeTransaction row = x.form().derivativeTable().transactions().get(0);
        assertEquals("See footnote", row.natureOfOwnership().value());
        assertEquals(Provenance.REPAIRED, row.natureOfOwnership().provenance());
        assertTrue(x.diagnostics().stream().anyMatch(d -> "derivativeTable.transactions[0].natureOfOwnership".equals(d.field())
                && d.message().contains("'mn'")));
    }
    @Test
    void aBareMarkDigitBetweenTheTitleAndTheUnderlyingCommonIsAWordOfNeither() {
        // lines 123-128: "Non-" / "Qualifed" / "Stock 1 Common" / "Option $6.24 11/08/2021 mo 2,154,572 ..." / "(right to"
        // / "buy)": the "1" is a mark that lost its parentheses (no corpus title holds a number of one or two digits),
        // so "Common" still opens the underlying title and the title's lines keep their order
        DerivativeTransaction row = ConverterText.extract(ConverterText.whole("tesseract/TSLA/000089924321044060.txt"),
                InputFormat.OCR).form().derivativeTable().transactions().get(0);
        assertEquals("Non-Qualifed Stock Option (right to buy)", row.securityTitle().value());
    }
    @Test
    void aNatureOrTitleWithoutAWordIsLeftUnread() {
        // line 46 "Common Stock 11/10/2021 s 12,978 D | $1,060.515 | 167,133,966 I FY oe": "by Trust(2)" printed small
        // and read as "FY oe"; no nature lacks a run of three letters, so it is none, and says so
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/TSLA/000089924321044244.txt"), InputFormat.OCR);
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(0);
        assertEquals(null, row.natureOfOwnership().value());
        assertEquals("I", row.directOrIndirectOwnership().value());
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.UNREADABLE
                && "nonDerivativeTable.transactions[0].natureOfOwnership".equals(d.field()) && d.message().contains("'FY oe'")));
        // a nature with a word stays as read ("rust", line 72, the "b" of "by" read on the line above)
        assertEquals("rust", x.form().nonDerivativeTable().transactions().get(14).natureOfOwnership().value());
    }
    @Test
    void aCompanysMarkReadAsRoundLettersAndSpecksAfterLlcIsDropped() {
        // line 157 "LLC@C)", the nature's last line: "(1)" raised after "LLC", read as '@C' and a ')'
        NonDerivativeHolding row = ConverterText.extract(ConverterText.whole("tesseract/U/000106299323012371.txt"),
                InputFormat.OCR).form().nonDerivativeTable().holdings().get(2);
        assertEquals("Sequoia Capital XII Principals Fund, LLC", row.natureOfOwnership().value());
        assertEquals(Provenance.REPAIRED, row.natureOfOwnership().provenance());
    }
}
