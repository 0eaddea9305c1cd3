package dev.form4.recognize;

import dev.form4.Form4Extractor;
import dev.form4.model.Form4;
import dev.form4.model.FieldValue;
import dev.form4.model.ReportingOwner;
import dev.form4.model.SourcePosition;
import dev.form4.source.SourceCell;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The header's boxes read by the rules a reader follows, on real converters' lines: a box's value under its
 * caption in its band, a value whose cell holds several lines, an X mark beside a two-line label, a city line
 * of any country, box 1 on lines without columns.
 */
class HeaderBoxesTest {

    private static Form4 extract(String name, String text) {
        return new Form4Extractor().extract(name, text).form();
    }

    private static String pdftotextBdx() throws IOException {
        return Files.readString(Path.of("testdata/examples/form/pdftotext-bdx-10b5-1.txt"));
    }

    @Test
    void layoutTextBoxesSideBySideReadUnderTheirCaptions() throws IOException {
        Form4 form = extract("bdx.txt", pdftotextBdx());
        ReportingOwner owner = form.reportingOwners().get(0);
        assertEquals("Feld Michael", owner.name().value());
        assertEquals("BECTON DICKINSON & CO", form.issuer().name().value());
        assertEquals("BDX", form.issuer().tradingSymbol().value());
        assertEquals("C/O BECTON, DICKINSON AND COMPANY", owner.street1().value());
        assertEquals("1 BECTON DRIVE", owner.street2().value());
        // "FRANKLIN" / "LAKES" on two lines beside "NJ  07417": the cell holds two lines
        assertEquals("FRANKLIN LAKES", owner.city().value());
        assertEquals("NJ", owner.state().value());
        assertEquals("07417", owner.zipCode().value());
    }

    @Test
    void aMarkBesideATwoLineLabelAndATitleOverFourLines() throws IOException {
        ReportingOwner owner = extract("bdx.txt", pdftotextBdx()).reportingOwners().get(0);
        // "Officer (give title" above, "X below)" under it: the X checks the officer's box
        assertEquals(Boolean.TRUE, owner.isOfficer().value());
        assertEquals(Boolean.FALSE, owner.isDirector().value());
        assertEquals("EVP, CRO & Pres. Life Sciences", owner.officerTitle().value());
    }

    @Test
    void aCityLineOfAnyCountry() {
        String[][] lines = {
                {"LONDON | X0 | W1K 3JP", "LONDON", "X0", "W1K 3JP"},
                {"VANCOUVER | A1 | V5Y 0A1", "VANCOUVER", "A1", "V5Y 0A1"},
                {"TOKYO | M0 | 105-7537", "TOKYO", "M0", "105-7537"},
                {"NEW YORK, | NY | 10022-4611", "NEW YORK", "NY", "10022-4611"},
                {"HAMILTON | D0 | HM 11", "HAMILTON", "D0", "HM 11"},
                {"AMSTERDAM | P7 | 1082 MS", "AMSTERDAM", "P7", "1082 MS"},
        };
        for (String[] line : lines) {
            String html = "<html><body><table><tr><td>1. Name and Address of Reporting Person*</td>"
                    + "<td>2. Issuer Name and Ticker or Trading Symbol<br>ACME CORP [ ACME ]</td></tr>"
                    + "<tr><td><table><tr><td>Doe Jane</td></tr></table><table><tr><td>(Last)</td><td>(First)</td><td>(Middle)</td></tr></table>"
                    + "<table><tr><td>1 MAIN STREET</td></tr></table>(Street)<table><tr>"
                    + "<td>" + line[0].replace(" | ", "</td><td>") + "</td></tr></table>"
                    + "<table><tr><td>(City)</td><td>(State)</td><td>(Zip)</td></tr></table></td><td></td></tr></table>"
                    + "<p>Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned</p></body></html>";
            ReportingOwner owner = extract("foreign.html", html).reportingOwners().get(0);
            assertEquals(line[1], owner.city().value(), line[0]);
            assertEquals(line[2], owner.state().value(), line[0]);
            assertEquals(line[3], owner.zipCode().value(), line[0]);
            assertEquals("1 MAIN STREET", owner.street1().value());
        }
    }

