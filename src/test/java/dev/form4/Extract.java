package dev.form4;

import dev.form4.model.Diagnostic;

import java.util.List;

/** Test helper: extract Markdown text and find diagnostics. */
public final class Extract {

    private Extract() {
    }

    public static Extraction of(String markdown) {
        return new Form4Extractor().extract("test.md", markdown);
    }

    public static List<Diagnostic> diagnostics(Extraction x, Diagnostic.Kind kind, String field) {
        return x.diagnostics().stream().filter(d -> d.kind() == kind && field.equals(d.field())).toList();
    }
}
