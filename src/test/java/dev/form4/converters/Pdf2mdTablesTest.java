package dev.form4.converters;

import dev.form4.input.InputFormat;
import dev.form4.model.DerivativeTransaction;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeTransaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** @opendocsg/pdf2md: each block of the page one paragraph or heading. */
class Pdf2mdTablesTest {

    @Test
    void captionWordsAboveTheBoxesDoNotOpenTableOne() {
        // "# FORM 4 UNITED STATES SECURITIES AND EXCHANGE" (line 3): "Securities" heads a column too
        Form4 form = ConverterText.extract(ConverterText.whole("pdf2md/AIR/data_sgml_0001127602-25-001055.md"),
                InputFormat.GFM).form();
        NonDerivativeTransaction row = form.nonDerivativeTable().transactions().get(0);
        assertEquals("Common Stock", row.securityTitle().value());
        assertEquals(new BigDecimal("37565"), row.sharesOwnedFollowingTransaction().value());
        assertEquals(java.time.LocalDate.of(2025, 1, 10), form.signatures().get(0).date().value());
    }

    @Test
    void aTableWrittenAsOneParagraphIsSplitIntoItsRows() {
        // line 39: "**7. Nature ... Price** Class A Common Stock(1)^ 04/13/2022 C 13,888 A $0.00 13,888 D Class A Common
        // Stock 04/13/2022 S 100 D $2,556.7346(2)^ 13,788 D ...": the caption's bold run is a row of its own, and
        // the text after it holds 24 rows, each starting with its title after the previous row's "D"
        Form4 form = ConverterText.extract(ConverterText.whole("pdf2md/GOOG/doc4.md"), InputFormat.GFM).form();
        List<NonDerivativeTransaction> rows = form.nonDerivativeTable().transactions();
        assertEquals(30, rows.size());
        NonDerivativeTransaction first = rows.get(0);
        assertEquals("Class A Common Stock", first.securityTitle().value());
        assertEquals(List.of("F1"), first.securityTitle().footnoteIds());
        assertEquals("C", first.transactionCode().value());
        assertEquals(new BigDecimal("13888"), first.sharesOwnedFollowingTransaction().value());
        assertEquals("D", first.directOrIndirectOwnership().value());
        NonDerivativeTransaction second = rows.get(1);
        assertEquals(new BigDecimal("2556.7346"), second.transactionPricePerShare().value());
        assertEquals(List.of("F2"), second.transactionPricePerShare().footnoteIds());
        assertEquals(new BigDecimal("2710"), rows.get(29).sharesOwnedFollowingTransaction().value());
    }

    @Test
    void aNatureInLowerCaseAfterTheOwnershipFormDoesNotHideTheNextRowsTitle() {
        // A variant of TSLA 000089924321048679's paragraph of 29 rows ("... 1,248,129 D Common Stock 12/16/2021 ..."):
        // held indirectly, as Musk's later filings are, each row ends "I by Trust(1)" before the next title
        String text = ConverterText.whole("pdf2md/TSLA/000089924321048679.md")
                .replaceAll("(\\d) D Common Stock", "$1 I by Trust(1) Common Stock");
        List<NonDerivativeTransaction> rows = ConverterText.extract(text, InputFormat.GFM).form()
                .nonDerivativeTable().transactions();
        assertEquals(29, rows.size());
        assertEquals("Common Stock", rows.get(1).securityTitle().value());
        assertEquals("I", rows.get(0).directOrIndirectOwnership().value());
        assertEquals("by Trust", rows.get(0).natureOfOwnership().value());
        assertEquals(List.of("F1"), rows.get(0).natureOfOwnership().footnoteIds());
    }

    @Test
    void theNotesHeadingAtTheEndOfARowsParagraphOpensTheNotes() {
        // "(1) 09/14/2023 A (^) 28.593(3)^ (2) (2) Common (^) 28.593 $ 0 14,270.678 D Explanation of Responses:"
        // (and "**... Amount or Number of Shares Explanation of Responses:**" on other pages): the heading opens
        // the notes below it, which otherwise stay stray text among Table II's rows
        Form4 form = ConverterText.extract(ConverterText.whole("pdf2md/MSFT/000106299323018084.md"), InputFormat.GFM).form();
        assertEquals(3, form.footnotes().size());
        assertEquals(true, form.footnotes().get(2).text().startsWith("Dividend equivalent rights accrue"),
                form.footnotes().get(2).text());
        DerivativeTransaction last = form.derivativeTable().transactions().get(form.derivativeTable().transactions().size() - 1);
        assertEquals("D", last.directOrIndirectOwnership().value());
        assertEquals(null, last.natureOfOwnership().value());
    }

