package dev.form4.recognize;

import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;

import java.time.LocalDate;
import java.util.List;

/**
 * What recognition found, before the repairs: the header, the table rows as drafts (mutable: the repair rules
 * change them), the footnotes, the remarks and the signatures, and the diagnostics so far (the repairs add to
 * the same list). {@link FormRecognizer#finish} makes the model of it.
 */
public record FormDraft(String documentType, HeaderReader.Header header, List<DraftRow> rows, List<Footnote> footnotes,
                        FieldValue<String> remarks, List<dev.form4.model.Signature> signatures, List<Diagnostic> diagnostics) {

    public FieldValue<LocalDate> periodOfReport() {
        return header.periodOfReport();
    }

    /** The dates the signatures give, evidence of when the form was made. */
    public List<LocalDate> signatureDates() {
        return signatures.stream().map(s -> s.date().value()).filter(java.util.Objects::nonNull).toList();
    }
}
