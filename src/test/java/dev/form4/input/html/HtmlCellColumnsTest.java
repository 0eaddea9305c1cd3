package dev.form4.input.html;

import dev.form4.Form4Extractor;
import dev.form4.input.markdown.MarkdownFrontEnd;
import dev.form4.model.DerivativeTransaction;
import dev.form4.source.ParseLimits;
import dev.form4.source.ReadBudget;
import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * An HTML table's cells are numbered by their column slot, as pipe cells by their place among the pipes, on
 * pandoc's raw HTML Table II of a real filing (testdata/converters/pandoc, made by regenerate.sh).
 */
class HtmlCellColumnsTest {

    private static final Path FILE = Path.of("testdata/converters/pandoc/MSFT/000106299321002686.md");

    @Test
    void aSubCaptionUnderRowspannedCaptionsAndAValueAfterEmptyCellsKeepTheirColumns() throws IOException {
        List<SourceRow> rows = MarkdownFrontEnd.GFM.rows(FILE.toString(), Files.readString(FILE),
                new ReadBudget(FILE.toString(), ParseLimits.DEFAULT));
        SourceRow captions = rows.stream().filter(r -> r.text().startsWith("Code | V | (A) | (D)")).findFirst().orElseThrow();
        SourceRow values = rows.stream().filter(r -> r.text().startsWith("Restricted Stock Units")).findFirst().orElseThrow();
        // "4. Transaction Code" and the three captions before it span both header rows: "Code" stands in column 4
        assertEquals(4, captions.cells().get(0).index());
        assertEquals("(A)", captions.cellIndexed(6).text());
        // the row's deemed date (column 3) and V (5) are empty: its amount still stands in column 6, under (A)
        SourceCell amount = values.cellIndexed(6);
        assertNotNull(amount);
        assertEquals("25(2)", amount.text());
        assertEquals("(3)", values.cellIndexed(8).text());
    }

    @Test
    void theAmountsMarkStaysWithItAndTheDatesKeepTheirOwn() {
        DerivativeTransaction row = new Form4Extractor().extract(FILE).form().derivativeTable().transactions().get(0);
        assertEquals(List.of("F2"), row.transactionShares().footnoteIds());
        assertEquals("A", row.transactionAcquiredDisposedCode().value());
        assertEquals(List.of("F3"), row.exerciseDate().footnoteIds());
        assertEquals(List.of("F3"), row.expirationDate().footnoteIds());
    }
}
