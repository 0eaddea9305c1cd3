package dev.form4.converters;

import dev.form4.Extraction;
import dev.form4.input.InputFormat;
import dev.form4.model.Form4;
import dev.form4.model.Provenance;
import dev.form4.model.ReportingOwner;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** tesseract's header boxes: a box's lines one after another, the captions between them. */
class TesseractBoxesTest {

    @Test
    void boxOneReadBeforeItsCaptionIsPlacedByItsSubCaptions() {
        // "Hoffman Reid" / "(Last) (First)" / "ONE MICROSOFT WAY" / "(Street)" / "REDMOND WA" / "(City) (State)" above
        // "1. Name and Address of Reporting Person", "(Middle)" / "C/O MICROSOFT CORPORATION" / "98052-6399" / "(Zip)"
        // under it: the name above "(Last)", the city line with the ZIP's lone line, the care-of line first
        ReportingOwner msft = ConverterText.extract(ConverterText.whole("tesseract/MSFT/000106299323013281.txt"),
                InputFormat.OCR).form().reportingOwners().get(0);
        assertEquals("Hoffman Reid", msft.name().value());
        assertEquals("C/O MICROSOFT CORPORATION", msft.street1().value());
        assertEquals("ONE MICROSOFT WAY", msft.street2().value());
        assertEquals("REDMOND", msft.city().value());
        assertEquals("WA", msft.state().value());
        assertEquals("98052-6399", msft.zipCode().value());
        assertEquals(42, msft.name().position().line());
        // the sub-captions' column first: "THIEL PETER" / "(Last)" / "(Street)" / "(City)", the values under the caption
        ReportingOwner fb = ConverterText.extract(ConverterText.whole("tesseract/FB/000095010322008730.txt"),
                InputFormat.OCR).form().reportingOwners().get(0);
        assertEquals("THIEL PETER", fb.name().value());
        assertEquals("C/O META PLATFORMS, INC.", fb.street1().value());
        assertEquals("1601 WILLOW ROAD", fb.street2().value());
        assertEquals("MENLO PARK", fb.city().value());
        assertEquals("CA", fb.state().value());
        assertEquals("94025", fb.zipCode().value());
    }

    @Test
    void boxOneBeforeItsCaptionIsNotReadWithoutAllItsSubCaptions() {
        // "Hoffman Reid" right above the caption, no "(Last)" there: the caption-bound reading keeps the box
        ReportingOwner aur = ConverterText.extract(ConverterText.whole("tesseract/AUR/000182810823000105.txt"),
                InputFormat.OCR).form().reportingOwners().get(0);
        assertNull(aur.name().value());
    }

    @Test
    void anotherBoxsCaptionPieceBesideTheSubCaptionsIsNoStreetLine() {
        // "(Last) (First) (Middle) ( year) below) below)": "( year)" is box 3's "(Month/Day/Year)", not street1
        ReportingOwner eb = ConverterText.extract(ConverterText.whole("tesseract/EB/000106299321005267.txt"),
                InputFormat.OCR).form().reportingOwners().get(0);
        assertEquals("2800 SAND HILL ROAD, SUITE 101", eb.street1().value());
        assertNull(eb.street2().value());
        // "( yiYear)" alone there, the street above "(Last)" among box 2's lines: street1 stays unread
        ReportingOwner u = ConverterText.extract(ConverterText.whole("tesseract/U/000106299324010552.txt"),
                InputFormat.OCR).form().reportingOwners().get(0);
        assertNull(u.street1().value());
    }

