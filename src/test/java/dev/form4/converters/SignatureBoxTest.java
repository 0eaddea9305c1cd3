package dev.form4.converters;

import dev.form4.Extraction;
import dev.form4.input.InputFormat;
import dev.form4.model.Diagnostic;
import dev.form4.model.Form4;
import dev.form4.model.Provenance;
import dev.form4.model.Signature;
import dev.form4.source.SignedMark;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signer's box: a name that wraps over lines, its date beside or under it, the caption below. */
class SignatureBoxTest {

    private static Signature only(String output, InputFormat format) {
        Form4 form = ConverterText.extract(ConverterText.whole(output), format).form();
        assertEquals(1, form.signatures().size(), output);
        return form.signatures().get(0);
    }

    @Test
    void theLinesUnderSlashSUpToTheCaptionContinueTheName() {
        // pdftotext: "/s/ Valentina Margulis, as" / "attorney-in-fact for Sergey   10/05/2015" / "Brin"
        Signature layout = only("pdftotext/GOOG/form4.txt", InputFormat.LAYOUT);
        assertEquals("/s/ Valentina Margulis, as attorney-in-fact for Sergey Brin", layout.name().value());
        assertEquals(LocalDate.of(2015, 10, 5), layout.date().value());
        // tesseract puts the date after the caption: "** Signature of Reporting Person" / "10/05/2015" / "Date"
        Signature ocr = only("tesseract/GOOG/form4.sec.txt", InputFormat.OCR);
        assertEquals("/s/ Valentina Margulis, as attorney-in-fact for Sergey Brin", ocr.name().value());
        assertEquals(LocalDate.of(2015, 10, 5), ocr.date().value());
        // pdf2md: each line a paragraph, the date last
        Signature paragraphs = only("pdf2md/AAPL/wf-form4_155718184308434.md", InputFormat.GFM);
        assertEquals("/s/ Sam Whittington, Attorney-in-Fact for Jeffrey E. Williams", paragraphs.name().value());
    }

    @Test
    void aCompoundWordBrokenAtItsHyphenIsJoinedWithoutASpace() {
        assertEquals("/s/ Sam Whittington, Attorney-in-Fact for Arthur D. Levinson",
                only("pdftotext/AAPL/wf-form4_156582182214854.txt", InputFormat.LAYOUT).name().value());
    }

    @Test
    void withoutSlashSTheBoxOverTheCaptionRightOfTheNotesMarginIsTheSignature() {
        // "Ann Habernigg, Attorney-in-" (col 131) / "06/03/2021" (col 177) / "fact for Reid G. Hoffman", the notes at col 1
        Form4 form = ConverterText.extract(ConverterText.whole("pdftotext/MSFT/000106299321005355.txt"), InputFormat.LAYOUT).form();
        Signature signature = form.signatures().get(0);
        assertEquals("Ann Habernigg, Attorney-in-fact for Reid G. Hoffman", signature.name().value());
        assertEquals(LocalDate.of(2021, 6, 3), signature.date().value());
        assertNull(form.remarks().value());
    }

    @Test
    void theBoxsFirstLineOpensTheSignatureWhenItsDateStandsBesideALaterLine() {
        // "By: Aaron Beckman by" / "Power of Attorney For: Elon   11/10/2021" / "Musk", no "/s/"
        Signature signature = only("pdftotext/TSLA/000089924321044077.txt", InputFormat.LAYOUT);
        assertEquals("By: Aaron Beckman by Power of Attorney For: Elon Musk", signature.name().value());
        assertEquals(LocalDate.of(2021, 11, 10), signature.date().value());
    }

    @Test
    void aSlashSWhoseFirstSlashOcrMisreadStillOpensTheSignature() {
        // scanned page: "4s/Lora Blum, Attorney-In-Fact 04/03/2012" over the caption; before, it was taken for Remarks
        Form4 form = ConverterText.extract(ConverterText.whole("scan/LNKD/000120919112022044.txt"), InputFormat.OCR).form();
        assertEquals(1, form.signatures().size());
        Signature signature = form.signatures().get(0);
        assertEquals("/s/ Lora Blum, Attorney-In-Fact", signature.name().value());
        assertEquals(Provenance.REPAIRED, signature.name().provenance());
        assertEquals(LocalDate.of(2012, 4, 3), signature.date().value());
        assertNull(form.remarks().value());
        // "és/Sam Whittington," / "Attomey-in-Fact for Jeffrey 05/06/2019" / "E. Williams": the box's lines go on
        Signature wrapped = only("scan/AAPL/wf-form4_155718184308434.txt", InputFormat.OCR);
        assertEquals("/s/ Sam Whittington, Attorney-in-Fact for Jeffrey E. Williams", wrapped.name().value());
        assertEquals(LocalDate.of(2019, 5, 6), wrapped.date().value());
    }

