package dev.form4.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One Form 4 (or 4/A) as the ownershipDocument XML would hold it. Immutable; the diagnostics about how it was
 * read live beside it in {@link dev.form4.Extraction}.
 */
public record Form4(
        String documentType,
        FieldValue<LocalDate> periodOfReport,
        FieldValue<LocalDate> dateOfOriginalSubmission,
        FieldValue<Boolean> notSubjectToSection16,
        Issuer issuer,
        List<ReportingOwner> reportingOwners,
        FieldValue<Boolean> jointFiling,
        FieldValue<Boolean> aff10b5One,
        NonDerivativeTable nonDerivativeTable,
        DerivativeTable derivativeTable,
        List<Footnote> footnotes,
        FieldValue<String> remarks,
        List<Signature> signatures) {

    public Form4 {
        reportingOwners = List.copyOf(reportingOwners);
        footnotes = List.copyOf(footnotes);
        signatures = List.copyOf(signatures);
    }
}
