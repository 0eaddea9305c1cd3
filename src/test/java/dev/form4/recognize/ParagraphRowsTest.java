package dev.form4.recognize;

import dev.form4.Form4Extractor;
import dev.form4.model.DerivativeTransaction;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeHolding;
import dev.form4.model.NonDerivativeTransaction;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rows that a converter wrote as paragraphs, a cell's words one a line, read from real {@code @opendocsg/pdf2md}
 * output (testdata/converters/pdf2md, made by regenerate.sh from the filings' SEC pages).
 */
class ParagraphRowsTest {

    private static Form4 extract(String path) throws IOException {
        return new Form4Extractor().extract(path, Files.readString(Path.of(path))).form();
    }

    @Test
    void aBoldWordInLowerCaseIsEmphasisNotABlockOfItsOwn() throws IOException {
        // "2. Issuer Name **and** Ticker or Trading Symbol" / "## Eventbrite, Inc. [ EB ]"
        Form4 form = extract("testdata/converters/pdf2md/EB/000089924318025227.md");
        assertEquals("Eventbrite, Inc.", form.issuer().name().value());
        assertEquals("EB", form.issuer().tradingSymbol().value());
    }

    @Test
    void theOwnershipFormAfterTheSharesEndsTheRowWhoseNatureFollowsInTheSameParagraph() throws IOException {
        // "... $178.001(4)^ 1,543 I By The Founders Fund II, LP(3) Class A Common Stock 07/27/2018 ..."
        NonDerivativeTransaction row = extract("testdata/converters/pdf2md/FB/000112760218024167.md")
                .nonDerivativeTable().transactions().get(1);
        assertEquals("Class A Common Stock", row.securityTitle().value());
        assertEquals("I", row.directOrIndirectOwnership().value());
        assertEquals("By The Founders Fund II, LP", row.natureOfOwnership().value());
        assertEquals(List.of("F3"), row.natureOfOwnership().footnoteIds());
    }

    @Test
    void aRowRunsToItsOwnershipFormNotToTheFirstCapitalisedWordOfItsUnderlyingTitle() throws IOException {
        // "... C 12,681,798 (1) (1)" / "## Class B" / "## Common" / "## Stock" / "### (2)" / "### (3)" /
        // "## 3,170,449 (2)(3)^0 D": one row, not "... Class B Common" and a holding "Stock ... 0 D"
        Form4 form = extract("testdata/converters/pdf2md/YELP/000120919112017317.md");
        assertEquals(6, form.derivativeTable().transactions().size());
        assertEquals(0, form.derivativeTable().holdings().size());
        DerivativeTransaction row = form.derivativeTable().transactions().get(0);
        assertEquals("Series A Convertible Preferred Stock", row.securityTitle().value());
        assertEquals("Class B Common Stock", row.underlyingSecurityTitle().value());
        assertEquals(0, new BigDecimal("3170449").compareTo(row.underlyingSecurityShares().value()));
        assertEquals("D", row.directOrIndirectOwnership().value());
        // "12,681,798 (1) (1)": marks apart from the amount are the dates' footnote-only values, not the amount's
        assertEquals(List.of(), row.transactionShares().footnoteIds());
        assertEquals(List.of("F1"), row.expirationDate().footnoteIds());
    }

    @Test
    void aLineOfWordsRightBeforeARowThatOpensWithItsTitleEndsTheRowBefore() throws IOException {
        // "## ... 469,482 I" / "## Estate" / "## Planning" / "## Class A Common Stock 514,385 I": pdf2md draws a row's
        // cells in order, so "Planning" ends the nature above; it is no first line of the holding's title
        Form4 form = extract("testdata/converters/excerpts/pdf2md-EB-000147511521000069.md");
        NonDerivativeTransaction second = form.nonDerivativeTable().transactions().get(1);
        assertEquals("Estate Planning", second.natureOfOwnership().value());
        NonDerivativeHolding holding = form.nonDerivativeTable().holdings().get(0);
        assertEquals("Class A Common Stock", holding.securityTitle().value());
        assertEquals("Sequoia Grove II", holding.natureOfOwnership().value());
    }

    @Test
    void aNatureWithoutAMarkEndsWhereTheTitleEveryOtherRowOpensWithBegins() throws IOException {
        // "... $1,005.403(6)^ 167,398,724 I by Trust Common Stock 11/10/2021 S 300 D ...": one paragraph, the row's
        // nature closed by no mark; "Common Stock" opens every other row, so the next row starts there
        Form4 form = extract("testdata/converters/excerpts/pdf2md-TSLA-000089924321044241.md");
        List<NonDerivativeTransaction> rows = form.nonDerivativeTable().transactions();
        NonDerivativeTransaction unmarked = rows.get(5);
        assertEquals("by Trust", unmarked.natureOfOwnership().value());
        assertEquals(1302, unmarked.transactionShares().value().intValue());
        assertEquals(List.of(), unmarked.natureOfOwnership().footnoteIds());
        NonDerivativeTransaction next = rows.get(6);
        assertEquals("Common Stock", next.securityTitle().value());
        assertEquals(300, next.transactionShares().value().intValue());
        assertEquals(List.of("F1"), next.natureOfOwnership().footnoteIds());
    }

    @Test
    void theCaptionsPrintedAgainAfterAPageBreakAreNoPartOfTheRowBefore() throws IOException {
        // "... 167,386,817 I by Trust(1)" / page break / "Table I - ..." / "**... Code (Instr.**  **8)**" /
        // "**6.** **Ownership** **Form: Direct** ...": the row's nature ends with its mark
        NonDerivativeTransaction last = extract("testdata/converters/excerpts/pdf2md-TSLA-000089924321044241.md")
                .nonDerivativeTable().transactions().get(14);
        assertEquals("by Trust", last.natureOfOwnership().value());
        assertEquals(List.of("F1"), last.natureOfOwnership().footnoteIds());
    }

    @Test
    void boxFiveOnOneLineGivesItsOneTextToTheCheckedOfficerBox() throws IOException {
        // "X Officer (give titlebelow)^ Other (specifybelow)        CEO": pdf2md joined each caption's two lines
        var owner = extract("testdata/converters/pdf2md/TSLA/000089924321048679.md").reportingOwners().get(0);
        assertEquals("CEO", owner.officerTitle().value());
        assertEquals(Boolean.TRUE, owner.isOfficer().value());
        assertEquals(Boolean.FALSE, owner.isOther().value());
        assertEquals(null, owner.otherText().value());
    }

    @Test
    void aYearBrokenAtItsHyphenOnALineOfItsOwnIsAWordOfTheNatureNotTheAmountOwned() throws IOException {
        // "## Class A Common Stock 32,746 I" / "## By" / "## Sequoia" / ... / "## Venture" / "## 2010-" / "## Seed" /
        // "## Fund," / "## L.P.(2)(3)": one holding, not a second one owning 2010 shares
        Form4 form = extract("testdata/converters/pdf2md/EB/000106299321005267.md");
        var holdings = form.nonDerivativeTable().holdings();
        assertEquals(2, holdings.size());
        assertEquals(32746, holdings.get(0).sharesOwnedFollowingTransaction().value().intValue());
        assertEquals("By Sequoia Capital U.S. Venture 2010-Seed Fund, L.P.", holdings.get(0).natureOfOwnership().value());
        assertEquals(27542, holdings.get(1).sharesOwnedFollowingTransaction().value().intValue());
    }

    @Test
    void aNoteGoesOnPastABlankLineWhereItsLineStoppedMidSentence() throws IOException {
        // "## 2. SC US (TTGP), Ltd. is ... The Reporting Person is a" / "" / "## Director of SC US (TTGP), Ltd. ..."
        Form4 form = extract("testdata/converters/pdf2md/EB/000089924319022340.md");
        String note = form.footnotes().get(1).text();
        assertEquals(true, note.contains("The Reporting Person is a Director of SC US (TTGP), Ltd."), note);
        assertEquals(true, note.endsWith("for purposes of Section 16 or for any other purposes."), note);
        // "... vest on the earlier of (i)" / "" / "## September 19, 2019 or (ii) ..."
        String third = form.footnotes().get(2).text();
        assertEquals(true, third.endsWith("continued service to the Issuer."), third);
    }

    @Test
    void aNotesLastWordsPastABlankLineEndItsSentenceHoweverFew() throws IOException {
        // "#### 5. ... The plan provides for periodic sales as part of a liquidity and" / "" / "#### diversification strategy."
        Form4 form = extract("testdata/converters/pdf2md/LNKD/000120919113028089.md");
        String note = form.footnotes().get(4).text();
        assertEquals(true, note.endsWith("as part of a liquidity and diversification strategy."), note);
        // "... at the time of the reporting person's separation from service to the Board of" / "" / "## Directors."
        String msft = extract("testdata/converters/pdf2md/MSFT/000106299321002686.md").footnotes().get(2).text();
        assertEquals(true, msft.endsWith("to the Board of Directors."), msft);
    }

    @Test
    void aSignerNameBrokenAtAHyphenOverTwoParagraphsIsOneName() throws IOException {
        // "## Ann Habernigg, Attorney-in-" / "## fact for Reid G. Hoffman" / "## 03/12/2021" / "## ** Signature of ..."
        Form4 form = extract("testdata/converters/pdf2md/MSFT/000106299321002686.md");
        assertEquals("Ann Habernigg, Attorney-in-fact for Reid G. Hoffman", form.signatures().get(0).name().value());
    }

    @Test
    void aSignatureInsideAParagraphOpensABlockOfItsOwn() throws IOException {
        // "29. ... **Remarks:** All transactions ... on additional Form 4.     /s/ Valentina Margulis, as     ..."
        Form4 form = extract("testdata/converters/pdf2md/GOOG/doc4.md");
        assertEquals("/s/ Valentina Margulis, as Attorney-in-Fact for Sergey Brin", form.signatures().get(0).name().value());
        assertEquals(true, form.remarks().value().endsWith("are reported on additional Form 4."), form.remarks().value());
    }

    @Test
    void aNatureWhoseWordsStandOneALineEndsAtItsMarksNotInTheNextRowsTitle() throws IOException {
        // "## Class A Common Stock 1,862 I" / "## Sequoia" / ... / "## Fund IV," / "## L.P.(2)" / "## Class A Common Stock 77 I"
        List<NonDerivativeHolding> holdings = extract("testdata/converters/pdf2md/SQ/000120919123023396.md")
                .nonDerivativeTable().holdings();
        assertEquals("Class A Common Stock", holdings.get(1).securityTitle().value());
        assertEquals("Sequoia Capital USGF Principals Fund IV, L.P.", holdings.get(1).natureOfOwnership().value());
        assertEquals(List.of("F2"), holdings.get(1).natureOfOwnership().footnoteIds());
    }

    @Test
    void aMarkRepeatedApartIsTheNextColumnsFootnoteOnlyValue() throws IOException {
        // "### (4) 09/24/2018 C 45,536 (4) (4)": the date exercisable and the expiration date, each "(4)"
        DerivativeTransaction row = extract("testdata/converters/pdf2md/EB/000089924318025227.md")
                .derivativeTable().transactions().get(0);
        assertEquals(List.of("F4"), row.exerciseDate().footnoteIds());
        assertEquals(List.of("F4"), row.expirationDate().footnoteIds());
    }

    @Test
    void marksOneSpaceApartInAHeadingAreTwoColumnsFootnoteOnlyValues() throws IOException {
        // "### (3)(4) 11/23/2012 C 2,800 (3)(4) (5)": a heading is a printed line too, where pdf2md leaves a space
        // between marks apart on the page: (3)(4) is the date exercisable, (5) the expiration date
        DerivativeTransaction row = extract("testdata/converters/pdf2md/YELP/000120919112054678.md")
                .derivativeTable().transactions().get(0);
        assertEquals(List.of("F3", "F4"), row.exerciseDate().footnoteIds());
        assertEquals(List.of("F5"), row.expirationDate().footnoteIds());
        // "#### (2)(3) 05/20/2013 C(1)^ 83,334 (2)(3) (2)(3)": both dates told by notes 2 and 3
        DerivativeTransaction conversion = extract("testdata/converters/pdf2md/LNKD/000120919113028089.md")
                .derivativeTable().transactions().get(0);
        assertEquals(List.of("F2", "F3"), conversion.exerciseDate().footnoteIds());
        assertEquals(List.of("F2", "F3"), conversion.expirationDate().footnoteIds());
    }

    @Test
    void aSignerNameWrappedOverParagraphsUnderTheRemarksLastSentenceIsOneName() throws IOException {
        // "... relating to the same event." / "## By: Aaron Beckman by" / "## Power of Attorney For: Elon" /
        // "## Musk" / "## 11/10/2021" / "### ** Signature of Reporting Person Date"
        Form4 form = extract("testdata/converters/pdf2md/TSLA/000089924321044077.md");
        assertEquals("By: Aaron Beckman by Power of Attorney For: Elon Musk", form.signatures().get(0).name().value());
    }

    @Test
    void aBareNumberOnItsOwnLineBetweenANaturesWordsIsAWordOfIt() throws IOException {
        // "## Venture" / "## 2010" / "## Fund," / "## LP(2)": no holding of 2,010 shares
        Form4 form = extract("testdata/converters/pdf2md/MDB/000089924319018022.md");
        NonDerivativeTransaction row = form.nonDerivativeTable().transactions().get(2);
        assertEquals("By Sequoia Capital U.S. Venture 2010 Fund, LP", row.natureOfOwnership().value());
        assertEquals(List.of("F2"), row.natureOfOwnership().footnoteIds());
    }
}
