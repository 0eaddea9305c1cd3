package dev.form4.recognize;

import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every footnote marker on a value must name a footnote in Explanation of Responses. */
final class FootnoteLinks {

    private FootnoteLinks() {
    }

    static void check(List<DraftRow> rows, List<Footnote> footnotes, List<Diagnostic> diagnostics) {
        Set<String> ids = footnotes.stream().map(Footnote::id).collect(Collectors.toSet());
        for (DraftRow row : rows) {
            for (Column column : Column.values()) {
                FieldValue<?> value = row.get(column);
                for (String id : value.footnoteIds()) {
                    if (!ids.contains(id)) {
                        diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.INCONSISTENT,
                                row.position(column), row.path(column), "footnote " + id + " is referenced but not in Explanation of Responses"));
                    }
                }
            }
        }
    }
}
