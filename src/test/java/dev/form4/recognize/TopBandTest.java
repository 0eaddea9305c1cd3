package dev.form4.recognize;

import dev.form4.Form4Extractor;
import dev.form4.model.Diagnostic;
import dev.form4.model.Form4;
import dev.form4.model.ReportingOwner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Boxes 1, 2 and 5 read across one line by tesseract, split as a careful reader splits them. The band's lines
 * are tesseract's own, from testdata/converters/tesseract (FB, AAPL, ARWR, TSLA).
 */
class TopBandTest {

    private static final String CAPTIONS = "1. Name and Address of Reporting Person\u201d 2. Issuer Name and Ticker or Trading Symbol"
            + " 5. Relationship of Reporting Person(s) to Issuer";

    /** A Form 4 as tesseract reads it: the band's lines, box 1's sub-captions, a city, a table row, the notes and signature. */
    private static Form4 extract(List<String> band, String note, List<String> signature) {
        StringBuilder text = new StringBuilder("FORM 4 UNITED STATES SECURITIES AND EXCHANGE COMMISSION | OMB APPROVAL\n");
        text.append(CAPTIONS).append('\n');
        band.forEach(l -> text.append(l).append('\n'));
        text.append(String.join("\n",
                "(Last) (First) (Middle) 3. Date of Earliest Transaction (Month/Day/Year) below) below)",
                "07/28/2017",
                "(Street) X Form filed by One Reporting Person",
                "MENLO PARK CA 94025 Form filed by More than One Reporting",
                "(City) (State) (Zip)",
                "Table | - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned",
                "Explanation of Responses:",
                note, ""));
        signature.forEach(l -> text.append(l).append('\n'));
        text.append("** Signature of Reporting Person Date\n");
        return new Form4Extractor().extract("ocr.txt", text.toString()).form();
    }

    private static List<Diagnostic> diagnostics(List<String> band, String note, List<String> signature) {
        StringBuilder text = new StringBuilder("FORM 4\n").append(CAPTIONS).append('\n');
        band.forEach(l -> text.append(l).append('\n'));
        text.append("(Last) (First) (Middle)\nTable | - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n")
                .append("Explanation of Responses:\n").append(note).append('\n');
        signature.forEach(l -> text.append(l).append('\n'));
        return new Form4Extractor().extract("ocr.txt", text.toString()).diagnostics();
    }

    @Test
    void theOwnersNameOnALineOfItsOwnLeavesTheTickersLineToBoxTwo() {
        // FB 000112760217024628: nothing but the issuer stands left of its ticker; box 1's name is the next line's
        Form4 form = extract(List.of("Facebook Inc [ FB ] (Check all applicable)", "THIEL PETER X Director 10% Owner",
                "Officer (give title Other (specify"), "1. The shares are held by a trust.",
                List.of("/s/ David Kling as attorney-in-", "fact for Peter Thiel"));
        assertEquals("Facebook Inc", form.issuer().name().value());
        assertEquals("FB", form.issuer().tradingSymbol().value());
        ReportingOwner owner = form.reportingOwners().get(0);
        assertEquals("THIEL PETER", owner.name().value());
        assertEquals(Boolean.TRUE, owner.isDirector().value());
    }

    @Test
    void theSignatureSpellsWhereTheOwnersNameEnds() {
        // AAPL wf-form4_156694501621463: "COOK TIMOTHY D Apple Inc." and "in-Fact for Timothy D. Cook"
        List<String> band = List.of("(Check all applicable)", "COOK TIMOTHY D Apple Inc. [ AAPL ]", "X Director 10% Owner");
        Form4 form = extract(band, "1. The shares are held by a trust.",
                List.of("/s/ Sam Whittington, Attorney-", "in-Fact for Timothy D. Cook Obie 7/2019"));
        assertEquals("COOK TIMOTHY D", form.reportingOwners().get(0).name().value());
        assertEquals("Apple Inc.", form.issuer().name().value());
        assertEquals("AAPL", form.issuer().tradingSymbol().value());
        // signed by an attorney for someone else: nothing tells where the names part, both unread
        Form4 unsigned = extract(band, "1. The shares are held by a trust.", List.of("/s/ Sam Whittington, Attorney-in-Fact"));
        assertNull(unsigned.reportingOwners().get(0).name().value());
        assertNull(unsigned.issuer().name().value());
        assertEquals("AAPL", unsigned.issuer().tradingSymbol().value());
    }

    @Test
    void anIssuersNameWrappedOntoTheTickersLineAndAMiddleInitialTheSignatureLeavesOut() {
        // ARWR arrowhead_footnotes: the name wraps before "INC. [ ARWR ]"; the notes print the issuer's name
        Form4 form = extract(List.of("OLUKOTUN ADEOYE Y ARROWHEAD PHARMACEUTICALS, | (Checkal appicatie)",
                        "INC. [ ARWR ] Director 10% Owner"),
                "1. The reporting person undertakes to provide to Arrowhead Pharmaceuticals, Inc. full information.",
                List.of("/s/Adeoye Olukotun"));
        assertEquals("OLUKOTUN ADEOYE Y", form.reportingOwners().get(0).name().value());
        assertEquals("ARROWHEAD PHARMACEUTICALS, INC.", form.issuer().name().value());
        assertEquals("ARWR", form.issuer().tradingSymbol().value());
    }

    @Test
    void aTickersBracketReadAsJAfterTheCorporateSuffix() {
        // AAPL wf-form4_155718184308434: "[ AAPL ]" read "J AAPL"; the owner's line repeats the issuer's name
        Form4 form = extract(List.of("APPLE INC J AAPL (Check all applicable)", "WILLIAMS JEFFREY E APPLE INC [ ] Director 10% Owner"),
                "1. The shares are held by a trust.", List.of("/s/ Sam Whittington, Attorney-in-Fact"));
        assertEquals("AAPL", form.issuer().tradingSymbol().value());
        assertEquals("APPLE INC", form.issuer().name().value());
        assertEquals("WILLIAMS JEFFREY E", form.reportingOwners().get(0).name().value());
    }

    @Test
    void boxOneReadTwiceDifferentlyStaysUnread() {
        // TSLA 000089924321044689: "Musk El" before the issuer, "Musk Hiton" under it; the signature spells neither
        List<String> band = List.of("Musk El Tesla, Inc. [ TSLA ] (Check all applicable)", "Musk Hiton X Director X 10% Owner");
        Form4 form = extract(band, "1. Shares held by the Elon Musk Revocable Trust dated July 22, 2003 for Tesla, Inc.",
                List.of("/s/ Aaron Beckman by Power of", "Attorney"));
        assertEquals("Tesla, Inc.", form.issuer().name().value());
        assertNull(form.reportingOwners().get(0).name().value());
        List<Diagnostic> diagnostics = diagnostics(band, "1. Shares held for Tesla, Inc.", List.of("/s/ Aaron Beckman"));
        assertTrue(diagnostics.stream().anyMatch(d -> d.field().equals("reportingOwners[0].name")
                && d.kind() == Diagnostic.Kind.AMBIGUOUS && d.message().contains("'Musk El' and 'Musk Hiton'")), diagnostics::toString);
    }
}
