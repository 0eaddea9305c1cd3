package dev.form4.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.form4.Extraction;
import dev.form4.model.Diagnostic;
import dev.form4.model.DocumentRecord;
import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;
import dev.form4.model.Form4;
import dev.form4.model.FormField;
import dev.form4.model.FormTable;
import dev.form4.model.OwnerFields;
import dev.form4.model.RowField;
import dev.form4.model.RowKind;
import dev.form4.model.SignatureFields;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static dev.form4.model.HeaderFields.AFF_10B5_ONE;
import static dev.form4.model.HeaderFields.DATE_OF_ORIGINAL_SUBMISSION;
import static dev.form4.model.HeaderFields.ISSUER;
import static dev.form4.model.HeaderFields.JOINT_FILING;
import static dev.form4.model.HeaderFields.NOT_SUBJECT_TO_SECTION_16;
import static dev.form4.model.HeaderFields.PERIOD_OF_REPORT;
import static dev.form4.model.HeaderFields.REMARKS;

/**
 * Writes the JSON of shared/docs/json-output.md (contract v1): SEC field names, flattened; numbers as exact
 * decimals; dates yyyy-MM-dd; footnote ids per row under "footnotes". The one addition to the contract is
 * valueOwnedFollowingTransaction, written only on rows that report a value instead of shares.
 */
public final class JsonWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private JsonWriter() {
    }

    public static String pretty(Extraction extraction) {
        return write(MAPPER, toJson(extraction, false));
    }

    /** One line, with a "source" field: JSON Lines for several inputs. */
    public static String line(Extraction extraction) {
        return write(COMPACT, toJson(extraction, true));
    }

    private static String write(ObjectMapper mapper, ObjectNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot happen for a tree of plain nodes", e);
        }
    }

    public static ObjectNode toJson(Extraction extraction, boolean withSource) {
        Form4 f = extraction.form();
        ObjectNode root = NODES.objectNode();
        if (withSource) {
            root.put("source", extraction.sourceName());
        }
        // The contract's top-level order: the issuer and the owners stand between the header's fields.
        root.put("documentType", f.documentType());
        fields(root, List.of(PERIOD_OF_REPORT, DATE_OF_ORIGINAL_SUBMISSION, NOT_SUBJECT_TO_SECTION_16), f);
        fields(root.putObject(ISSUER.name()), ISSUER.printedFields(), f.issuer());
        records(root.putArray(OwnerFields.OWNER.name()), OwnerFields.OWNER, f.reportingOwners());
        fields(root, List.of(JOINT_FILING, AFF_10B5_ONE), f);
        for (FormTable table : FormTable.values()) {
            ObjectNode tableNode = root.putObject(table.fieldName());
            RowKind.of(table).forEach(kind -> rows(tableNode.putArray(kind.listName()), kind, f));
        }
        ArrayNode footnotes = root.putArray("footnotes");
        for (Footnote fn : f.footnotes()) {
            footnotes.addObject().put("id", fn.id()).put("text", fn.text());
        }
        fields(root, List.of(REMARKS), f);
        records(root.putArray(SignatureFields.SIGNATURE.name()), SignatureFields.SIGNATURE, f.signatures());
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (Diagnostic d : extraction.diagnostics()) {
            ObjectNode n = diagnostics.addObject();
            n.put("severity", d.severity().name().toLowerCase());
            n.put("kind", d.kind().name().toLowerCase());
            n.put("line", d.position().line());
            n.put("column", d.position().column());
            n.put("field", d.field());
            n.put("message", d.message());
        }
        return root;
    }

    private static <R> void fields(ObjectNode node, List<? extends FormField<R>> fields, R record) {
        fields.forEach(field -> put(node, field.name(), field.valueIn(record)));
    }

    private static <R> void records(ArrayNode array, DocumentRecord<R> kind, List<R> records) {
        records.forEach(record -> fields(array.addObject(), kind.printedFields(), record));
    }

    /** The contract leaves out an alternative column (valueOwnedFollowingTransaction) from rows that lack it. */
    private static <R> void rows(ArrayNode array, RowKind<R> kind, Form4 form) {
        for (R record : kind.rows(form)) {
            Row row = new Row(array.addObject());
            for (RowField<R> field : kind.fields()) {
                FieldValue<?> value = field.valueIn(record);
                if (!field.column().isAlternative() || !value.isEmpty()) {
                    row.put(field.name(), value);
                }
            }
            row.finish();
        }
    }

    /** A table row: values go in order, footnote ids are gathered under "footnotes" at the end. */
    private static final class Row {
        private final ObjectNode node;
        private final ObjectNode footnotes = NODES.objectNode();

        Row(ObjectNode node) {
            this.node = node;
        }

        void put(String name, FieldValue<?> field) {
            JsonWriter.put(node, name, field);
            if (field.hasFootnotes()) {
                ArrayNode ids = footnotes.putArray(name);
                field.footnoteIds().forEach(ids::add);
            }
        }

        void finish() {
            node.set("footnotes", footnotes);
        }
    }

    static void put(ObjectNode node, String name, FieldValue<?> field) {
        Object value = field.value();
        if (value == null) {
            node.putNull(name);
        } else if (value instanceof BigDecimal number) {
            node.put(name, normalize(number));
        } else if (value instanceof Boolean bool) {
            node.put(name, bool);
        } else if (value instanceof LocalDate date) {
            node.put(name, date.toString());
        } else {
            node.put(name, value.toString());
        }
    }

    /** 0.00 -> 0, 26.860 -> 26.86: the value, not the printing. */
    public static BigDecimal normalize(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
