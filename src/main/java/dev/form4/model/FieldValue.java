package dev.form4.model;

import java.util.List;
import java.util.Objects;

/**
 * One field of the form: its value (null when it could not be read or is absent), the footnote ids attached
 * to it, where it was read and whether it was repaired. Mirrors the ownershipDocument's {@code <value>} +
 * {@code <footnoteId>} pairs.
 */
public record FieldValue<T>(T value, List<String> footnoteIds, SourcePosition position, Provenance provenance) {

    private static final FieldValue<?> ABSENT = new FieldValue<>(null, List.of(), SourcePosition.UNKNOWN, Provenance.READ);

    public FieldValue {
        footnoteIds = List.copyOf(Objects.requireNonNull(footnoteIds, "footnoteIds"));
        position = Objects.requireNonNullElse(position, SourcePosition.UNKNOWN);
        provenance = Objects.requireNonNullElse(provenance, Provenance.READ);
    }

    @SuppressWarnings("unchecked")
    public static <T> FieldValue<T> absent() {
        return (FieldValue<T>) ABSENT;
    }

    public static <T> FieldValue<T> read(T value, SourcePosition position) {
        return new FieldValue<>(value, List.of(), position, Provenance.READ);
    }

    public static <T> FieldValue<T> read(T value, List<String> footnoteIds, SourcePosition position) {
        return new FieldValue<>(value, footnoteIds, position, Provenance.READ);
    }

    /** A value not printed, but determined by the ownershipDocument itself (used by the EDGAR XML reader). */
    public static <T> FieldValue<T> of(T value) {
        return new FieldValue<>(value, List.of(), SourcePosition.UNKNOWN, Provenance.READ);
    }

    public boolean isPresent() {
        return value != null;
    }

    public boolean hasFootnotes() {
        return !footnoteIds.isEmpty();
    }

    /** True when there is nothing at all: no value and no footnote. */
    public boolean isEmpty() {
        return value == null && footnoteIds.isEmpty();
    }

    public FieldValue<T> withValue(T newValue, Provenance newProvenance) {
        return new FieldValue<>(newValue, footnoteIds, position, newProvenance);
    }

    public FieldValue<T> withFootnotes(List<String> ids) {
        return new FieldValue<>(value, ids, position, provenance);
    }
}