    @Test
    void aPostalCodeWithAGroupOfLettersTakesNoWordsOfTheCity() {
        assertEquals(List.of("HAMILTON", "D0", "HM 11"), List.of(CityLine.read("HAMILTON D0 HM 11").orElseThrow()));
        assertEquals(List.of("AMSTERDAM", "P7", "1082 MS"), List.of(CityLine.read("AMSTERDAM P7 1082 MS").orElseThrow()));
        assertEquals(List.of("FOND DU LAC", "WI", "54935"), List.of(CityLine.read("FOND DU LAC WI 54935").orElseThrow()));
        assertEquals(List.of("FRANKFURT AM MAIN", "2M", "60311"), List.of(CityLine.read("FRANKFURT AM MAIN 2M 60311").orElseThrow()));
        // a US ZIP is digits: a word cut in two by damage stays in the city
        assertEquals(List.of("PITTSBUR GH", "PA", "15222"), List.of(CityLine.read("PITTSBUR GH PA 15222").orElseThrow()));
    }

    @Test
    void aSubCaptionCutAtACellEdgeStaysApartFromTheStreetBelowIt() {
        // a variant of FB 000112760218021489 at damage level 2: "| (Stree | t)<br>152 TEHERAN-RO, GANGNAM-GU |"
        SourcePosition at = new SourcePosition(50, 1);
        List<SourceCell> cells = List.of(new SourceCell(0, List.of(), "(Stree", at, 0, 1),
                new SourceCell(1, List.of(), "t) 152 TEHERAN-RO, GANGNAM-GU", at, 1, 2, List.of("t)", "152 TEHERAN-RO, GANGNAM-GU")));
        assertEquals(List.of("(Stree t)", "152 TEHERAN-RO, GANGNAM-GU"), HeaderReader.cutLines(cells));
        List<SourceCell> city = List.of(new SourceCell(0, List.of(), "HAMILTON", at, 0, 1), new SourceCell(1, List.of(), "D0", at, 1, 2),
                new SourceCell(2, List.of(), "HM 11", at, 2, 3));
        assertEquals(List.of("HAMILTON D0 HM 11"), HeaderReader.cutLines(city));
    }

    @Test
    void aRelationshipTextLosesTheDebrisOfACellEdge() {
        // variants of MSFT 000106299323006653 and LNKD 000120919112048195 at damage level 2
        SourcePosition at = new SourcePosition(30, 1);
        assertEquals("Former Director", HeaderReader.withoutEdgeDebris(FieldValue.read("Former Director -", at)).value());
        assertEquals("Co-Founder & Chief Tech. Off.",
                HeaderReader.withoutEdgeDebris(FieldValue.read("Co-Founder & Chief Tech. Off. .", at)).value());
        assertEquals("EVP, Chief Legal Officer", HeaderReader.withoutEdgeDebris(FieldValue.read("EVP, Chief Legal Officer", at)).value());
    }

    /** tesseract's line order: box 2's value stands beside the owner's name, box 6's caption beside the street. */
    private static String ocrHeader(String lastLine) {
        return String.join("\n",
                "FORM 4 UNITED STATES SECURITIES AND EXCHANGE COMMISSION | OMB APPROVAL",
                "1. Name and Address of Reporting Person” 2. Issuer Name and Ticker or Trading Symbol 5. Relationship of Reporting Person(s) to Issuer",
                "COOK TIMOTHY D Apple Inc. [ AAPL ] (Check all applicable)",
                "(Last) (First) (Middle) 3. Date of Earliest Transaction (Month/Day/Year) X Director 10% Owner",
                "ONE APPLE PARK WAY 08/24/2021",
                "(Street) 4. If Amendment, Date of Original Filed (Month/Day/Year) 6. Individual or Joint/Group Filing (Check Applicable Line)",
                "CUPERTINO CA 95014 X Form filed by One Reporting Person",
                "(City) (State) (Zip)",
                "Table | - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned",
                "Explanation of Responses:",
                lastLine, "");
    }

    @Test
    void boxOneOnLinesWithoutColumns() {
        Form4 form = extract("ocr.txt", ocrHeader("1. The shares are held by a trust."));
        ReportingOwner owner = form.reportingOwners().get(0);
        assertEquals("ONE APPLE PARK WAY", owner.street1().value());
        assertNull(owner.street2().value());
        assertEquals("CUPERTINO", owner.city().value());
        assertEquals("95014", owner.zipCode().value());
        assertEquals("AAPL", form.issuer().tradingSymbol().value());
        assertEquals(Boolean.TRUE, owner.isDirector().value());
        assertEquals(Boolean.FALSE, form.jointFiling().value());
        assertTrue(form.periodOfReport().isPresent());
        // "COOK TIMOTHY D Apple Inc." : nothing printed says where the owner's name ends
        assertNull(owner.name().value());
        assertNull(form.issuer().name().value());
    }

