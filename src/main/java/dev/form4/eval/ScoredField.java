package dev.form4.eval;

import dev.form4.model.FieldValue;

import java.util.function.Function;

/** One scored field of a record type: its contract name, how to get it, how to compare it. */
record ScoredField<T>(String name, Function<T, FieldValue<?>> getter, Comparison comparison) {

    static <T> ScoredField<T> of(String name, Function<T, FieldValue<?>> getter, Comparison comparison) {
        return new ScoredField<>(name, getter, comparison);
    }

    FieldValue<?> get(T record) {
        if (record == null) {
            return FieldValue.absent();
        }
        FieldValue<?> value = getter.apply(record);
        return value == null ? FieldValue.absent() : value;
    }
}
