package dev.form4.write;

import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Provenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How one value of the review page is shown: read as printed, repaired, or unread, with the diagnostics that
 * are its evidence (matched by the field path the diagnostics name), its footnote links and its source line.
 */
final class HtmlEvidence {

    private final Map<String, List<Diagnostic>> byField = new HashMap<>();
    private final Map<Diagnostic, Integer> numbers = new HashMap<>();

    HtmlEvidence(List<Diagnostic> diagnostics) {
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            numbers.put(d, i + 1);
            if (d.field() != null) {
                byField.computeIfAbsent(d.field(), k -> new ArrayList<>()).add(d);
            }
        }
    }

    /** The diagnostic's number in the page's list (its anchor is #d{number}). */
    int number(Diagnostic d) {
        return numbers.get(d);
    }

    /** True when a diagnostic names the field at {@code path}. */
    boolean mentions(String path) {
        return byField.containsKey(path);
    }

    /** A table cell ({@code <td>}) for the value at {@code path}. */
    String cell(FieldValue<?> field, String path) {
        List<Diagnostic> evidence = byField.getOrDefault(path, List.of());
        boolean repaired = field.provenance() == Provenance.REPAIRED || has(evidence, Diagnostic.Kind.REPAIRED);
        boolean unread = field.value() == null && has(evidence, Diagnostic.Kind.UNREADABLE);
        String state = unread ? "unread" : repaired ? "repaired"
                : field.provenance() == Provenance.INFERRED || has(evidence, Diagnostic.Kind.INFERRED) ? "inferred" : null;
        // Numbers right-aligned and dates kept on one line, as on the printed form.
        String type = field.value() instanceof java.math.BigDecimal ? "num"
                : field.value() instanceof java.time.LocalDate ? "date" : null;
        String classes = java.util.stream.Stream.of(state, type).filter(c -> c != null).collect(Collectors.joining(" "));
        StringBuilder td = new StringBuilder("<td");
        if (!classes.isEmpty()) {
            td.append(" class=\"").append(classes).append('"');
        }
        if (!evidence.isEmpty()) {
            td.append(" title=\"").append(Html.escape(evidence.stream().map(Diagnostic::message)
                    .collect(Collectors.joining("\n")))).append('"');
        }
        td.append('>');
        String text = field.value() == null ? (unread ? "unread" : "") : Html.escape(CellText.of(field.value()));
        if (field.position().isKnown() && !text.isEmpty()) {
            td.append("<a class=\"at\" href=\"#L").append(field.position().line()).append("\">").append(text).append("</a>");
        } else {
            td.append(text);
        }
        for (String id : field.footnoteIds()) {
            td.append("<sup><a class=\"fn\" href=\"#").append(Html.anchor("", id)).append("\">")
                    .append(Html.escape(id)).append("</a></sup>");
        }
        for (Diagnostic d : evidence) {
            td.append("<div class=\"note\"><a href=\"#d").append(number(d)).append("\">")
                    .append(Html.escape(d.kind().name().toLowerCase())).append("</a>: ").append(Html.escape(d.message()))
                    .append("</div>");
        }
        return td.append("</td>").toString();
    }

    private static boolean has(List<Diagnostic> evidence, Diagnostic.Kind kind) {
        return evidence.stream().anyMatch(d -> d.kind() == kind);
    }
}
