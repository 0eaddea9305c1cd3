package dev.form4.model;

import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The schema against the model records it describes: each record's components are exactly its fields, by
 * name and in type, and what a factory builds, the accessors read back. A field added to a record but not to
 * the schema (or given the wrong accessor) fails here rather than going missing from an output.
 */
class FieldSchemaTest {

    @Test
    void rowKindsDescribeTheirRecords() {
        for (RowKind<?> kind : RowKind.ALL) {
            check(kind, kind.fields(), kind::create);
        }
    }

    @Test
    void documentRecordsDescribeTheirRecords() {
        for (DocumentRecord<?> record : List.of(HeaderFields.ISSUER, OwnerFields.OWNER, SignatureFields.SIGNATURE)) {
            check(record.name(), record.fields(), record::create);
        }
    }

    @Test
    void headerFieldsAreTheFormsOwnScalarFields() {
        List<String> scalars = new ArrayList<>();
        for (RecordComponent c : Form4.class.getRecordComponents()) {
            if (c.getType() == FieldValue.class && !c.getName().equals("remarks")) {
                scalars.add(c.getName());
            }
        }
        assertEquals(scalars, HeaderFields.HEADER.stream().map(FormField::name).toList());
    }

    @Test
    void schemaOrderIsTheColumnOrderAndPrintedOrderCoversEveryColumn() {
        assertEquals(List.of(TableColumn.values()), RowKind.DERIVATIVE_TRANSACTION.fieldsInSchemaOrder().stream()
                .map(RowField::column).toList());
        assertEquals(TableColumn.values().length, TableColumn.PRINTED_ORDER.size());
    }

    private static <R> void check(Object what, List<? extends FormField<?>> fields,
                                  java.util.function.Function<FieldValues, ?> create) {
        FieldValues values = new FieldValues();
        List<FieldValue<?>> given = new ArrayList<>();
        for (FormField<?> field : fields) {
            FieldValue<?> value = FieldValue.of(sample(field.type()));
            values.put(field, value);
            given.add(value);
        }
        Object record = create.apply(values);
        RecordComponent[] components = record.getClass().getRecordComponents();
        assertEquals(components.length, fields.size(), what + ": fields");
        for (int i = 0; i < fields.size(); i++) {
            @SuppressWarnings("unchecked")
            FormField<Object> field = (FormField<Object>) fields.get(i);
            RecordComponent component = component(components, field.name(), what);
            Class<?> valueClass = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            assertEquals(valueClass, field.type().javaType(), what + "." + field.name() + ": type");
            assertSame(given.get(i), field.valueIn(record), what + "." + field.name() + ": accessor or factory");
        }
    }

    private static RecordComponent component(RecordComponent[] components, String name, Object what) {
        for (RecordComponent c : components) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new AssertionError(what + ": no record component " + name);
    }

    private static Object sample(ValueType type) {
        return switch (type) {
            case TEXT, CODE -> "text";
            case DATE -> java.time.LocalDate.of(2019, 11, 7);
            case NUMBER -> new java.math.BigDecimal("1.5");
            case FLAG -> Boolean.TRUE;
        };
    }
}
