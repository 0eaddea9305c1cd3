package dev.form4.corpus.html;

import dev.form4.edgar.EdgarXmlReader;
import dev.form4.model.DerivativeTransaction;
import dev.form4.model.FieldValue;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeTransaction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
    static final Path CORPUS = Path.of("testdata/corpus/edgar-xml");
    private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("<footnoteId\\b");
    private static final Pattern MARKS = Pattern.compile("(\\(\\d+\\))+$");

    @ParameterizedTest
    @ValueSource(strings = {"GOOG_000112760215028697", "GOOG_000120919122024552", "SCWO_374Water"})
    void sameTablesRowsCellsAndTextAsTheSecPage(String filing) throws IOException {
        PageStructure real = PageStructure.of(Files.readString(REAL_PAGES.resolve(filing + ".rendered.html")));
        PageStructure ours = PageStructure.of(SecHtmlRenderer.render(REAL_PAGES.resolve(filing + ".xml")));

        assertTrue(real.cells().size() > 100, "the real page has its tables");
        assertEquals(java.util.List.of(), real.differences(ours, 10), filing + ": cells differ");
        assertEquals(real.text(), ours.text(), filing + ": text in reading order differs");
    }

    /** The comparison is not vacuous: the page of another filing by the same owner differs from the real one. */
    @Test
    void anotherFilingsPageDoesNotPassForTheRealOne() throws IOException {
        PageStructure real = PageStructure.of(Files.readString(REAL_PAGES.resolve("GOOG_000112760215028697.rendered.html")));
        PageStructure other = PageStructure.of(SecHtmlRenderer.render(REAL_PAGES.resolve("GOOG_000120919122024552.xml")));

        assertFalse(real.differences(other, 10).isEmpty());
        assertNotEquals(real.text(), other.text());
    }

    @Test
    void numbersKeepTheFilersDecimalsWithThousandsSeparators() {
        assertEquals("2,598.325", SecPrint.number("2598.325"));
        assertEquals("0.00", SecPrint.number("0.00"));
        assertEquals("21,169,379", SecPrint.number(" 21169379 "));
        assertEquals("-1,234.5", SecPrint.number("-1234.5"));
        assertEquals("04/13/2022", SecPrint.date("2022-04-13"));
        assertEquals("(12)", Jsoup.parse(SecPrint.marks(List.of("F12"))).text());
    }

    /**
     * Every corpus filing, read independently by EdgarXmlReader: its page has one Table I row per transaction
     * and holding, one Table II row likewise, a mark for every footnote reference of the XML, one explanation
     * line per footnote, every signature, every owner's box for a joint filing, and the transaction values in
     * their columns as the SEC prints them.
     */
    @Test
    void everyCorpusFilingPrintsAllItsRowsMarksFootnotesOwnersAndSignatures() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertEquals(323, files.size());
        for (Path xml : files) {
            Form4 form = EdgarXmlReader.read(xml);
            Document page = Jsoup.parse(SecHtmlRenderer.render(xml));
            String name = xml.toString();
            List<Element> table1 = bodyRows(page, "Table I - ");
            List<Element> table2 = bodyRows(page, "Table II - ");
            assertEquals(form.nonDerivativeTable().transactions().size() + form.nonDerivativeTable().holdings().size(),
                    table1.size(), name + ": Table I rows");
            assertEquals(form.derivativeTable().transactions().size() + form.derivativeTable().holdings().size(),
                    table2.size(), name + ": Table II rows");
            for (int i = 0; i < form.nonDerivativeTable().transactions().size(); i++) {
                NonDerivativeTransaction t = form.nonDerivativeTable().transactions().get(i);
                List<String> cells = cellTexts(table1.get(i));
                assertEquals(List.of(date(t.transactionDate()), t.transactionCode().value(), number(t.transactionShares()),
                        t.transactionAcquiredDisposedCode().value(), number(t.sharesOwnedFollowingTransaction())),
                        List.of(cells.get(1), cells.get(3), cells.get(5), cells.get(6), cells.get(8)), name + ": Table I row " + i);
            }
            for (int i = 0; i < form.derivativeTable().transactions().size(); i++) {
                DerivativeTransaction t = form.derivativeTable().transactions().get(i);
                List<String> cells = cellTexts(table2.get(i));
                int amountColumn = "D".equals(t.transactionAcquiredDisposedCode().value()) ? 7 : 6;
                // A row reporting a dollar amount (transactionTotalValue, which the model does not keep) prints that instead.
                String amount = t.transactionShares().value() == null ? cells.get(amountColumn) : number(t.transactionShares());
                assertEquals(List.of(date(t.transactionDate()), t.transactionCode().value(), amount),
                        List.of(cells.get(2), cells.get(4), cells.get(amountColumn)), name + ": Table II row " + i);
            }
            Matcher references = FOOTNOTE_REFERENCE.matcher(Files.readString(xml));
            assertEquals(references.results().count(), page.select("span.FootnoteData > sup").size(), name + ": footnote marks");
            assertEquals(form.footnotes().size(), page.select("td.FootnoteData").size() - (page.text().contains("Remarks:") ? 1 : 0),
                    name + ": explanation lines");
            assertEquals(form.signatures().size(), page.select("u > span.FormData").size() / 2, name + ": signatures");
            int ownerBoxes = page.select("span.MedSmallFormText:contains(1. Name and Address of Reporting Person)").size();
            assertEquals(form.reportingOwners().size() > 1 ? 1 + form.reportingOwners().size() : 1, ownerBoxes, name + ": owner boxes");
        }
    }

    private static List<Element> bodyRows(Document page, String title) {
        Element table = page.select("th:contains(" + title + ")").first().closest("table");
        return table.select("> tbody > tr");
    }

    /** Cell texts without their footnote marks. */
    private static List<String> cellTexts(Element row) {
        List<String> texts = new ArrayList<>();
        row.children().forEach(td -> texts.add(MARKS.matcher(PageStructure.normalise(td.text())).replaceAll("").strip()));
        return texts;
    }

    private static String date(FieldValue<java.time.LocalDate> date) {
        return date.value() == null ? "" : SecPrint.date(date.value().toString());
    }

    private static String number(FieldValue<BigDecimal> value) {
        return value.value() == null ? "" : SecPrint.number(value.value().toPlainString());
    }
}
