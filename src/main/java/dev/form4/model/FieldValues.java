package dev.form4.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values read for one record, by field, from which the schema builds the record ({@link RowKind#create},
 * {@link DocumentRecord#create}). A field not given is absent.
 */
public final class FieldValues {

    private final Map<String, FieldValue<?>> byName = new LinkedHashMap<>();

    public FieldValues put(FormField<?> field, FieldValue<?> value) {
        byName.put(field.name(), value);
        return this;
    }

    /**
     * The value of {@code column}, typed as the record's component needs it; the reader that filled this made
     * it of the column's {@link ValueType}.
     */
    <T> FieldValue<T> get(TableColumn column) {
        return get(column.fieldName());
    }

    <T> FieldValue<T> get(FormField<?> field) {
        return get(field.name());
    }

    @SuppressWarnings("unchecked")
    private <T> FieldValue<T> get(String name) {
        return (FieldValue<T>) byName.getOrDefault(name, FieldValue.absent());
    }
}
