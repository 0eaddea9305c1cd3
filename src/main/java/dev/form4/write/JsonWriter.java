package dev.form4.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
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

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
 *
 * <p>Written as a stream (jackson-core's generator, the pretty printer ObjectMapper's INDENT_OUTPUT uses), not
 * through a databind tree: ObjectMapper's set-up loads some 300 classes, a third of a one-file extract's start.
 * The tree of {@link #toJson} is read back from the same stream, so both say the same.
 */
public final class JsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private JsonWriter() {
    }

    public static String pretty(Extraction extraction) {
        return write(extraction, false, true);
    }

    /** One line, with a "source" field: JSON Lines for several inputs. */
    public static String line(Extraction extraction) {
        return write(extraction, true, false);
    }

    private static String write(Extraction extraction, boolean withSource, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) {
                g.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            write(g, extraction, withSource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen for a StringWriter", e);
        }
        return out.toString();
    }

    /** The same document as a tree (exact decimals), for callers that walk it. */
    public static ObjectNode toJson(Extraction extraction, boolean withSource) {
        return Tree.read(extraction, withSource);
    }

    /** Databind, loaded only by a caller of toJson. */
    private static final class Tree {
        private static final ObjectMapper MAPPER = new ObjectMapper()
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

        static ObjectNode read(Extraction extraction, boolean withSource) {
            try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
                write(buffer, extraction, withSource);
                return MAPPER.readTree(buffer.asParser());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot happen for a token buffer", e);
            }
        }
    }

    private static void write(JsonGenerator g, Extraction extraction, boolean withSource) throws IOException {
        Form4 f = extraction.form();
        g.writeStartObject();
        if (withSource) {
            g.writeStringField("source", extraction.sourceName());
        }
        // The contract's top-level order: the issuer and the owners stand between the header's fields.
        g.writeStringField("documentType", f.documentType());
        fields(g, List.of(PERIOD_OF_REPORT, DATE_OF_ORIGINAL_SUBMISSION, NOT_SUBJECT_TO_SECTION_16), f);
        g.writeObjectFieldStart(ISSUER.name());
        fields(g, ISSUER.printedFields(), f.issuer());
        g.writeEndObject();
        records(g, OwnerFields.OWNER.name(), OwnerFields.OWNER, f.reportingOwners());
        fields(g, List.of(JOINT_FILING, AFF_10B5_ONE), f);
        for (FormTable table : FormTable.values()) {
            g.writeObjectFieldStart(table.fieldName());
            for (RowKind<?> kind : RowKind.of(table)) {
                rows(g, kind, f);
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("footnotes");
        for (Footnote fn : f.footnotes()) {
            g.writeStartObject();
            g.writeStringField("id", fn.id());
            g.writeStringField("text", fn.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        fields(g, List.of(REMARKS), f);
        records(g, SignatureFields.SIGNATURE.name(), SignatureFields.SIGNATURE, f.signatures());
        g.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : extraction.diagnostics()) {
            g.writeStartObject();
            g.writeStringField("severity", d.severity().name().toLowerCase());
            g.writeStringField("kind", d.kind().name().toLowerCase());
            g.writeNumberField("line", d.position().line());
            g.writeNumberField("column", d.position().column());
            g.writeStringField("field", d.field());
            g.writeStringField("message", d.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static <R> void fields(JsonGenerator g, List<? extends FormField<R>> fields, R record) throws IOException {
        for (FormField<R> field : fields) {
            put(g, field.name(), field.valueIn(record));
        }
    }

    private static <R> void records(JsonGenerator g, String name, DocumentRecord<R> kind, List<R> records)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (R record : records) {
            g.writeStartObject();
            fields(g, kind.printedFields(), record);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * Values go in order, footnote ids are gathered under "footnotes" at the end of the row. The contract leaves
     * out an alternative column (valueOwnedFollowingTransaction) from rows that lack it.
     */
    private static <R> void rows(JsonGenerator g, RowKind<R> kind, Form4 form) throws IOException {
        g.writeArrayFieldStart(kind.listName());
        List<RowField<R>> footnoted = new ArrayList<>();
        for (R record : kind.rows(form)) {
            g.writeStartObject();
            footnoted.clear();
            for (RowField<R> field : kind.fields()) {
                FieldValue<?> value = field.valueIn(record);
                if (!field.column().isAlternative() || !value.isEmpty()) {
                    put(g, field.name(), value);
                    if (value.hasFootnotes()) {
                        footnoted.add(field);
                    }
                }
            }
            g.writeObjectFieldStart("footnotes");
            for (RowField<R> field : footnoted) {
                g.writeArrayFieldStart(field.name());
                for (String id : field.valueIn(record).footnoteIds()) {
                    g.writeString(id);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void put(JsonGenerator g, String name, FieldValue<?> field) throws IOException {
        Object value = field.value();
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else if (value instanceof BigDecimal number) {
            g.writeNumber(normalize(number));
        } else if (value instanceof Boolean bool) {
            g.writeBoolean(bool);
        } else if (value instanceof LocalDate date) {
            g.writeString(date.toString());
        } else {
            g.writeString(value.toString());
        }
    }

    /** 0.00 -> 0, 26.860 -> 26.86: the value, not the printing. */
    public static BigDecimal normalize(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
