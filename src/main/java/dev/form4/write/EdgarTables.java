package dev.form4.write;

import dev.form4.model.FieldValue;
import dev.form4.model.Form4;
import dev.form4.model.FormTable;
import dev.form4.model.RowField;
import dev.form4.model.RowKind;
import dev.form4.model.SourcePosition;
import dev.form4.model.TableColumn;
import dev.form4.model.XmlRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.w3c.dom.Element;

import static dev.form4.model.TableColumn.EQUITY_SWAP_INVOLVED;
import static dev.form4.model.TableColumn.TRANSACTION_CODE;

/**
 * Table I and Table II rows as ownershipDocument elements, in the order the X0306 schema sets: each row kind's
 * fields in schema order, grouped under the wrapper elements the schema puts them in.
 */
final class EdgarTables {

    /** The schema's maxOccurs for the entries of one table. */
    static final int MAX_ROWS = 30;

    private final EdgarDom dom;
    private int rowsInTable;

    EdgarTables(EdgarDom dom) {
        this.dom = dom;
    }

    /** Transactions, then holdings; a table's element only when it has rows. */
    void write(Element root, Form4 form) {
        for (FormTable table : FormTable.values()) {
            List<RowKind<?>> kinds = RowKind.of(table);
            if (kinds.stream().allMatch(kind -> kind.rows(form).isEmpty())) {
                continue;
            }
            Element element = dom.element(root, table.fieldName());
            rowsInTable = 0;
            kinds.forEach(kind -> rows(element, kind, form));
        }
    }

    private <R> void rows(Element table, RowKind<R> kind, Form4 form) {
        List<R> records = kind.rows(form);
        for (int i = 0; i < records.size(); i++) {
            add(table, row(kind, records.get(i), kind.path(i)));
        }
    }

    private void add(Element table, EdgarRow row) {
        if (rowsInTable == MAX_ROWS) {
            dom.beyondSchema(SourcePosition.UNKNOWN, table.getTagName(),
                    "row left out: the schema allows at most " + MAX_ROWS + " rows per table");
            return;
        }
        if (row.appendTo(table)) {
            rowsInTable++;
        }
    }

    private <R> EdgarRow row(RowKind<R> kind, R record, String path) {
        EdgarRow row = new EdgarRow(dom, kind.xmlElement(), path);
        for (List<RowField<R>> group : byWrapper(kind.fieldsInSchemaOrder())) {
            String wrapper = group.get(0).column().xmlWrapper();
            XmlRule rule = group.get(0).xmlRule();
            if (rule == XmlRule.CODING) {
                row.coding(row.element, valueOf(group, TRANSACTION_CODE, record), valueOf(group, EQUITY_SWAP_INVOLVED, record));
                continue;
            }
            Element parent = wrapper == null ? row.element : dom.element(row.element, wrapper);
            if (rule == XmlRule.ONE_OF) {
                RowField<R> chosen = group.stream().filter(f -> f.valueIn(record).isPresent()).findFirst().orElse(group.get(0));
                row.write(parent, chosen.column(), XmlRule.REQUIRED, chosen.valueIn(record));
            } else {
                group.forEach(f -> row.write(parent, f.column(), f.xmlRule(), f.valueIn(record)));
            }
        }
        return row;
    }

    /** Runs of fields that share a wrapper element (a field of the row's own element is a run of its own). */
    private static <R> List<List<RowField<R>>> byWrapper(List<RowField<R>> fields) {
        List<List<RowField<R>>> groups = new ArrayList<>();
        String current = null;
        for (RowField<R> field : fields) {
            String wrapper = field.column().xmlWrapper();
            if (groups.isEmpty() || wrapper == null || !Objects.equals(wrapper, current)) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(field);
            current = wrapper;
        }
        return groups;
    }

    private static <R> FieldValue<?> valueOf(List<RowField<R>> group, TableColumn column, R record) {
        return group.stream().filter(f -> f.column() == column).findFirst().map(f -> f.valueIn(record))
                .orElse(FieldValue.absent());
    }
}