    @Test
    void theNamesLastCaptionOpensTheStreetLinesWhereMiddleIsLostOrReadAfterThem() {
        // "(Last) (First)" / "C/O LINKEDIN CORPORATION" / "2029 STIERLIN COURT" / "(Street)": no "(Middle)"
        ReportingOwner znga = ConverterText.extract(ConverterText.whole("tesseract/ZNGA/000120919112001744.txt"),
                InputFormat.OCR).form().reportingOwners().get(0);
        assertEquals("C/O LINKEDIN CORPORATION", znga.street1().value());
        assertEquals("2029 STIERLIN COURT", znga.street2().value());
        // "(Last) (First)" / "C/O SEQUOIA CAPITAL," / "2800 SAND HILL ROAD SUITE 101" / "(Middle)" / ... / "(Street)"
        ReportingOwner mdb = ConverterText.extract(ConverterText.whole("tesseract/MDB/000089924319009908.txt"),
                InputFormat.OCR).form().reportingOwners().get(0);
        assertEquals("C/O SEQUOIA CAPITAL,", mdb.street1().value());
        assertEquals("2800 SAND HILL ROAD SUITE 101", mdb.street2().value());
        // the degraded scan: "( ) on varelralpee Transaction (Month/Day/Year)" among those lines opens with a
        // parenthesis, a caption's line, not street1
        ReportingOwner pmn = ConverterText.extract(ConverterText.whole("scan/PMN/promis_neuro_x_codes.txt"),
                InputFormat.OCR).form().reportingOwners().get(0);
        assertEquals("33 BOYLSTON STREET, SUITE 3000", pmn.street1().value());
        assertNull(pmn.street2().value());
    }

    @Test
    void aCaptionOpenedButNotClosedIsNoStreetLine() {
        // the degraded scan: "(Street" (its ")" lost) among box 1's lines is the sub-caption, not a street line
        ReportingOwner lnkd = ConverterText.extract(ConverterText.whole("scan/LNKD/000120919112025855.txt"),
                InputFormat.OCR).form().reportingOwners().get(0);
        assertEquals("C/O LINKEDIN CORPORATION", lnkd.street1().value());
        assertEquals("2029 STIERLIN COURT", lnkd.street2().value());
    }

    @Test
    void boxTwosValueAmongBoxOnesLinesIsNoStreetLine() {
        // "C/O SEQUOIA CAPITAL, 2800 SAND HILL" / "ROAD" / "2. Issuer Name and Ticker or Trading Symbol" / "Block, Inc.
        // [ sq ]" / ... / "SUITE 101" / "(Street)": the issuer's line is box 2's
        ReportingOwner sq = ConverterText.extract(ConverterText.whole("tesseract/SQ/000162828024014679.txt"),
                InputFormat.OCR).form().reportingOwners().get(0);
        assertEquals("C/O SEQUOIA CAPITAL, 2800 SAND HILL ROAD", sq.street1().value());
        assertEquals("SUITE 101", sq.street2().value());
    }

    @Test
    void aCitysFirstLineEndsBeforeBoxSixsLowerCaseDebris() {
        // "MOUNTAIN y porting" / "VIEW CA 94043 X Form filed by More than One Reporting": "y porting" is box 6's
        ReportingOwner owner = ConverterText.extract(ConverterText.whole("tesseract/LNKD/000120919112044629.txt"),
                InputFormat.OCR).form().reportingOwners().get(0);
        assertEquals("MOUNTAIN VIEW", owner.city().value());
        assertEquals("CA", owner.state().value());
        assertEquals("94043", owner.zipCode().value());
    }

    @Test
    void aCityOverTwoLinesBetweenTheStreetAndCityCaptionsIsReadWhole() {
        // "(Street)" / "MOUNTAIN" / "VIEW CA 94043" / "(City) (State) (Zip)": "VIEW CA 94043" alone is the city's last line
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/LNKD/000120919112055978.txt"), InputFormat.OCR).form();
        ReportingOwner owner = form.reportingOwners().get(0);
        assertEquals("MOUNTAIN VIEW", owner.city().value());
        assertEquals("CA", owner.state().value());
        assertEquals("94043", owner.zipCode().value());
    }

    @Test
    void aUsCityLineOpeningALineKeepsItsCityStateAndZipWhateverBoxSixLeavesAfterIt() {
        // the degraded scan: "WOOD DALE. IL 60191 Secretary" (the officer's title's last line beside it)
        ReportingOwner scan = ConverterText.extract(ConverterText.whole("scan/AIR/data_sgml_0001127602-25-001055.txt"),
                InputFormat.OCR).form().reportingOwners().get(0);
        assertEquals("WOOD DALE", scan.city().value());
        assertEquals("IL", scan.state().value());
        assertEquals("60191", scan.zipCode().value());
        // tesseract: "MENLO PARK CA 94025 pom filed by More than One Reporting" (box 6's "Form" misread)
        ReportingOwner sq = ConverterText.extract(ConverterText.whole("tesseract/SQ/000120919123037446.txt"),
                InputFormat.OCR).form().reportingOwners().get(0);
        assertEquals("MENLO PARK", sq.city().value());
        assertEquals("CA", sq.state().value());
        assertEquals("94025", sq.zipCode().value());
    }

