package dev.form4.batch;

import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

/**
 * How many values a form holds: every FieldValue with a value, and every footnote. Walks the model's records
 * generically, so a field added to the model is counted without touching this class.
 */
final class FieldCount {

    private FieldCount() {
    }

    static long of(Object node) {
        if (node instanceof FieldValue<?> field) {
            return field.isPresent() ? 1 : 0;
        }
        if (node instanceof Footnote) {
            return 1;
        }
        if (node instanceof Collection<?> items) {
            return items.stream().mapToLong(FieldCount::of).sum();
        }
        if (node instanceof Record record) {
            long count = 0;
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                count += of(value(record, component));
            }
            return count;
        }
        return 0;
    }

    private static Object value(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("record accessor " + component + " not callable", e);
        }
    }
}