    @Test
    void theIssuersNameElsewhereSplitsTheLineItSharesWithTheOwnersName() {
        Form4 form = extract("ocr.txt", ocrHeader("1. Restricted stock units of Apple Inc. vest in four equal installments."));
        assertEquals("Apple Inc.", form.issuer().name().value());
        assertEquals("COOK TIMOTHY D", form.reportingOwners().get(0).name().value());
    }

    @Test
    void aTwoLineLabelsFirstLineBearsItsMarkOnLinesWithoutColumns() {
        // tesseract, AAPL wf-form4_156694501621463: box 5's labels read across the band, their "below)" a line down
        String text = String.join("\n",
                "FORM 4 UNITED STATES SECURITIES AND EXCHANGE COMMISSION | OMB APPROVAL",
                "1. Name and Address of Reporting Person\u2019 2. Issuer Name and Ticker or Trading Symbol 5. Relationship of Reporting Person(s) to Issuer",
                "(Check all applicable)",
                "COOK TIMOTHY D Apple Inc. [ AAPL ]",
                "X Director 10% Owner",
                "x Officer (give title Other (specify",
                "(Last) (First) (Middle) 3. Date of Earliest Transaction (Month/Day/Year) below) below)",
                "4. If Amendment, Date of Original Filed (Month/Day/Year) 6. Individual or Joint/Group Filing (Check Applicable",
                "(Street) Line)",
                "CUPERTINO CA 95014 X Form filed by One Reporting Person",
                "Form filed by More than One Reporting",
                "(City) (State) (Zip) Person",
                "Table | - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned",
                "Explanation of Responses:", "1. The shares are held by a trust.", "");
        ReportingOwner owner = extract("ocr.txt", text).reportingOwners().get(0);
        assertEquals(Boolean.TRUE, owner.isDirector().value());
        assertEquals(Boolean.FALSE, owner.isTenPercentOwner().value());
        assertEquals(Boolean.TRUE, owner.isOfficer().value());
        assertEquals(Boolean.FALSE, owner.isOther().value());
        // "below) below)": the labels' second lines, no title (tesseract lost this one's)
        assertNull(owner.officerTitle().value());
    }

    /** tesseract's band, SNOW data_form4.snow: box 3's caption, then its date with box 5's title right of it. */
    private static String ocrTitleBesideDate(String captionLine, String dateLine, String under) {
        return String.join("\n",
                "FORM 4 UNITED STATES SECURITIES AND EXCHANGE COMMISSION | OMB APPROVAL",
                "1. Name and Address of Reporting Person\u201d 2. Issuer Name and Ticker or Trading Symbol 5. Relationship of Reporting Person(s) to Issuer",
                "Ave Snowflake Inc. [ SNOW (Check all applicable)",
                "Scarpelli Michael [ ] Director 10% Owner",
                "x Officer (give title Other (specify",
                ", . , 5 below) below)",
                captionLine, dateLine, under,
                "106 EAST BABCOCK STREET, SUITE 3A",
                "4. If Amendment, Date of Original Filed (Month/Day/Year) 6. Individual or Joint/Group Filing (Check Applicable",
                "(Street) a F filed by One R' ting P'",
                "BOZEMAN MT 59715 orm filed by One Reporting Person",
                "(City) (State) (Zip)",
                "Table | - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned",
                "Explanation of Responses:", "1. The shares are held by a trust.", "");
    }

    @Test
    void theTextBesideBoxThreesDateIsBoxFivesOnLinesWithoutColumns() {
        String caption = "(Last) (First) (Middle) 3. Date of Earliest Transaction (Month/Day/Year) . . . .";
        ReportingOwner owner = extract("ocr.txt", ocrTitleBesideDate(caption, "12/13/2022 Chief Financial Officer",
                "C/O SNOWFLAKE INC.")).reportingOwners().get(0);
        assertEquals(Boolean.TRUE, owner.isOfficer().value());
        assertEquals("Chief Financial Officer", owner.officerTitle().value());
        assertEquals("C/O SNOWFLAKE INC.", owner.street1().value());
        // a piece of the title after the caption (BDX: "EVP, CRO" / "12/26/2025 & Pres." / "Life"): not whole, unread
        ReportingOwner cut = extract("ocr.txt", ocrTitleBesideDate(caption.replace(". . . .", "EVP, CRO"), "12/26/2025 & Pres.",
                "C/O SNOWFLAKE INC.")).reportingOwners().get(0);
        assertNull(cut.officerTitle().value());
        // a piece of it on the line under the date (AIR: "01/10/2025 GC, CAO" / "&")
        ReportingOwner under = extract("ocr.txt", ocrTitleBesideDate(caption, "01/10/2025 GC, CAO", "&")).reportingOwners().get(0);
        assertNull(under.officerTitle().value());
    }

