package dev.form4.layout;

import dev.form4.TestInputs;
import dev.form4.parse.DocumentParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayoutBuilderTest {

    private static FormLayout seed;

    @BeforeAll
    static void build() {
        seed = LayoutBuilder.build(new DocumentParser().parse("seed", TestInputs.seed()));
    }

    @Test
    void sectionsOfTheSeed() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), seed.footnotes().stream().map(FootnoteEntry::number).toList());
        assertTrue(seed.remarks().isEmpty());
        assertTrue(seed.signatures().get(0).text().startsWith("/s/ Bruce Posey"));
        assertTrue(seed.boilerplate().get(0).text().startsWith("Reminder:"));
    }

    @Test
    void aFootnoteWrittenAsAFormulaReadsAsPlainText() {
        assertEquals("The sale transaction reported in this Form 4 was effected pursuant to a Rule 10b5-1 trading plan "
                + "adopted by the Reporting Person on August 21, 2019.", seed.footnotes().get(0).text());
        assertTrue(seed.footnotes().get(1).text().contains("ranging from $84.10 to $85.09"), "escaped dollars unescaped");
    }

    @Test
    void looseLinesAmongTheFootnotesAreKeptInOrder() {
        List<String> loose = seed.looseBlocks().stream().map(b -> ((Line) b).text()).toList();
        assertEquals(List.of("$26.86", "11/11/2019", "Stock Option", "(right to", "buy)", "M (1)", "34.082", "(9)",
                "Common", "Stock", "02/06/2024", "34,082", "$0.00", "0", "D"), loose);
    }

    @Test
    void cellsKeepTypedItemsAndPositions() {
        Row row = seed.preamble().stream().filter(b -> b instanceof Table).map(b -> (Table) b)
                .flatMap(t -> t.rows().stream()).filter(r -> r.line() == 32).findFirst().orElseThrow();
        Cell price = row.cells().stream().filter(c -> c.text().equals("$84.62")).findFirst().orElseThrow();
        assertEquals(Item.Kind.PRICE, price.items().get(0).kind());
        Cell fragment = row.cells().get(price.index() + 1);
        assertEquals("237(2)", fragment.text().replace(" ", ""));
        assertEquals(List.of(Item.Kind.NUMBER, Item.Kind.FOOTNOTE), fragment.items().stream().map(Item::kind).toList());
        assertEquals(32, price.position().line());
    }

    @Test
    void superscriptNumbersAreFootnoteMarkers() {
        FormLayout layout = LayoutBuilder.build(new DocumentParser().parse("x", "| Common Stock<sup>1</sup> | 5 |\n"));
        Row row = ((Table) layout.preamble().get(0)).rows().get(0);
        assertEquals(Item.Kind.FOOTNOTE, row.cells().get(0).items().get(2).kind());
        assertEquals(Item.Kind.NUMBER, row.cells().get(1).items().get(0).kind());
    }
}