    @Test
    void aCityIsCapitalWordsSoBoxSixsDebrisAboveItIsNoPartOfIt() {
        // "(Street) Line)" / "ree" / "PASADENA CA 91105 X Form filed by One Reporting Person": "ree" is box 6's
        ReportingOwner owner = ConverterText.extract(ConverterText.whole("tesseract/ARWR/arrowhead_footnotes.txt"),
                InputFormat.OCR).form().reportingOwners().get(0);
        assertEquals("PASADENA", owner.city().value());
        assertEquals("91105", owner.zipCode().value());
    }

    @Test
    void aCapitalWordAfterTheZipMayEndTheCitySoTheLineIsNotTakenForACityLine() {
        // "CHESTNUT X Form filed by One Reporting Person" / "MA 02467 y porting" / "HILL Form filed by More ...":
        // the city's last word stands after the ZIP; no reading puts it back, so the city stays unread
        ReportingOwner owner = ConverterText.extract(ConverterText.whole("tesseract/PMN/promis_neuro_x_codes.txt"),
                InputFormat.OCR).form().reportingOwners().get(0);
        assertNull(owner.city().value());
    }

    @Test
    void aJointFilersSpoiledCityLineTakesTheAddressOfTheBoxWithTheSameStreetLinesItOpensLike() {
        // the degraded scan: box 1 at the top reads "MOUNTAIN Form filed by One Reporting Person" / "VIEW CA 94043 x
        // Form filed by More ..."; the trust's box after Table II, with the same "C/O LINKEDIN CORPORATION" /
        // "2029 STIERLIN COURT", reads "MOUNTAIN" / "VIEW ce"
        dev.form4.Extraction extraction = ConverterText.extract(ConverterText.whole("scan/LNKD/000120919112022044.txt"), InputFormat.OCR);
        ReportingOwner trust = extraction.form().reportingOwners().get(1);
        assertEquals("Reid Hoffman & Michelle Yee Living Trust", trust.name().value());
        assertEquals("MOUNTAIN VIEW", trust.city().value());
        assertEquals("CA", trust.state().value());
        assertEquals("94043", trust.zipCode().value());
        assertEquals(dev.form4.model.Provenance.INFERRED, trust.city().provenance());
        assertEquals(84, trust.city().position().line());
        // the city is no longer reported unread
        assertEquals(0, extraction.diagnostics().stream().filter(d -> d.field() != null
                && d.field().equals("reportingOwners[1].city") && d.kind() == dev.form4.model.Diagnostic.Kind.UNREADABLE).count());
    }

    @Test
    void captionsReadOneUnderAnotherPutBoxOnesAndBoxTwosValuesOnTheLineUnderThem() {
        // the degraded scan: "1. Name and Address of Reporting Person’" / "2. Issuer Name and Ticker or Trading
        // Symbol" / "5. Relationship ..." / "(Check all applicable)" / "Hoffman Reid MICROSOFT CORP [ Msrr ]", and
        // the care-of line "C/O MICROSOFT CORPORATION" shows where the issuer's name begins
        Form4 form = ConverterText.extract(ConverterText.whole("scan/MSFT/000106299321002686.txt"), InputFormat.OCR).form();
        assertEquals("MICROSOFT CORP", form.issuer().name().value());
        assertEquals("Hoffman Reid", form.reportingOwners().get(0).name().value());
    }