    @Test
    void theFlagsSubCaptionInPiecesIsNoTitle() {
        // " Code V Amount " / "#### (A) " / " or (D) " / " Price " / "## Common Stock 11/09/2021 S 39,463 D ...":
        // "(A)" and "or (D)" are column 4's sub-caption broken into paragraphs, not the first row's title
        Form4 form = ConverterText.extract(ConverterText.whole("pdf2md/TSLA/000089924321044240.md"), InputFormat.GFM).form();
        NonDerivativeTransaction first = form.nonDerivativeTable().transactions().get(0);
        assertEquals("Common Stock", first.securityTitle().value());
        assertEquals("by Trust", first.natureOfOwnership().value());
    }

    @Test
    void aTitleBrokenAtItsHyphenIsOneWord() {
        // " Non- Qualifed Stock Option (right to buy) ": the cell's line break after "Non-" became a space
        Form4 form = ConverterText.extract(ConverterText.whole("pdf2md/TSLA/000089924321044060.md"), InputFormat.GFM).form();
        assertEquals("Non-Qualifed Stock Option (right to buy)", form.derivativeTable().transactions().get(0).securityTitle().value());
    }

    @Test
    void aRowWhoseCellsAreParagraphsOfTheirOwnIsReadWhole() {
        // "## Restricted" / "## Stock" / "## Units" / "(1) (^) 06/02/2021 A 328 (2) (2) Common" / "## Stock" /
        // "## 328 $ 0 11,257 D", each after a blank line, under captions numbered "### 2." ... "### 10."
        Form4 form = ConverterText.extract(ConverterText.whole("pdf2md/MSFT/000106299321005355.md"), InputFormat.GFM).form();
        assertEquals(1, form.derivativeTable().transactions().size());
        assertEquals(0, form.derivativeTable().holdings().size());
        DerivativeTransaction row = form.derivativeTable().transactions().get(0);
        assertEquals("Restricted Stock Units", row.securityTitle().value());
        assertEquals(List.of("F1"), row.conversionOrExercisePrice().footnoteIds());
        assertEquals("Common Stock", row.underlyingSecurityTitle().value());
        assertEquals(new BigDecimal("11257"), row.sharesOwnedFollowingTransaction().value());
        // Table I: "## Common Stock 15,905 I" / "## By" / "## Living" / "## Trust"
        assertEquals("By Living Trust", form.nonDerivativeTable().holdings().get(0).natureOfOwnership().value());
    }

    @Test
    void anEmptySuperscriptMarkIsNoTextAndACaptionsPieceIsNoRow() {
        // "**1. Title of Security (Instr. 3) 2. Transaction**     **Date**     **(Month/Day/Year)**" then
        // "Common Stock 11/08/2021 (^) M(1)^ 2,154,572 A $6.24 2,154,572 D": "(^)" would open a text "(^) M"
        Form4 form = ConverterText.extract(ConverterText.whole("pdf2md/TSLA/000089924321044060.md"), InputFormat.GFM).form();
        NonDerivativeTransaction first = form.nonDerivativeTable().transactions().get(0);
        assertEquals("Common Stock", first.securityTitle().value());
        assertEquals("M", first.transactionCode().value());
        assertEquals(List.of("F1"), first.transactionCode().footnoteIds());
        assertEquals(new BigDecimal("6.24"), first.transactionPricePerShare().value());
    }

    @Test
    void aFootnoteAfterADirectFlagIsNoReasonToCutTheNextTitle() {
        // "## D $202.64 1,120,009 D" / " (5) " / "## Common Stock 08/26/2019 S 129,555": the next row is "Common
        // Stock", not "Stock" after a nature "Common"; "M^" is the code M
        Form4 form = ConverterText.extract(ConverterText.whole("pdf2md/AAPL/wf-form4_156694501621463.md"), InputFormat.GFM).form();
        List<NonDerivativeTransaction> rows = form.nonDerivativeTable().transactions();
        assertEquals("M", rows.get(0).transactionCode().value());
        for (NonDerivativeTransaction row : rows) {
            assertEquals("Common Stock", row.securityTitle().value());
            assertEquals(null, row.natureOfOwnership().value());
        }
    }
}