    @Test
    void boxSixUnreadWithBoxOnePrintedOnceIsFiledByOne() {
        // tesseract, GOOG doc4: box 6's mark read as "xX" on a line of its own, above the caption and both labels
        String text = String.join("\n",
                "FORM 4 UNITED STATES SECURITIES AND EXCHANGE COMMISSION | OMB APPROVAL",
                "1. Name and Address of Reporting Person\u201d 2. Issuer Name and Ticker or Trading Symbol 5. Relationship of Reporting Person(s) to Issuer",
                "Tesla, Inc. [ TSLA ] (Check all applicable)",
                "Musk Elon X Director X 10% Owner",
                "(Last) (First) (Middle) 3. Date of Earliest Transaction (Month/Day/Year) below) below)",
                "A. lf Amendment, Date of Original Filed (Month/Day/Year)",
                "Line)", "xX",
                "6. Individual or Joint/Group Filing (Check Applicable",
                "Form filed by One Reporting Person",
                "Form filed by More than One Reporting",
                "Person",
                "Table | - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned",
                "Explanation of Responses:", "1. The shares are held by a trust.", "");
        Form4 form = extract("ocr.txt", text);
        assertEquals(Boolean.FALSE, form.jointFiling().value());
        assertEquals(dev.form4.model.Provenance.INFERRED, form.jointFiling().provenance());
    }

    @Test
    void boxFoursCaptionWithItsNumberMisreadIsStillABoxCaption() {
        // tesseract, MDB 000089924319009908, box by box: "4." read "A.", "If" read "lf"; the boxes go on under it
        String text = String.join("\n",
                "FORM 4 UNITED STATES SECURITIES AND EXCHANGE COMMISSION | OMB APPROVAL",
                "1. Name and Address of Reporting Person*", "", "BOTHA ROELOF", "",
                "2. Issuer Name and Ticker or Trading Symbol", "", "MongoDB, Inc. [ MDB ]", "",
                "(Last) (First)", "C/O SEQUOIA CAPITAL,", "2800 SAND HILL ROAD SUITE 101", "", "(Middle)", "",
                "5. Relationship of Reporting Person(s) to Issuer", "(Check all applicable)", "",
                "3. Date of Earliest Transaction (Month/Day/Year)", "04/01/2019", "",
                "X Director X 10% Owner", "Officer (give title Other (specify", "below) below)", "",
                "A. lf Amendment, Date of Original Filed (Month/Day/Year)", "",
                "(Street)", "MENLO PARK CA 94025", "(City) (State) (Zip)", "",
                "Table | - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned",
                "Explanation of Responses:", "1. The shares are held by a trust.", "");
        ReportingOwner owner = extract("ocr.txt", text).reportingOwners().get(0);
        assertEquals("MENLO PARK", owner.city().value());
        assertEquals("CA", owner.state().value());
        assertEquals("94025", owner.zipCode().value());
    }

    @Test
    void theHeadersOnlyDateIsBoxThreesWhenItIsTheEarliestTransactionsDate() throws IOException {
        // tesseract, TSLA 000089924321044077, box by box: "11/08/2021" stands two lines above box 3's caption
        String ocr = Files.readString(Path.of("testdata/converters/tesseract/TSLA/000089924321044077.txt"));
        Form4 form = extract("tsla.txt", ocr);
        assertEquals(java.time.LocalDate.of(2021, 11, 8), form.periodOfReport().value());
        assertEquals(dev.form4.model.Provenance.INFERRED, form.periodOfReport().provenance());
        // a header date that is no transaction's earliest date is not placed in box 3
        Form4 other = extract("tsla.txt", ocr.replaceFirst("(?m)^11/08/2021$", "11/09/2021"));
        assertNull(other.periodOfReport().value());
    }
}