    @Test
    void boxOnesCareOfLineShowsWhereTheIssuersNameBeginsOnTheLineBoxesOneAndTwoShare() {
        // line 40 "Hoffman Reid Aurora Innovation, Inc. [ AUR ] (Check all applicable)", line 44 "C/O AURORA INNOVATION, INC. 10/19/2023"
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/AUR/000182810823000205.txt"), InputFormat.OCR).form();
        assertEquals("Aurora Innovation, Inc.", form.issuer().name().value());
        assertEquals("AUR", form.issuer().tradingSymbol().value());
        assertEquals("Hoffman Reid", form.reportingOwners().get(0).name().value());
    }

    @Test
    void aBoxRuleReadAsMarksAfterTheBoxesWordsIsNoPartOfThem() throws IOException {
        // tesseract --psm 6 reads box 1's rules on the lines of its words: "Hoffman Reid ———{w—v[eu—a—e= :",
        // "ONE MICROSOFT WAY —— — - -"
        String text = Files.readString(ConverterText.ROOT.resolve("excerpts/tesseract-psm6-MSFT-000162643117000121.txt"));
        ReportingOwner owner = ConverterText.extract(text, InputFormat.OCR).form().reportingOwners().get(0);
        assertEquals("Hoffman Reid", owner.name().value());
        assertEquals("ONE MICROSOFT WAY", owner.street2().value());
        // the same in a committed scan: "ONE MICROSOFT WAY ~ -"
        Form4 scan = ConverterText.extract(ConverterText.whole("scan/MSFT/000106299321005355.txt"), InputFormat.OCR).form();
        assertEquals("ONE MICROSOFT WAY", scan.reportingOwners().get(0).street2().value());
    }

    @Test
    void boxFivesMarkOnItsRuleAfterTheNameIsNoPartOfTheName() throws IOException {
        // "BOTHA ROELOF X__ Director X 10% Owner": the X on the Director box's rule is box 5's, not box 1's
        String text = Files.readString(ConverterText.ROOT.resolve("excerpts/tesseract-EB-000089924318029394-page1.txt"));
        Form4 form = ConverterText.extract(text, InputFormat.OCR).form();
        assertEquals("BOTHA ROELOF", form.reportingOwners().get(0).name().value());
        assertEquals(Boolean.TRUE, form.reportingOwners().get(0).isDirector().value());
    }

    @Test
    void boxFoursCaptionReadWithoutItsIfIsNoPartOfTheStreet() throws IOException {
        // "706 MISSION ST., 7TH FLOOR" / "4. Amendment, Date of Original Filed (Month/Day/Year) 6. Individual ..."
        String text = Files.readString(ConverterText.ROOT.resolve("excerpts/tesseract-150dpi-YELP-000120919113021902-page1.txt"));
        ReportingOwner owner = ConverterText.extract(text, InputFormat.OCR).form().reportingOwners().get(0);
        assertEquals("C/O YELP INC.", owner.street1().value());
        assertEquals("706 MISSION ST., 7TH FLOOR", owner.street2().value());
    }
    @Test
    void aGarbledBoxCaptionAfterItsNumberIsReadAsPrinted() {
        // the degraded scan reads "1. Name and Address of Re} Person”" (7 edits of the caption): box 1 is found and
        // read, and the diagnostic names what was read
        Extraction msft = ConverterText.extract(ConverterText.whole("scan/MSFT/000106299323013281.txt"), InputFormat.OCR);
        ReportingOwner owner = msft.form().reportingOwners().get(0);
        assertEquals("C/O MICROSOFT CORPORATION", owner.street1().value());
        assertEquals("ONE MICROSOFT WAY", owner.street2().value()); // " : -" after it: OCR's specks
        assertEquals("WA", owner.state().value());
        assertEquals("98052-6399", owner.zipCode().value());
        assertTrue(msft.diagnostics().stream().anyMatch(d -> d.message().contains("'Name and Address of Re} Person'")));
        // box 6's "X For filed by One Reporting Person" is its label (1 edit): the X is no word of the city
        assertEquals("REDMOND", owner.city().value());
        // line 29 "Hoffman Reid << peas 10% Owner": box 5's garbled checkboxes after the name are no words of it, so
        // box 1's name has its line and "igeeed" before "MICROSOFT CORP [ MSFT ]" is debris
        assertEquals("Hoffman Reid", owner.name().value());
        assertEquals("MICROSOFT CORP", msft.form().issuer().name().value());
        // "5. of Reporting Person(s) to Issuer" lost its first word: no near miss after the number, left alone, and
        // box 2's caption before it, "Trading Symbol", is not taken for it
        Form4 yelp = ConverterText.extract(ConverterText.whole("scan/YELP/000120919112017317.txt"), InputFormat.OCR).form();
        assertEquals("YELP", yelp.issuer().tradingSymbol().value());
        // a space read for the F of "Form filed by One Reporting Person" leaves the ZIP before it alone
        assertEquals("59715", ConverterText.extract(ConverterText.whole("tesseract/SNOW/snow.txt"), InputFormat.OCR)
                .form().reportingOwners().get(0).zipCode().value());
    }

