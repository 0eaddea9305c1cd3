package dev.form4.build;

import dev.form4.layout.FootnoteEntry;
import dev.form4.model.Diagnostic;
import dev.form4.model.Footnote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** "Explanation of Responses" to footnotes F1..Fn, in number order; a repeated number keeps its first text. */
final class FootnoteReader {

    private FootnoteReader() {
    }

    static List<Footnote> read(List<FootnoteEntry> entries, List<Diagnostic> diagnostics) {
        Map<Integer, Footnote> byNumber = new TreeMap<>();
        for (FootnoteEntry entry : entries) {
            if (entry.text().isBlank()) {
                continue;
            }
            Footnote footnote = new Footnote("F" + entry.number(), entry.text(), entry.position());
            Footnote earlier = byNumber.putIfAbsent(entry.number(), footnote);
            if (earlier != null) {
                diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.AMBIGUOUS, entry.position(),
                        "footnotes", "footnote " + entry.number() + " appears twice; kept the first, at " + earlier.position()));
            }
        }
        return new ArrayList<>(byNumber.values());
    }
}
