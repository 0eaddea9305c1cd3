package dev.form4.write;

import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;
import dev.form4.model.Form4;
import dev.form4.model.ReportingOwner;
import dev.form4.model.Signature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The review page's right pane: the extracted header fields, owners, both tables, footnotes, remarks, signatures. */
final class HtmlTables {

    /** Column headings of the tables: short, in the printed form's words. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("securityTitle", "Title of security"), Map.entry("conversionOrExercisePrice", "Conv./exercise price"),
            Map.entry("transactionDate", "Date"), Map.entry("deemedExecutionDate", "Deemed execution"),
            Map.entry("transactionCode", "Code"), Map.entry("equitySwapInvolved", "V"),
            Map.entry("transactionShares", "Amount"), Map.entry("transactionPricePerShare", "Price"),
            Map.entry("transactionAcquiredDisposedCode", "A/D"), Map.entry("exerciseDate", "Exercisable"),
            Map.entry("expirationDate", "Expiration"), Map.entry("underlyingSecurityTitle", "Underlying title"),
            Map.entry("underlyingSecurityShares", "Underlying shares"),
            Map.entry("sharesOwnedFollowingTransaction", "Owned following"),
            Map.entry("valueOwnedFollowingTransaction", "Value owned following"),
            Map.entry("directOrIndirectOwnership", "D/I"), Map.entry("natureOfOwnership", "Nature of indirect ownership"));

    private final HtmlEvidence evidence;
    private final StringBuilder html = new StringBuilder();

    HtmlTables(HtmlEvidence evidence) {
        this.evidence = evidence;
    }

    String render(Form4 form) {
        header(form);
        owners(form.reportingOwners());
        List<TableRow> rows = TableRow.of(form);
        table("Table I: non-derivative securities", rows.stream().filter(r -> r.table().equals("I")).toList());
        table("Table II: derivative securities", rows.stream().filter(r -> r.table().equals("II")).toList());
        footnotes(form.footnotes());
        html.append("<h2>Remarks</h2><table class=\"fields\"><tr><th>Remarks</th>")
                .append(evidence.cell(form.remarks(), "remarks")).append("</tr></table>");
        signatures(form.signatures());
        return html.toString();
    }

    private void header(Form4 form) {
        Map<String, FieldValue<?>> fields = new LinkedHashMap<>();
        fields.put("issuer.name", form.issuer().name());
        fields.put("issuer.tradingSymbol", form.issuer().tradingSymbol());
        fields.put("periodOfReport", form.periodOfReport());
        fields.put("dateOfOriginalSubmission", form.dateOfOriginalSubmission());
        fields.put("notSubjectToSection16", form.notSubjectToSection16());
        fields.put("jointFiling", form.jointFiling());
        fields.put("aff10b5One", form.aff10b5One());
        html.append("<h2 id=\"header\">Header (document type ").append(Html.escape(form.documentType()))
                .append(")</h2><table class=\"fields\">");
        fields.forEach((path, field) -> html.append("<tr><th>").append(path).append("</th>")
                .append(evidence.cell(field, path)).append("</tr>"));
        html.append("</table>");
    }

    private static final List<String> OWNER_COLUMNS = List.of("name", "street1", "street2", "city", "state", "zipCode",
            "isDirector", "isOfficer", "isTenPercentOwner", "isOther", "officerTitle", "otherText");

    /** Owners as rows of the same grid as the tables (named fields, JSON paths for the evidence). */
    private void owners(List<ReportingOwner> owners) {
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < owners.size(); i++) {
            ReportingOwner o = owners.get(i);
            List<FieldValue<?>> values = List.of(o.name(), o.street1(), o.street2(), o.city(), o.state(), o.zipCode(),
                    o.isDirector(), o.isOfficer(), o.isTenPercentOwner(), o.isOther(), o.officerTitle(), o.otherText());
            Map<String, FieldValue<?>> fields = new LinkedHashMap<>();
            for (int c = 0; c < OWNER_COLUMNS.size(); c++) {
                fields.put(OWNER_COLUMNS.get(c), values.get(c));
            }
            rows.add(new TableRow("owners", "#" + (i + 1), "reportingOwners[" + i + "]", fields));
        }
        grid("Reporting owners", rows, OWNER_COLUMNS, c -> c, "Owner");
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
            html.append("<tr>").append(evidence.cell(signatures.get(i).name(), "signatures[" + i + "].name"))
                    .append(evidence.cell(signatures.get(i).date(), "signatures[" + i + "].date")).append("</tr>");
        }
        html.append("</table>");
    }
}
