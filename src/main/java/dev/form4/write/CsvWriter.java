package dev.form4.write;

import dev.form4.Extraction;
import dev.form4.model.Diagnostic;
import dev.form4.model.DocumentField;
import dev.form4.model.HeaderFields;
import dev.form4.model.Issuer;
import dev.form4.model.FieldValue;
import dev.form4.model.Form4;
import dev.form4.model.ReportingOwner;
import dev.form4.model.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import static dev.form4.model.HeaderFields.ISSUER_NAME;
import static dev.form4.model.HeaderFields.ISSUER_TRADING_SYMBOL;

/**
 * Table rows as CSV (RFC 4180, CRLF line ends): one row per transaction or holding, with the document's
 * source, issuer, ticker and owners, the table (I/II), the row kind, every column of both tables (SEC names)
 * and the footnote ids per column ({@code transactionCode:F1;transactionPricePerShare:F2}).
 *
 * <p>Formula injection: a text cell that starts with {@code = + - @}, a tab or a carriage return gets a
 * leading {@code '} (OWASP's advice), so OCR text never runs as a spreadsheet formula. Numbers, dates and
 * booleans we format ourselves from typed values are never touched: {@code -5} stays a number. Control
 * characters (ESC, BEL, ...) are dropped from text cells, and each drop is a note of the rendering.
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
        return render(extraction).text();
    }

    /** The whole CSV of one extraction, header included, with the notes on what the CSV could not carry. */
    static OutputFormat.Rendered render(Extraction extraction) {
        StringBuilder out = new StringBuilder();
        CsvWriter writer = new CsvWriter(out);
        writer.header();
        List<Diagnostic> notes = writer.rows(extraction);
        return new OutputFormat.Rendered(out.toString(), notes);
    }

    public void header() {
        print(HEADER);
    }

    /**
     * The rows of one extraction; returns the notes on text it had to change (control characters dropped), one
     * per field, in the document's order.
     */
    public List<Diagnostic> rows(Extraction extraction) {
        Form4 form = extraction.form();
        List<Diagnostic> notes = new ArrayList<>();
        String owners = form.reportingOwners().stream().map(ReportingOwner::name).map(FieldValue::value)
                .filter(name -> name != null).collect(Collectors.joining("; "));
        String source = text(extraction.sourceName(), "source", SourcePosition.UNKNOWN, notes);
        String issuer = issuerText(ISSUER_NAME, form.issuer(), notes);
        String ticker = issuerText(ISSUER_TRADING_SYMBOL, form.issuer(), notes);
        String ownerCell = text(owners, "reportingOwners", SourcePosition.UNKNOWN, notes);
        for (TableRow row : TableRow.of(form)) {
            List<String> cells = new ArrayList<>(List.of(source, issuer, ticker, ownerCell, row.table(), row.kind()));
            for (String column : TableRow.COLUMNS) {
                FieldValue<?> field = row.field(column);
                cells.add(field.value() instanceof String s
                        ? text(s, row.path() + "." + column, field.position(), notes) : CellText.of(field.value()));
            }
            cells.add(text(footnotes(row)));
            print(cells);
        }
        return notes;
    }

    private static String issuerText(DocumentField<Issuer> field, Issuer issuer, List<Diagnostic> notes) {
        FieldValue<?> value = field.valueIn(issuer);
        return text((String) value.value(), HeaderFields.ISSUER.path(field), value.position(), notes);
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

    /** Free text: control characters dropped (and noted), then neutralised against formula injection. */
    private static String text(String value, String field, SourcePosition at, List<Diagnostic> notes) {
        if (ControlChars.any(value)) {
            String kept = ControlChars.drop(value);
            notes.add(ControlChars.dropped("CSV", field, at, value, kept));
            value = kept;
        }
        return text(value);
    }

    /**
     * Typed values (numbers, dates, booleans) are formatted by us and safe; only free text can carry a formula:
     * a leading {@code = + - @}, tab or carriage return gets a {@code '} before it.
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
