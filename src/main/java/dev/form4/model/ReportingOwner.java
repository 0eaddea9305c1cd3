package dev.form4.model;

/** Box 1 (name and address) and box 5 (relationship) for one reporting person. */
public record ReportingOwner(
        FieldValue<String> cik,
        FieldValue<String> name,
        FieldValue<String> street1,
        FieldValue<String> street2,
        FieldValue<String> city,
        FieldValue<String> state,
        FieldValue<String> zipCode,
        FieldValue<Boolean> isDirector,
        FieldValue<Boolean> isOfficer,
        FieldValue<Boolean> isTenPercentOwner,
        FieldValue<Boolean> isOther,
        FieldValue<String> officerTitle,
        FieldValue<String> otherText) {
}
