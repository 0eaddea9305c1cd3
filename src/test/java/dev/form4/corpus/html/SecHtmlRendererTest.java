package dev.form4.corpus.html;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our page against the SEC's own page of the same filing ({@code testdata/corpus/edgar-html}). What may differ
 * and does: the GOOG pages were saved by a browser (a "saved from" comment, explicit {@code <tbody>}, absolute
 * links, {@code &nbsp;} kept), the SCWO page by a script (no {@code <tbody>}, the no-break spaces turned into
 * spaces); attribute order and whitespace differ too. None of it is compared: {@link PageStructure} compares
 * tables, rows, cells, classes and text only. The "SEC Form 4" line that opens every page is EDGAR's own
 * header and is in both.
 */
class SecHtmlRendererTest {

    static final Path REAL_PAGES = Path.of("testdata/corpus/edgar-html");

    @ParameterizedTest
    @ValueSource(strings = {"GOOG_000112760215028697", "GOOG_000120919122024552", "SCWO_374Water"})
    void sameTablesRowsCellsAndTextAsTheSecPage(String filing) throws IOException {
        PageStructure real = PageStructure.of(Files.readString(REAL_PAGES.resolve(filing + ".rendered.html")));
        PageStructure ours = PageStructure.of(SecHtmlRenderer.render(REAL_PAGES.resolve(filing + ".xml")));

        assertTrue(real.cells().size() > 100, "the real page has its tables");
        assertEquals(java.util.List.of(), real.differences(ours, 10), filing + ": cells differ");
        assertEquals(real.text(), ours.text(), filing + ": text in reading order differs");
    }
}
