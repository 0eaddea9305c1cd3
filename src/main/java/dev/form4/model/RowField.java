package dev.form4.model;

import java.util.function.Function;

/**
 * A column as one {@link RowKind} has it: how to read it from the kind's record, and how the XML holds it in
 * this kind (the column's rule unless the schema differs here).
 */
public record RowField<R>(TableColumn column, Function<R, FieldValue<?>> accessor, XmlRule xmlRule)
        implements FormField<R> {

    public static <R> RowField<R> of(TableColumn column, Function<R, FieldValue<?>> accessor) {
        return new RowField<>(column, accessor, column.xmlRule());
    }

    @Override
    public String name() {
        return column.fieldName();
    }

    @Override
    public ValueType type() {
        return column.type();
    }

    @Override
    public FieldValue<?> valueIn(R record) {
        return accessor.apply(record);
    }
}
