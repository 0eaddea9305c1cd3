package dev.form4.write;

import dev.form4.model.DocumentField;
import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;
import dev.form4.model.Form4;
import dev.form4.model.FormTable;
import dev.form4.model.HeaderFields;
import dev.form4.model.ReportingOwner;
import dev.form4.model.Signature;
import dev.form4.model.TableColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.form4.model.HeaderFields.ISSUER;
import static dev.form4.model.HeaderFields.REMARKS;
import static dev.form4.model.OwnerFields.OWNER;
import static dev.form4.model.SignatureFields.SIGNATURE;

/** The review page's right pane: the extracted header fields, owners, both tables, footnotes, remarks, signatures. */
final class HtmlTables {

    /** Column headings of the tables: short, in the printed form's words. */
    private static final Map<String, String> LABELS = Arrays.stream(TableColumn.values())
            .collect(Collectors.toMap(TableColumn::fieldName, TableColumn::label));

    private final HtmlEvidence evidence;
    private final StringBuilder html = new StringBuilder();

    HtmlTables(HtmlEvidence evidence) {
        this.evidence = evidence;
    }

    String render(Form4 form) {
        header(form);
        owners(form.reportingOwners());
        List<TableRow> rows = TableRow.of(form);
        for (FormTable table : FormTable.values()) {
            table("Table " + table.numeral() + ": " + table.subject(),
                    rows.stream().filter(r -> r.table().equals(table.numeral())).toList());
        }
        footnotes(form.footnotes());
        html.append("<h2>Remarks</h2><table class=\"fields\"><tr><th>Remarks</th>")
                .append(evidence.cell(REMARKS.valueIn(form), REMARKS.name())).append("</tr></table>");
        signatures(form.signatures());
        return html.toString();
    }

    /** The issuer first, as it says whose filing this is; then the form's own header fields. */
    private void header(Form4 form) {
        Map<String, FieldValue<?>> fields = new LinkedHashMap<>();
        ISSUER.printedFields().forEach(f -> fields.put(ISSUER.path(f), f.valueIn(form.issuer())));
        HeaderFields.HEADER.forEach(f -> fields.put(f.name(), f.valueIn(form)));
        html.append("<h2 id=\"header\">Header (document type ").append(Html.escape(form.documentType()))
                .append(")</h2><table class=\"fields\">");
        fields.forEach((path, field) -> html.append("<tr><th>").append(path).append("</th>")
                .append(evidence.cell(field, path)).append("</tr>"));
        html.append("</table>");
    }

    /** Owners as rows of the same grid as the tables (named fields, JSON paths for the evidence). */
    private void owners(List<ReportingOwner> owners) {
        List<DocumentField<ReportingOwner>> columns = OWNER.printedFields();
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < owners.size(); i++) {
            rows.add(TableRow.of("owners", "#" + (i + 1), OWNER.path(i), columns, owners.get(i)));
        }
        grid("Reporting owners", rows, columns.stream().map(DocumentField::name).toList(), c -> c, "Owner");
    }

    private void table(String title, List<TableRow> rows) {
        grid(title, rows, TableRow.COLUMNS, LABELS::get, "Row");
    }

    private void grid(String title, List<TableRow> rows, List<String> allColumns, Function<String, String> label, String rowHead) {
        if (!heading(title, !rows.isEmpty(), "none read")) {
            return;
        }
        // A column with nothing in any row (no value, footnote or diagnostic) only costs width: it is named below.
        List<String> columns = allColumns.stream().filter(c -> rows.stream().anyMatch(r -> r.fields().containsKey(c)
                && (!r.field(c).isEmpty() || evidence.mentions(r.path() + "." + c)))).toList();
        List<String> blank = allColumns.stream().filter(c -> !columns.contains(c)
                && rows.stream().anyMatch(r -> r.fields().containsKey(c))).toList();
        html.append("<div class=\"scroll\"><table class=\"rows\"><tr><th>").append(rowHead).append("</th>");
        columns.forEach(c -> html.append("<th title=\"").append(c).append("\">").append(label.apply(c)).append("</th>"));
        html.append("</tr>");
        for (TableRow row : rows) {
            html.append("<tr><th class=\"kind\">").append(row.kind()).append("</th>");
            for (String column : columns) {
                html.append(row.fields().containsKey(column)
                        ? evidence.cell(row.field(column), row.path() + "." + column) : "<td class=\"na\"></td>");
            }
            html.append("</tr>");
        }
        html.append("</table></div>");
        if (!blank.isEmpty()) {
            html.append("<p class=\"blank\">Empty in every row: ").append(String.join(", ", blank)).append("</p>");
        }
    }

    /** The section heading, and a note instead of the section when it has nothing; true when it has content. */
    private boolean heading(String title, boolean hasContent, String emptyNote) {
        html.append("<h2>").append(title).append("</h2>");
        if (!hasContent) {
            html.append("<p class=\"empty\">").append(emptyNote).append("</p>");
        }
        return hasContent;
    }

    private void footnotes(List<Footnote> footnotes) {
        if (!heading("Footnotes", !footnotes.isEmpty(), "none read")) {
            return;
        }
        html.append("<dl class=\"footnotes\">");
        for (Footnote f : footnotes) {
            html.append("<dt id=\"").append(Html.anchor("", f.id())).append("\">");
            if (f.position() != null && f.position().isKnown()) {
                html.append("<a class=\"at\" href=\"#L").append(f.position().line()).append("\">")
                        .append(Html.escape(f.id())).append("</a>");
            } else {
                html.append(Html.escape(f.id()));
            }
            html.append("</dt><dd>").append(Html.escape(f.text())).append("</dd>");
        }
        html.append("</dl>");
    }

    private void signatures(List<Signature> signatures) {
        if (!heading("Signatures", !signatures.isEmpty(), "none read")) {
            return;
        }
        html.append("<table class=\"rows\"><tr><th>Signature</th><th>Date</th></tr>");
        for (int i = 0; i < signatures.size(); i++) {
            html.append("<tr>");
            for (DocumentField<Signature> field : SIGNATURE.fields()) {
                html.append(evidence.cell(field.valueIn(signatures.get(i)), SIGNATURE.path(i) + "." + field.name()));
            }
            html.append("</tr>");
        }
        html.append("</table>");
    }
}
