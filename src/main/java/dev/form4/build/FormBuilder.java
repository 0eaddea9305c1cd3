package dev.form4.build;

import dev.form4.Extraction;
import dev.form4.layout.FormLayout;
import dev.form4.model.DerivativeTable;
import dev.form4.model.FieldValue;
import dev.form4.model.Form4;
import dev.form4.model.Issuer;
import dev.form4.model.NonDerivativeTable;
import dev.form4.parse.ParsedDocument;

import java.util.ArrayList;
import java.util.List;

/** Layout to Form 4 model. (Skeleton: filled in by the core extractor work.) */
public final class FormBuilder {

    private FormBuilder() {
    }

    public static Extraction build(FormLayout layout, ParsedDocument parsed) {
        List<dev.form4.model.Diagnostic> diagnostics = new ArrayList<>(parsed.syntaxDiagnostics());
        Form4 form = new Form4("4", FieldValue.absent(), FieldValue.absent(), FieldValue.absent(),
                new Issuer(FieldValue.absent(), FieldValue.absent(), FieldValue.absent()), List.of(),
                FieldValue.absent(), FieldValue.absent(), new NonDerivativeTable(List.of(), List.of()),
                new DerivativeTable(List.of(), List.of()), List.of(), FieldValue.absent(), List.of());
        return new Extraction(parsed.sourceName(), form, diagnostics, parsed);
    }
}
