package dev.form4.write;

import dev.form4.Extraction;
import dev.form4.model.FieldValue;
import dev.form4.model.Form4;
import dev.form4.model.ReportingOwner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Table rows as CSV (RFC 4180, CRLF line ends): one row per transaction or holding, with the document's
 * source, issuer, ticker and owners, the table (I/II), the row kind, every column of both tables (SEC names)
 * and the footnote ids per column ({@code transactionCode:F1;transactionPricePerShare:F2}).
 *
 * <p>Formula injection: a text cell that starts with {@code = + - @}, a tab or a carriage return gets a
 * leading {@code '} (OWASP's advice), so OCR text never runs as a spreadsheet formula. Numbers, dates and
 * booleans we format ourselves from typed values are never touched: {@code -5} stays a number.
 */
public final class CsvWriter {

    public static final List<String> HEADER;

    static {
        List<String> header = new ArrayList<>(List.of("source", "issuerName", "issuerTradingSymbol", "reportingOwners",
                "table", "rowKind"));
        header.addAll(TableRow.COLUMNS);
        header.add("footnotes");
        HEADER = List.copyOf(header);
    }

    private final CSVPrinter printer;

    public CsvWriter(Appendable out) {
        try {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole CSV of one extraction, header included. */
    public static String toCsv(Extraction extraction) {
        StringBuilder out = new StringBuilder();
        CsvWriter writer = new CsvWriter(out);
        writer.header();
        writer.rows(extraction);
        return out.toString();
    }

    public void header() {
        print(HEADER);
    }

    public void rows(Extraction extraction) {
        Form4 form = extraction.form();
        String owners = form.reportingOwners().stream().map(ReportingOwner::name).map(FieldValue::value)
                .filter(name -> name != null).collect(Collectors.joining("; "));
        for (TableRow row : TableRow.of(form)) {
            List<String> cells = new ArrayList<>();
            cells.add(text(extraction.sourceName()));
            cells.add(text(form.issuer().name().value()));
            cells.add(text(form.issuer().tradingSymbol().value()));
            cells.add(text(owners));
            cells.add(row.table());
            cells.add(row.kind());
            for (String column : TableRow.COLUMNS) {
                cells.add(cell(row.field(column).value()));
            }
            cells.add(text(footnotes(row)));
            print(cells);
        }
    }

    private static String footnotes(TableRow row) {
        return row.fields().entrySet().stream().filter(e -> e.getValue().hasFootnotes())
                .map(e -> e.getKey() + ":" + String.join(",", e.getValue().footnoteIds()))
                .collect(Collectors.joining(";"));
    }

    private void print(List<String> cells) {
        try {
            printer.printRecord(cells);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Typed values are formatted by us and safe; only free text can carry a formula. */
    static String cell(Object value) {
        return value instanceof String s ? text(s) : CellText.of(value);
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
