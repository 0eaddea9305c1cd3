package dev.form4.model;

import java.util.function.BiFunction;

/**
 * A column as one {@link RowKind} has it: how to read it from the kind's record (the kind's reader, given the
 * column), and how the XML holds it in this kind (the column's rule unless the schema differs here).
 */
public record RowField<R>(TableColumn column, BiFunction<R, TableColumn, FieldValue<?>> reader, XmlRule xmlRule)
        implements FormField<R> {

    public static <R> RowField<R> of(TableColumn column, BiFunction<R, TableColumn, FieldValue<?>> reader) {
        return new RowField<>(column, reader, column.xmlRule());
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
        return reader.apply(record, column);
    }
}