    @Test
    void anOwnersAddressUnreadInItsFirstBoxIsReadWhereTheBoxStandsAgain() {
        // the top band's "MOUNTAIN CA é Form filed by ..." / "VIEW = x ey eparting" spoils the city line; the same
        // box printed again after Table II reads "MOUNTAIN" / "VIEW CA 94043"
        Extraction lnkd = ConverterText.extract(ConverterText.whole("scan/LNKD/000120919112058667.txt"), InputFormat.OCR);
        ReportingOwner owner = lnkd.form().reportingOwners().get(0);
        assertEquals("Hoffman Reid", owner.name().value());
        assertEquals("MOUNTAIN VIEW", owner.city().value());
        assertEquals("94043", owner.zipCode().value());
        assertEquals(68, owner.city().position().line());
        assertTrue(lnkd.diagnostics().stream().anyMatch(d -> "reportingOwners[0]".equals(d.field())
                && d.message().contains("stands again at line 68")));
        // the caption before "[ LNKD ]" on that line is no issuer's name
        assertNull(lnkd.form().issuer().name().value());
        assertEquals("LNKD", lnkd.form().issuer().tradingSymbol().value());
    }
    @Test
    void theFirstOwnersBoxFiveReadAboveItsBoxOneIsItsInAJointFiling() {
        // lines 35-38: "5. Relationship of Reporting Person(s) to Issuer" / "(Check all applicable)" / "X Director X 10%
        // Owner" above line 42 "1. Name and Address of Reporting Person"; a second owner's box 1 follows Table II
        List<ReportingOwner> owners = ConverterText.extract(ConverterText.whole("tesseract/LNKD/000120919112025855.txt"),
                InputFormat.OCR).form().reportingOwners();
        assertEquals(2, owners.size());
        assertEquals(Boolean.TRUE, owners.get(0).isDirector().value());
        assertEquals(Boolean.TRUE, owners.get(0).isTenPercentOwner().value());
        // the second owner's block holds no box 5: the first one's marks are not its
        assertNull(owners.get(1).isDirector().value());
    }
    @Test
    void namesSharingALineWithNothingPrintedAgainPartWhereTheirCaseChanges() {
        // line 23 "BOTHA ROELOF Block, Inc. [ SQ ]": the signature is the attorney's, no note names either; the page
        // prints each name as filed, the owner's in capitals, the issuer's not
        Extraction x = ConverterText.extract(ConverterText.whole("tesseract/SQ/000120919123023396.txt"), InputFormat.OCR);
        assertEquals("Block, Inc.", x.form().issuer().name().value());
        assertEquals(Provenance.INFERRED, x.form().issuer().name().provenance());
        assertEquals("BOTHA ROELOF", x.form().reportingOwners().get(0).name().value());
        assertTrue(x.diagnostics().stream().anyMatch(d -> "issuer.name".equals(d.field()) && d.message().contains("change case")));
    }
    @Test
    void theTickersClosingBracketReadAsABraceClosesIt() {
        // line 25 of the degraded scan: "MongoDB, Inc. [ MDB }"
        Form4 mdb = ConverterText.extract(ConverterText.whole("scan/MDB/000089924319009908.txt"), InputFormat.OCR).form();
        assertEquals("MongoDB, Inc.", mdb.issuer().name().value());
        assertEquals("MDB", mdb.issuer().tradingSymbol().value());
    }
}
