package dev.form4.corpus;

import dev.form4.edgar.EdgarXmlReader;
import dev.form4.model.Form4;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {

    @Test
    void printsValuesAsEdgarAndMarkerDo() {
        assertEquals("2,598.325", PrintedValues.number(new BigDecimal("2598.325")));
        assertEquals("0.00", PrintedValues.number(new BigDecimal("0.00")));
        assertEquals("100", PrintedValues.number(new BigDecimal("100")));
        assertEquals("1,000", PrintedValues.number(new BigDecimal("1000")));
        assertEquals("-12,345,678.5", PrintedValues.number(new BigDecimal("-12345678.5")));
        assertEquals("\\$26.86", PrintedValues.price(new BigDecimal("26.86")));
        assertEquals("<sup>(7)(8)</sup>", PrintedValues.sup(List.of("F7", "F8")));
        assertEquals("S <sup>(1)</sup>", PrintedValues.withMarks("S", List.of("F1")));
        assertEquals("<sup>(9)</sup>", PrintedValues.withMarks(null, List.of("F9")));
        assertEquals("Stock<br>Option<br>(right to<br>buy)", PrintedValues.wrap("Stock Option (right to buy)", 9));
    }

    @Test
    void rendersTheBoxesAndRowsOfAFiling() {
        Form4 form = EdgarXmlReader.read(Path.of("testdata/corpus/edgar-html/SCWO_374Water.xml"));
        RenderedDocument doc = MarkdownRenderer.document(form);
        List<PipeTable.Row> tableI = doc.table.rowsOf(PipeTable.Kind.TABLE_I_DATA);
        assertEquals(1, tableI.size());
        assertEquals(List.of("Common Stock (restricted<br>stock units)", "04/30/2025", "", "A", "",
                "757,756 <sup>(1)</sup>", "A", "\\$0", "757,756", "D", ""), tableI.get(0).cells().subList(0, 11));
        List<String> tableII = doc.table.rowsOf(PipeTable.Kind.TABLE_II_DATA).get(0).cells();
        assertEquals(List.of("Stock<br>options<br>(right to<br>buy)", "\\$0.33", "04/30/2025", "", "A", "",
                "757,576 <sup>(1)</sup>", "", "<sup>(1)</sup>", "04/29/2035", "Common<br>Stock", "757,576", "\\$0",
                "757,756", "D", ""), tableII);
        String md = doc.toMarkdown();
        assertTrue(md.contains("| X Officer (give title below)  Chief Technology Officer "), md);
        assertTrue(md.contains("\n\nCheck this box to indicate that a transaction was made pursuant"), md);
        assertTrue(md.contains("\n\n/s/ Rajesh Melkote\n\n05/02/2025\n\n"), md);
        assertTrue(md.contains("| 2. Issuer Name and Ticker or Trading Symbol 374Water Inc. [ SCWO ] |"), md);
    }

    @Test
    void rendersAnAmendmentOtherRelationshipSwapAndDeemedDate() {
        Form4 form = EdgarXmlReader.read(Path.of("testdata/synthetic/amendment-other-swap.xml"));
        RenderedDocument doc = MarkdownRenderer.document(form);
        String md = doc.toMarkdown();
        assertTrue(md.contains("| 4. If Amendment, Date of Original Filed (Month/Day/Year) 03/05/2024 |"), md);
        assertTrue(md.contains("| X Other (specify below)  Member of 13(d) group |"), md);
        assertTrue(md.contains("| X 10% Owner |"), md);
        assertTrue(md.contains("\n\n# X Check this box if no longer subject to Section 16."), md);
        assertTrue(md.contains("\n\nX Check this box to indicate that a transaction was made pursuant"), md);
        assertEquals(List.of("Common Stock", "03/01/2024", "03/02/2024", "J <sup>(1)(2)</sup>", "V", "1,234.5", "A",
                "<sup>(2)</sup>", "1,001,234.5", "I <sup>(1)</sup>", "By LLC"),
                doc.table.rowsOf(PipeTable.Kind.TABLE_I_DATA).get(0).cells().subList(0, 11));
        assertEquals(List.of("Total<br>Return<br>Swap", "\\$12.5", "", "", "", "", "", "", "01/01/2024", "01/01/2026",
                "Common<br>Stock", "5,000", "", "\\$62,500", "D", ""), doc.table.rowsOf(PipeTable.Kind.TABLE_II_DATA).get(0).cells());
        assertTrue(md.contains("1. A footnote with a \\$5.00 line break."), md);
        assertTrue(md.contains("\n\nExample LLC, by Jane Q. Doe, Manager\n\n03/06/2024\n\n"), md);
    }

    @Test
    void aLongTableContinuesOnTheNextPageWithItsCaptionsRepeated() {
        Form4 form = EdgarXmlReader.read(Path.of("testdata/corpus/edgar-xml/TSLA/000089924321044060.xml"));
        String md = MarkdownRenderer.render(form);
        String[] tables = md.split("\n\n(?=\\| Table I - )");
        assertEquals(2, tables.length, "one page break inside Table I");
        assertTrue(tables[1].startsWith("| Table I - Non-Derivative Securities Acquired"));
        String[] lines = tables[1].split("\n");
        assertTrue(lines[1].matches("\\|-+\\|.*"), "the repeated title is the new table's header row");
        assertTrue(lines[2].startsWith("| 1. Title of<br>Security"));
        assertTrue(lines[3].contains("| Code "));
        // Every row is still there, once.
        long rows = md.lines().filter(l -> l.startsWith("| Common Stock ")).count();
        assertEquals(form.nonDerivativeTable().transactions().size() + form.nonDerivativeTable().holdings().size(), rows);
    }

    @Test
    void everyCorpusFilingRendersWithEveryFootnoteAndRow() throws IOException {
        for (Path file : dev.form4.edgar.EdgarXmlReaderTest.corpusFiles()) {
            Form4 form = EdgarXmlReader.read(file);
            RenderedDocument doc = MarkdownRenderer.document(form);
            int rowsI = form.nonDerivativeTable().transactions().size() + form.nonDerivativeTable().holdings().size();
            int rowsII = form.derivativeTable().transactions().size() + form.derivativeTable().holdings().size();
            assertEquals(rowsI, doc.table.rowsOf(PipeTable.Kind.TABLE_I_DATA).size(), file.toString());
            assertEquals(rowsII, doc.table.rowsOf(PipeTable.Kind.TABLE_II_DATA).size(), file.toString());
            String md = doc.toMarkdown();
            form.footnotes().forEach(f -> assertTrue(md.contains(PrintedValues.footnoteNumber(f.id()) + ". "), file + " " + f.id()));
            assertEquals(form.reportingOwners().size(), count(md, "1. Name and Address of Reporting Person*"), file.toString());
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
