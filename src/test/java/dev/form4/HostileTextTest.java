package dev.form4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.form4.model.Diagnostic;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeHolding;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.write.CsvWriter;
import dev.form4.write.EdgarSchema;
import dev.form4.write.EdgarXmlWriter;
import dev.form4.write.HtmlReport;
import dev.form4.write.JsonWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text is data: hostile strings in the form's fields come out as written (tags aside, which are markup and are
 * reported), never moving a value to another field; escaping is each writer's job.
 */
class HostileTextTest {

    private static final Form4Extractor EXTRACTOR = new Form4Extractor();
    private static final String LAST_TITLE_CELL = "| Common Stock   |   | 11/11/2019  ";
    private static final String NATURE_CELL = "| See<br>Footnote <sup>(8)</sup>";

    private static Extraction seedWith(String find, String replace) {
        String seed = TestInputs.seed();
        assertTrue(seed.contains(find), find);
        return EXTRACTOR.extract("hostile.md", seed.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replace)));
    }

    @Test
    void markupAndXmlSyntaxInTheOwnerNameStayInTheOwnerName() {
        Extraction x = seedWith("COURTOT PHILIPPE F", "COURTOT <script>alert(1)</script> ]]> & \"Q\" PHILIPPE F");
        Form4 form = x.form();
        assertEquals("COURTOT alert(1) ]]> & \"Q\" PHILIPPE F", form.reportingOwners().get(0).name().value());
        assertEquals("QUALYS, INC.", form.issuer().name().value(), "the issuer stays the issuer");
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.NOISE
                && d.message().startsWith("ignored the markup <script> (2 tags)")), "the dropped tags are reported");

        assertEquals("COURTOT alert(1) ]]> & \"Q\" PHILIPPE F", JsonWriter.toJson(x, false).at("/reportingOwners/0/name").asText());
        String xml = EdgarXmlWriter.write(form).xml();
        assertEquals(List.of(), EdgarSchema.validate(xml));
        assertTrue(xml.contains("<rptOwnerName>COURTOT alert(1) ]]&gt; &amp; \"Q\" PHILIPPE F</rptOwnerName>"), xml);
        String html = HtmlReport.render(x, x.parse().text());
        assertTrue(html.contains("COURTOT alert(1) ]]&gt; &amp; &quot;Q&quot; PHILIPPE F"));
        assertFalse(html.contains("<script>"), "the source pane shows the tag escaped, never as markup");
    }

    @Test
    void aFormulaBeforeSeeFootnoteKeepsTheHoldingRow() {
        Extraction x = seedWith(NATURE_CELL, "| =1+2 See<br>Footnote <sup>(8)</sup>");
        List<NonDerivativeHolding> holdings = x.form().nonDerivativeTable().holdings();
        assertEquals(1, holdings.size(), "the holding row is still a holding");
        assertEquals("=1+2 See Footnote", holdings.get(0).natureOfOwnership().value());
        assertEquals(new BigDecimal("100000"), holdings.get(0).sharesOwnedFollowingTransaction().value());
        assertEquals(List.of("F8"), holdings.get(0).natureOfOwnership().footnoteIds());
        assertEquals(10, x.form().nonDerivativeTable().transactions().size());
        assertTrue(CsvWriter.toCsv(x).contains(",'=1+2 See Footnote,"), "neutralised in CSV, not in the model");
    }

    @Test
    void leadingFormulaSignsStayInTheTitle() {
        for (String title : List.of("@SUM(1+1)", "=Common Stock", "+Common Stock", "@Common Stock")) {
            Extraction x = seedWith(LAST_TITLE_CELL, "| " + title + "  |   | 11/11/2019  ");
            List<NonDerivativeTransaction> rows = x.form().nonDerivativeTable().transactions();
            NonDerivativeTransaction last = rows.get(rows.size() - 1);
            assertEquals(title, last.securityTitle().value());
            assertEquals(new BigDecimal("148"), last.transactionShares().value(), title + ": the row's values stay put");
            assertEquals(10, rows.size(), title);
            String csv = CsvWriter.toCsv(x);
            assertTrue(csv.contains(",'" + title + ","), title + " is neutralised by the CSV writer");
        }
    }
}
