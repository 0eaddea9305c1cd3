package dev.form4.model;

import java.util.List;
import java.util.function.Function;

/**
 * A field outside the tables (the form's header, the issuer, an owner, a signature): its name, what it holds,
 * how to read it from its record, and what the ownershipDocument makes of it.
 *
 * @param xmlPath   the element names from the record's element down to the field's plain element
 *                  ({@code reportingOwnerAddress/rptOwnerCity}); empty when the XML has no element for it
 * @param maxLength the most characters the XML accepts for a text; 0 where the type itself sets the limits
 * @param pattern   a regular expression the XML requires the text to match, or null
 * @param printed   false for what the printed form never shows (the CIKs), known only from EDGAR XML
 */
public record DocumentField<R>(String name, ValueType type, Function<R, FieldValue<?>> accessor, List<String> xmlPath,
                               int maxLength, String pattern, boolean printed) implements FormField<R> {

    public DocumentField {
        xmlPath = List.copyOf(xmlPath);
    }

    /** A printed field with no text limit of its own (a date, a flag), at {@code xmlPath}. */
    static <R> DocumentField<R> of(String name, ValueType type, Function<R, FieldValue<?>> accessor, String... xmlPath) {
        return new DocumentField<>(name, type, accessor, List.of(xmlPath), 0, null, true);
    }

    /** Printed text of at most {@code maxLength} characters. */
    static <R> DocumentField<R> text(String name, int maxLength, Function<R, FieldValue<?>> accessor, String... xmlPath) {
        return new DocumentField<>(name, ValueType.TEXT, accessor, List.of(xmlPath), maxLength, null, true);
    }

    /** A CIK: ten digits at most, never printed on a Form 4. */
    static <R> DocumentField<R> cik(Function<R, FieldValue<?>> accessor, String... xmlPath) {
        return new DocumentField<>("cik", ValueType.TEXT, accessor, List.of(xmlPath), 10, "[0-9]{1,10}", false);
    }

    @Override
    public FieldValue<?> valueIn(R record) {
        return accessor.apply(record);
    }

    /** The field's own element, the last of its path; null when the XML has none. */
    public String xmlElement() {
        return xmlPath.isEmpty() ? null : xmlPath.get(xmlPath.size() - 1);
    }

    /** The element grouping this one inside the record's element ({@code reportingOwnerAddress}), or null. */
    public String xmlWrapper() {
        return xmlPath.size() > 1 ? xmlPath.get(xmlPath.size() - 2) : null;
    }
}
