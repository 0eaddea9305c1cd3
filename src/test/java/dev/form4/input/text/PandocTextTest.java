package dev.form4.input.text;

import dev.form4.Extraction;
import dev.form4.Form4Extractor;
import dev.form4.TestInputs;
import dev.form4.input.InputDetector;
import dev.form4.input.InputFormat;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.source.ParseLimits;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * pandoc's own Markdown ({@code -t markdown}) and plain text ({@code -t plain}) of filings' pages, as
 * testdata/converters/regenerate.sh made them: rewritten into layout text with every kept character in place.
 */
class PandocTextTest {

    private static final Path MARKDOWN = Path.of("testdata/converters/pandoc-markdown/SQ/000120919123023396.md");
    private static final Path PLAIN = Path.of("testdata/converters/pandoc-plain/AAPL/wf-form4_156694501621463.txt");

    private static List<String> sourceLines(Path file) {
        return TestInputs.read(file).lines().toList();
    }

    private static List<String> layoutLines(Path file) {
        return PandocText.asLayout(TestInputs.read(file)).lines().toList();
    }

    @Test
    void bothAreDetectedAsPandocsOwnText() {
        assertEquals(InputFormat.PANDOC, InputDetector.detect(TestInputs.read(MARKDOWN)));
        assertEquals(InputFormat.PANDOC, InputDetector.detect(TestInputs.read(PLAIN)));
        // pandoc's GitHub Markdown has pipe tables and raw HTML, no grid borders
        assertEquals(InputFormat.GFM, InputDetector.detect(TestInputs.read(
                Path.of("testdata/converters/pandoc/SQ/000120919123023396.md"))));
    }

    @Test
    void aLinkTargetWrappedInsideItsGridCellIsBlankedThereNotInTheNextCell() {
        List<String> source = sourceLines(MARKDOWN);
        List<String> layout = layoutLines(MARKDOWN);
        assertEquals(source.size(), layout.size(), "one line out for every line in");
        // line 81: "| mpany&CIK=0001222287) |                       |    [X]{.FormData}     |"
        String in = source.get(80);
        String out = layout.get(80);
        assertTrue(in.contains("mpany&CIK=0001222287)"), in);
        assertFalse(out.contains("CIK"), out);
        assertEquals(in.indexOf("[X]") + 1, out.indexOf('X'), "the checkbox's X keeps its column");
        assertEquals("X", out.strip());
    }

    @Test
    void spansAndEscapesGoAndTheValuesKeepTheirColumns() {
        List<String> source = sourceLines(MARKDOWN);
        List<String> layout = layoutLines(MARKDOWN);
        String in = source.get(167); // "  [Class A Common Stock]{.FormData}   ...   [04/03/2023]{.FormData} ..."
        String out = layout.get(167);
        assertEquals(in.indexOf("[Class A") + 1, out.indexOf("Class A Common Stock"));
        assertEquals(in.indexOf("[04/03/2023") + 1, out.indexOf("04/03/2023"));
        assertFalse(out.contains("FormData"), out);
        // line 77: "\[ [SQ]{.FormData} \]" is the ticker in brackets, the escaped ones kept
        assertTrue(layout.get(76).contains("[  SQ"), layout.get(76));
    }

    @Test
    void theMarkdownsTableOneRowIsRead() {
        Extraction x = new Form4Extractor(ParseLimits.DEFAULT, null).extract(MARKDOWN.toString(), TestInputs.read(MARKDOWN));
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(0);
        assertEquals("Class A Common Stock", row.securityTitle().value());
        assertEquals("2023-04-03", row.transactionDate().value().toString());
        assertEquals(200, row.transactionShares().value().intValue());
        assertEquals(List.of("F1"), row.transactionShares().footnoteIds());
        assertEquals(18645, row.sharesOwnedFollowingTransaction().value().intValue());
    }

