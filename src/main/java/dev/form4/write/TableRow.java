package dev.form4.write;

import dev.form4.model.FieldValue;
import dev.form4.model.Form4;
import dev.form4.model.FormField;
import dev.form4.model.RowKind;
import dev.form4.model.TableColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of Table I or Table II as named fields in the SEC's vocabulary, so that flat outputs (CSV, the
 * HTML review page) handle every row kind with one loop instead of one block per column.
 *
 * @param table "I" (non-derivative) or "II" (derivative)
 * @param kind "transaction" or "holding"
 * @param path the row's JSON path ("nonDerivativeTable.transactions[2]"), as diagnostics name fields
 * @param fields the row's columns in {@link #COLUMNS} order; a column the row kind lacks is absent
 */
public record TableRow(String table, String kind, String path, Map<String, FieldValue<?>> fields) {

    /** Every column of both tables, in the order of the SEC's XML (Table II's extra columns where they fall). */
    public static final List<String> COLUMNS = Arrays.stream(TableColumn.values()).map(TableColumn::fieldName).toList();

    public TableRow {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public FieldValue<?> field(String column) {
        return fields.getOrDefault(column, FieldValue.absent());
    }

    /** Table I rows (transactions, then holdings), then Table II rows. */
    public static List<TableRow> of(Form4 form) {
        List<TableRow> rows = new ArrayList<>();
        RowKind.ALL.forEach(kind -> addRows(rows, kind, form));
        return rows;
    }

    private static <R> void addRows(List<TableRow> rows, RowKind<R> kind, Form4 form) {
        List<R> records = kind.rows(form);
        for (int i = 0; i < records.size(); i++) {
            rows.add(of(kind.table().numeral(), kind.kind(), kind.path(i), kind.fieldsInSchemaOrder(), records.get(i)));
        }
    }

    /** A row of {@code record}'s fields, named and in the order given. */
    static <R> TableRow of(String table, String kind, String path, List<? extends FormField<R>> fields, R record) {
        Map<String, FieldValue<?>> values = new LinkedHashMap<>();
        fields.forEach(field -> values.put(field.name(), field.valueIn(record)));
        return new TableRow(table, kind, path, values);
    }
}