    @Test
    void proseOpeningWithAWordEndingInSIsNoSignature() {
        assertEquals(false, SignedMark.opens("is/are Class A Common Stock"));
        assertEquals(false, SignedMark.opens("Ms/ Director"));
        assertEquals(true, SignedMark.opens("(s/ Devang Shah, by power of"));
    }

    @Test
    void withoutSlashSOcrReadsTheDateIntoAMiddleLineOfTheSignersBox() {
        // tesseract: "By: Aaron Beckman by" / "Power of Attorney For: Elon 11/10/2021" / "Musk" / the caption
        Signature three = only("tesseract/TSLA/000089924321044077.txt", InputFormat.OCR);
        assertEquals("By: Aaron Beckman by Power of Attorney For: Elon Musk", three.name().value());
        assertEquals(LocalDate.of(2021, 11, 10), three.date().value());
        // "... Board of" / "Directors." / "Keith R. Dolliver, Attorney-in- 09/13/2024" / "fact for Reid G. Hoffman a"
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/MSFT/000106299324016587.txt"), InputFormat.OCR).form();
        Signature two = form.signatures().get(0);
        assertEquals("Keith R. Dolliver, Attorney-in-fact for Reid G. Hoffman", two.name().value());
        assertEquals(LocalDate.of(2024, 9, 13), two.date().value());
        assertNull(form.remarks().value());
    }

