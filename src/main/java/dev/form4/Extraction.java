package dev.form4;

import dev.form4.model.Diagnostic;
import dev.form4.model.Form4;
import dev.form4.parse.ParsedDocument;

import java.util.List;

/**
 * What {@link Form4Extractor} returns: the form, every diagnostic about how it was read (syntax, repaired,
 * unreadable, ...), and the parse behind it for those who want the tree or the tokens.
 */
public record Extraction(String sourceName, Form4 form, List<Diagnostic> diagnostics, ParsedDocument parse) {

    public Extraction {
        diagnostics = List.copyOf(diagnostics);
    }

    public long count(Diagnostic.Kind kind) {
        return diagnostics.stream().filter(d -> d.kind() == kind).count();
    }
}