    @Test
    void theGridsHeaderBoxesAreReadWithPandocsWrappingUndone() {
        // box 1 holds "1. Name and Address" / "of Reporting" / "Person^(*)" (wrapped: "of" did not fit on the line
        // above) and a nested table cut to the cell's width inside words: "  C" / "UPERTINO   CA   95014"
        Extraction x = new Form4Extractor(ParseLimits.DEFAULT, null).extract(PLAIN.toString(), TestInputs.read(PLAIN));
        assertEquals("Apple Inc.", x.form().issuer().name().value());
        assertEquals("AAPL", x.form().issuer().tradingSymbol().value());
        var owner = x.form().reportingOwners().get(0);
        assertEquals("COOK TIMOTHY D", owner.name().value());
        assertEquals("ONE APPLE PARK WAY", owner.street1().value());
        assertEquals("CUPERTINO", owner.city().value());
        assertEquals("95014", owner.zipCode().value());
        assertEquals("2019-08-24", x.form().periodOfReport().value().toString());
        // the source position of a value is where the user's file has it
        assertEquals(1, sourceLines(PLAIN).stream().filter(l -> l.contains("UPERTINO   CA   95014")).count());
    }

    @Test
    void plainTextsUnicodeSuperscriptsAreTheFootnoteMarks() {
        // "560,000⁽¹⁾⁽²⁾⁽³⁾": pandoc's plain text raises the marks with Unicode superscripts
        Extraction x = new Form4Extractor(ParseLimits.DEFAULT, null).extract(PLAIN.toString(), TestInputs.read(PLAIN));
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(0);
        assertEquals(560000, row.transactionShares().value().intValue());
        assertEquals(List.of("F1", "F2", "F3"), row.transactionShares().footnoteIds());
    }

    @Test
    void aLinkTargetOnLinesOfItsOwnDoesNotEndTheIssuersLine() {
        // "[APPLE" / "INC](/cgi-bin/brow" / "se-edgar?action=getco" / "mpany&CIK=0000320193)" / "\\[ [AAPL]{.FormData}"
        Path file = Path.of("testdata/converters/pandoc-markdown/AAPL/wf-form4_155718184308434.md");
        Extraction x = new Form4Extractor(ParseLimits.DEFAULT, null).extract(file.toString(), TestInputs.read(file));
        assertEquals("APPLE INC", x.form().issuer().name().value());
        assertEquals("AAPL", x.form().issuer().tradingSymbol().value());
    }

    @Test
    void aCheckMarkCutOffItsLabelsLineChecksThatLabelOnly() {
        // box 5's nested table cut to the cell's width: "       [X]{.FormData}" / "          Officer (gi" / "ve title
        // below)" / "Other (specify below)" is one line of the nested table (within its rule's width): X, then Officer
        Path markdown = Path.of("testdata/converters/pandoc-markdown/AAPL/wf-form4_155718184308434.md");
        var owner = new Form4Extractor(ParseLimits.DEFAULT, null).extract(markdown.toString(), TestInputs.read(markdown))
                .form().reportingOwners().get(0);
        assertEquals(List.of(false, true, false, false), checkboxes(owner));
        assertEquals("COO", owner.officerTitle().value());
        // "   X" / " Director" (the cut fell after the mark's cell) and "              X" / "          Officer (gi"
        var cook = new Form4Extractor(ParseLimits.DEFAULT, null).extract(PLAIN.toString(), TestInputs.read(PLAIN))
                .form().reportingOwners().get(0);
        assertEquals(List.of(true, true, false, false), checkboxes(cook));
        assertEquals("Chief Executive Officer", cook.officerTitle().value());
        // "      Dir" / "ector" / "            10% Owner" fills the rule's width: "    X  Officer (give t" opens the next
        // row, so its X is not read as Other's
        Path bdx = Path.of("testdata/converters/pandoc-plain/BDX/beckton_dickerson_remarks_10b51.txt");
        var feld = new Form4Extractor(ParseLimits.DEFAULT, null).extract(bdx.toString(), TestInputs.read(bdx))
                .form().reportingOwners().get(0);
        assertEquals(List.of(false, true, false, false), checkboxes(feld));
        assertEquals("EVP, CRO & Pres. Life Sciences", feld.officerTitle().value());
    }

    @Test
    void aNestedPieceAfterALineThatFilledTheCellGoesOnWithThatLine() {
        // the address row "[PITTSBURGH]{.FormData}   [PA]{.FormData}   [15222]{.FormData}" starts less deep than the
        // pieces pandoc cut it into: "  [PITTSBURGH]{.FormDa" / "ta}   [PA]{.FormData}" / "   [15222]{.FormData}"
        Path file = Path.of("testdata/converters/pandoc-markdown/AUR/000182810823000105.md");
        var owner = new Form4Extractor(ParseLimits.DEFAULT, null).extract(file.toString(), TestInputs.read(file))
                .form().reportingOwners().get(0);
        assertEquals("PITTSBURGH", owner.city().value());
        assertEquals("PA", owner.state().value());
        assertEquals("15222", owner.zipCode().value());
    }

