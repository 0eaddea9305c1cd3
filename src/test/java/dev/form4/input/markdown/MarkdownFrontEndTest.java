package dev.form4.input.markdown;

import dev.form4.TestInputs;
import dev.form4.parse.DocumentParser;
import dev.form4.parse.FormTree;
import dev.form4.source.Item;
import dev.form4.source.ParseLimits;
import dev.form4.source.ReadBudget;
import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Markdown front-end over the seed and small inputs: rows, cells, typed items and positions. */
class MarkdownFrontEndTest {

    private static List<SourceRow> seedRows;
    private static FormTree seedForm;

    @BeforeAll
    static void read() {
        seedRows = rows(MarkdownFrontEnd.MARKER, TestInputs.seed());
        seedForm = new DocumentParser().parse("seed", TestInputs.seed()).form();
    }

    private static List<SourceRow> rows(MarkdownFrontEnd frontEnd, String text) {
        return frontEnd.rows("x", text, new ReadBudget("x", ParseLimits.DEFAULT));
    }

    @Test
    void sectionsOfTheSeed() {
        assertEquals(9, seedForm.notes().footnotes().size());
        assertTrue(seedForm.remarks().stream().allMatch(r -> r.typeName().equals("REMARKS_HEADING")));
        assertTrue(seedForm.signatures().get(0).source().text().startsWith("/s/ Bruce Posey"));
        assertTrue(seedForm.closing().get(0).source().text().startsWith("Reminder:"));
    }

    @Test
    void aFootnoteWrittenAsAFormulaReadsAsPlainText() {
        String first = seedForm.notes().footnotes().get(0).first().source().text();
        assertEquals("1. The sale transaction reported in this Form 4 was effected pursuant to a Rule 10b5-1 trading plan "
                + "adopted by the Reporting Person on August 21, 2019.", first);
        assertTrue(seedForm.notes().footnotes().get(1).first().source().text().contains("ranging from $84.10 to $85.09"),
                "escaped dollars unescaped");
    }

    @Test
    void looseLinesAmongTheFootnotesAreKeptInOrder() {
        List<String> loose = seedForm.notes().loose().stream().map(r -> r.source().text()).toList();
        assertEquals(List.of("$26.86", "11/11/2019", "Stock Option", "(right to", "buy)", "M (1)", "34.082", "(9)",
                "Common", "Stock", "02/06/2024", "34,082", "$0.00", "0", "D"), loose);
    }

    @Test
    void cellsKeepTypedItemsAndPositions() {
        SourceRow row = seedRows.stream().filter(r -> r.line() == 32).findFirst().orElseThrow();
        assertEquals(SourceRow.Shape.TABLE_ROW, row.shape());
        SourceCell price = row.cells().stream().filter(c -> c.text().equals("$84.62")).findFirst().orElseThrow();
        assertEquals(Item.Kind.PRICE, price.items().get(0).kind());
        SourceCell fragment = row.cells().get(price.index() + 1);
        assertEquals("237(2)", fragment.text().replace(" ", ""));
        assertEquals(List.of(Item.Kind.NUMBER, Item.Kind.FOOTNOTE), fragment.items().stream().map(Item::kind).toList());
        assertEquals(32, price.position().line());
        assertEquals(price.index(), price.x0(), "a pipe table's cells are placed by index");
    }

    @Test
    void superscriptNumbersAreFootnoteMarkers() {
        SourceRow row = rows(MarkdownFrontEnd.MARKER, "| Common Stock<sup>1</sup> | 5 |\n").get(0);
        assertEquals(Item.Kind.FOOTNOTE, row.cells().get(0).items().get(2).kind());
        assertEquals(Item.Kind.NUMBER, row.cells().get(1).items().get(0).kind());
    }

    @Test
    void consecutivePipeRowsShareAGridAndABlankLineEndsIt() {
        List<SourceRow> rows = rows(MarkdownFrontEnd.MARKER, "| a | 1 |\n|---|---|\n| b | 2 |\n\n| c | 3 |\ntext\n");
        assertEquals(List.of(0, 0, 1, -1), rows.stream().map(SourceRow::grid).toList());
        assertEquals(List.of(false, false, true, false), rows.stream().map(SourceRow::blankBefore).toList());
        assertEquals(SourceRow.Shape.LINE, rows.get(3).shape());
    }

    @Test
    void gitHubMarkdownHasNoFormulas() {
        String row = "| <span class=\"FormData\">Common Stock</span> | <span>$</span><span>49.00</span> | 1,000 |\n";
        SourceRow gfm = rows(MarkdownFrontEnd.GFM, row).get(0);
        assertEquals(List.of("Common Stock", "$49.00", "1,000"), gfm.cells().stream().map(SourceCell::text).toList());
        SourceRow marker = rows(MarkdownFrontEnd.MARKER, row).get(0);
        assertFalse(marker.cells().get(1).text().contains("$"), "Marker reads the '$' as a formula's start");
    }

    @Test
    void rawHtmlTablesAreReadInPlaceWithTheirLines() {
        String text = "Title line\n\n<table>\n<tr><td>1. Name</td><td rowspan=\"2\">5. Relationship</td></tr>\n"
                + "<tr><td>Doe Jane</td></tr>\n</table>\n\n| x | 12/01/2020 |\n";
        List<SourceRow> rows = rows(MarkdownFrontEnd.GFM, text);
        assertEquals(List.of("Title line", "1. Name | 5. Relationship", "Doe Jane", "x | 12/01/2020"),
                rows.stream().map(SourceRow::text).toList());
        assertEquals(4, rows.get(1).line());
        assertEquals(5, rows.get(2).line());
        SourceCell name = rows.get(2).cells().get(0);
        assertTrue(name.overlaps(rows.get(1).cells().get(0).x0(), rows.get(1).cells().get(0).x1()),
                "the value stands under its caption");
        assertFalse(name.overlaps(rows.get(1).cells().get(1).x0(), rows.get(1).cells().get(1).x1()));
    }
}