    @Test
    void ocrsMisreadSlashSOpensTheSignatureAndIsWrittenSlashS() {
        // tesseract: "Remarks:" / "is} Donna Hammer, Attorney- 03/09/2012" / "in-fact" / the caption
        Signature misread = only("tesseract/YELP/000120919112017322.txt", InputFormat.OCR);
        assertEquals("/s/ Donna Hammer, Attorney-in-fact", misread.name().value());
        assertEquals(Provenance.REPAIRED, misread.name().provenance());
        assertEquals(LocalDate.of(2012, 3, 9), misread.date().value());
        // the repair names the glyphs OCR read, the second slash's misreading too
        assertTrue(ConverterText.extract(ConverterText.whole("tesseract/YELP/000120919112017322.txt"), InputFormat.OCR)
                .diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.REPAIRED
                        && "signatures[0].name".equals(d.field()) && d.message().startsWith("read 'is}'")));
        // scan: "és/ Rajesh Melkote 95/02/2025": the name is read, the damaged date is not
        Signature scanned = only("scan/SCWO/data_ownership_374WaterForm4.txt", InputFormat.OCR);
        assertEquals("/s/ Rajesh Melkote", scanned.name().value());
        // words of a remark are no mark: no s between two strokes
        assertFalse(SignedMark.damaged("is the issuer's"));
        assertFalse(SignedMark.damaged("as/or"));
        assertTrue(SignedMark.damaged("4s/ Lora Blum"));
    }

    @Test
    void afterTheAttorneysRoleOnlyWhomHeSignsForContinuesTheSignature() {
        // tesseract: "/s/ Lora Blum, Attorney-In- 03/02/2012" / "Fact ST": "ST" is the date box's, read again
        Signature lnkd = only("tesseract/LNKD/000120919112015251.txt", InputFormat.OCR);
        assertEquals("/s/ Lora Blum, Attorney-In-Fact", lnkd.name().value());
        assertEquals(LocalDate.of(2012, 3, 2), lnkd.date().value());
        // "... attorney-in-" / "fact for Peter Thiel": whom the attorney signs for is the signature's
        assertEquals("/s/ David Kling as attorney-in-fact for Peter Thiel",
                only("tesseract/FB/000112760217024628.txt", InputFormat.OCR).name().value());
    }

    @Test
    void aMonthsMisreadFirstDigitIsTheOneMonthThatDatesTheSignatureRightAfterThePeriod() {
        // tesseract, U 000089924320025994: "fact for Roelof Botha 99/22/2020"; the period of report is 2020-09-22,
        // and of 09/22 and 19/22 only the first is a date
        Signature u = only("tesseract/U/000089924320025994.txt", InputFormat.OCR);
        assertEquals(LocalDate.of(2020, 9, 22), u.date().value());
        assertEquals(Provenance.REPAIRED, u.date().provenance());
        // a date read whole ("03/02/2012") is read, not repaired
        Signature whole = only("tesseract/LNKD/000120919112015251.txt", InputFormat.OCR);
        assertEquals(Provenance.READ, whole.date().provenance());
    }

    @Test
    void theWordsBesideTheDateBetweenTheHalvesOfABrokenRoleAreNoPartOfTheName() throws IOException {
        // tesseract --psm 6: "John A. Seethoff, Attorney-in-" / "—— SOE 11/30/2017" / "fact for Reid G. Hoffman"
        String text = Files.readString(ConverterText.ROOT.resolve("excerpts/tesseract-psm6-MSFT-000162643117000121.txt"));
        Signature signature = ConverterText.extract(text, InputFormat.OCR).form().signatures().get(0);
        assertEquals("John A. Seethoff, Attorney-in-fact for Reid G. Hoffman", signature.name().value());
        assertEquals(LocalDate.of(2017, 11, 30), signature.date().value());
        // the committed outputs: "/s/ Samantha Harnett, attorney-in-" / ". Y= 09/25/2018" / "fact of the Reporting
        // Person"; a scan: "/s/ Susan Szotek, Attorney-in-" / "=~ 04/05/2023" / "Fact"
        Extraction eb = ConverterText.extract(ConverterText.whole("tesseract/EB/000089924318025227.txt"), InputFormat.OCR);
        assertEquals("/s/ Samantha Harnett, attorney-in-fact of the Reporting Person", eb.form().signatures().get(0).name().value());
        assertEquals(LocalDate.of(2018, 9, 25), eb.form().signatures().get(0).date().value());
        assertTrue(eb.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.NOISE && d.message().contains("'. Y='")));
        assertEquals("/s/ Susan Szotek, Attorney-in-Fact", only("scan/SQ/000120919123023396.txt", InputFormat.OCR).name().value());
    }

    @Test
    void theRolesWordMisreadByOneLetterIsAttorney() {
        // "és/Sam Whittington," / "Attomey-in-Fact for Jeffrey 05/06/2019" / "E. Williams": OCR's 'm' for "rn"
        Signature signature = only("scan/AAPL/wf-form4_155718184308434.txt", InputFormat.OCR);
        assertEquals("/s/ Sam Whittington, Attorney-in-Fact for Jeffrey E. Williams", signature.name().value());
        assertEquals(Provenance.REPAIRED, signature.name().provenance());
    }

    @Test
    void aCapitalInRoleClosedBySpecksIsAttorneyInFact() {
        // "4s/ Lora Blum, Attorney-In-" / "_ ‘ln: 2292012" / "** Signature of Reporting Person Date": the next
        // line's "Fact" lost in the date box's debris
        Extraction extraction = ConverterText.extract(ConverterText.whole("scan/LNKD/000120919112014199.txt"), InputFormat.OCR);
        Signature signature = extraction.form().signatures().get(0);
        assertEquals("/s/ Lora Blum, Attorney-In-Fact", signature.name().value());
        assertTrue(extraction.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.REPAIRED
                && d.message().contains("'Attorney-In-Fact'")));
    }

    @Test
    void aLowerCaseInRoleCutShortIsNotCompletedForItsFactsCaseIsUnknown() {
        // "a »Attommey-in- 06/21/2024" over the caption: the word is repaired, but after "-in-" the corpus writes
        // "fact" and "Fact" both, so the role stays cut as read
        Signature signature = only("scan/SQ/000162828024029381.txt", InputFormat.OCR);
        assertTrue(signature.name().value().endsWith("Attorney-in-"), signature.name().value());
    }

    @Test
    void aDateWithItsSlashesLostIsTheOneDateDaysAfterThePeriodItsDigitsSpell() {
        // "4s/ Lora Blum, Attorney-In-" / "_ ‘ln: 2292012": period 2012-02-27; of 02/27 to 03/03 only 2/29 is "229"
        Signature slashesLost = only("scan/LNKD/000120919112014199.txt", InputFormat.OCR);
        assertEquals(LocalDate.of(2012, 2, 29), slashesLost.date().value());
        assertEquals(Provenance.REPAIRED, slashesLost.date().provenance());
        // "of attorney for Roelof Botha “08/2024": the month and its slash lost; period 2024-08-06, so the 8th
        Signature dayAlone = only("scan/SQ/000106299324014684.txt", InputFormat.OCR);
        assertEquals(LocalDate.of(2024, 8, 8), dayAlone.date().value());
        assertEquals("/s/ Jung Yeon Son, by power of attorney for Roelof Botha", dayAlone.name().value());
    }

    @Test
    void digitsThatReadAsAMonthAndDayAreNotTakenForAMisreadOfAnotherDate() {
        // "left 1127/2012" is 11/27 as it stands, but box 3 was read "01/23/2012" (for 11/23): 01/27 is one digit
        // from it, yet no misread is assumed in digits that make a date, so the date stays unread
        Signature signature = only("scan/YELP/000120919112054678.txt", InputFormat.OCR);
        assertNull(signature.date().value());
    }
}