    @Test
    void aOneColumnNestedTablesRuleRestoresTheSpaceItsWidestLinesFirstCutLost() {
        // "  [BOTHA " was cut right after its space: "  [BOTHA" / "ROELOF](/cgi-bin/brow" / "se-edgar?action=getco" (markup
        // only, the line goes on) / "mpany&CIK=0001222287)"; the rule above is that line's width and 2 more
        Path botha = Path.of("testdata/converters/pandoc-markdown/EB/000089924318025227.md");
        assertEquals("BOTHA ROELOF", new Form4Extractor(ParseLimits.DEFAULT, null).extract(botha.toString(),
                TestInputs.read(botha)).form().reportingOwners().get(0).name().value());
        Path trust = Path.of("testdata/converters/pandoc-markdown/LNKD/000118143111033001.md");
        var names = new Form4Extractor(ParseLimits.DEFAULT, null).extract(trust.toString(), TestInputs.read(trust))
                .form().reportingOwners().stream().map(owner -> owner.name().value()).toList();
        assertTrue(names.contains("Reid Hoffman & Michelle Yee Living Trust"), names.toString());
    }

    @Test
    void theMarksOfOneRuleColumnAreOneCellThoughMarkupStandsBetweenThem() {
        // "[^(2)^]{.FootnoteData}[^(3)^]{.FootnoteData}" under "2. Conversion or Exercise Price": both marks the
        // price's, not one the title's and one the price's; so in columns 6 and 4 ("[C]{...}[^(1)^]{...}")
        Path file = Path.of("testdata/converters/pandoc-markdown/LNKD/000120919112014199.md");
        var row = new Form4Extractor(ParseLimits.DEFAULT, null).extract(file.toString(), TestInputs.read(file))
                .form().derivativeTable().transactions().get(0);
        assertEquals(List.of(), row.securityTitle().footnoteIds());
        assertEquals(List.of("F2", "F3"), row.conversionOrExercisePrice().footnoteIds());
        assertEquals(List.of("F1"), row.transactionCode().footnoteIds());
        assertEquals(List.of("F2", "F3"), row.exerciseDate().footnoteIds());
        assertEquals(List.of("F2", "F3"), row.expirationDate().footnoteIds());
    }

    @Test
    void aMultilineTablesCellLinesJoinInTheirRulesColumnThoughAnOverlongWordPushedOneRight() {
        // "[ ]{.SmallFormData}[^(1)^]{.FootnoteData}" is wider than its column: the rest of its line moves right, so
        // "[Common" stands right of the "Stock]" under it; the dash rule's column holds both
        Path file = Path.of("testdata/converters/pandoc-markdown/U/000089924320025994.md");
        Extraction x = new Form4Extractor(ParseLimits.DEFAULT, null).extract(file.toString(), TestInputs.read(file));
        var row = x.form().derivativeTable().transactions().get(0);
        assertEquals("Series A Preferred Stock", row.securityTitle().value());
        assertEquals("Common Stock", row.underlyingSecurityTitle().value());
        assertEquals(2027400, row.underlyingSecurityShares().value().intValue());
    }

    @Test
    void aNestedLineCutRightAfterAWordsCommaLostTheSpaceAfterIt() {
        // "[706 MISSION ST.," / "7TH FLOOR]{.FormData}": pandoc cut the address line at its space; a comma after a
        // word is followed by one, so the street reads as printed
        Path file = Path.of("testdata/converters/pandoc-markdown/YELP/000120919112017317.md");
        var owner = new Form4Extractor(ParseLimits.DEFAULT, null).extract(file.toString(), TestInputs.read(file))
                .form().reportingOwners().get(0);
        assertEquals("706 MISSION ST., 7TH FLOOR", owner.street2().value());
    }

    private static List<Boolean> checkboxes(dev.form4.model.ReportingOwner owner) {
        return List.of(owner.isDirector().value(), owner.isOfficer().value(), owner.isTenPercentOwner().value(),
                owner.isOther().value());
    }
}
