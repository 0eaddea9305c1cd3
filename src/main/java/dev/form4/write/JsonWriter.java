package dev.form4.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.form4.Extraction;
import dev.form4.model.DerivativeHolding;
import dev.form4.model.DerivativeTransaction;
import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeHolding;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.model.ReportingOwner;
import dev.form4.model.Signature;

import java.math.BigDecimal;
import java.time.LocalDate;

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
        root.put("documentType", f.documentType());
        put(root, "periodOfReport", f.periodOfReport());
        put(root, "dateOfOriginalSubmission", f.dateOfOriginalSubmission());
        put(root, "notSubjectToSection16", f.notSubjectToSection16());
        ObjectNode issuer = root.putObject("issuer");
        put(issuer, "name", f.issuer().name());
        put(issuer, "tradingSymbol", f.issuer().tradingSymbol());
        ArrayNode owners = root.putArray("reportingOwners");
        for (ReportingOwner o : f.reportingOwners()) {
            ObjectNode n = owners.addObject();
            put(n, "name", o.name());
            put(n, "street1", o.street1());
            put(n, "street2", o.street2());
            put(n, "city", o.city());
            put(n, "state", o.state());
            put(n, "zipCode", o.zipCode());
            put(n, "isDirector", o.isDirector());
            put(n, "isOfficer", o.isOfficer());
            put(n, "isTenPercentOwner", o.isTenPercentOwner());
            put(n, "isOther", o.isOther());
            put(n, "officerTitle", o.officerTitle());
            put(n, "otherText", o.otherText());
        }
        put(root, "jointFiling", f.jointFiling());
        put(root, "aff10b5One", f.aff10b5One());

        ObjectNode table1 = root.putObject("nonDerivativeTable");
        ArrayNode t1 = table1.putArray("transactions");
        for (NonDerivativeTransaction t : f.nonDerivativeTable().transactions()) {
            Row row = new Row(t1.addObject());
            row.put("securityTitle", t.securityTitle());
            row.put("transactionDate", t.transactionDate());
            row.put("deemedExecutionDate", t.deemedExecutionDate());
            row.put("transactionCode", t.transactionCode());
            row.put("equitySwapInvolved", t.equitySwapInvolved());
            row.put("transactionShares", t.transactionShares());
            row.put("transactionPricePerShare", t.transactionPricePerShare());
            row.put("transactionAcquiredDisposedCode", t.transactionAcquiredDisposedCode());
            row.put("sharesOwnedFollowingTransaction", t.sharesOwnedFollowingTransaction());
            row.putIfPresent("valueOwnedFollowingTransaction", t.valueOwnedFollowingTransaction());
            row.put("directOrIndirectOwnership", t.directOrIndirectOwnership());
            row.put("natureOfOwnership", t.natureOfOwnership());
            row.finish();
        }
        ArrayNode h1 = table1.putArray("holdings");
        for (NonDerivativeHolding h : f.nonDerivativeTable().holdings()) {
            Row row = new Row(h1.addObject());
            row.put("securityTitle", h.securityTitle());
            row.put("sharesOwnedFollowingTransaction", h.sharesOwnedFollowingTransaction());
            row.putIfPresent("valueOwnedFollowingTransaction", h.valueOwnedFollowingTransaction());
            row.put("directOrIndirectOwnership", h.directOrIndirectOwnership());
            row.put("natureOfOwnership", h.natureOfOwnership());
            row.finish();
        }

        ObjectNode table2 = root.putObject("derivativeTable");
        ArrayNode t2 = table2.putArray("transactions");
        for (DerivativeTransaction t : f.derivativeTable().transactions()) {
            Row row = new Row(t2.addObject());
            row.put("securityTitle", t.securityTitle());
            row.put("conversionOrExercisePrice", t.conversionOrExercisePrice());
            row.put("transactionDate", t.transactionDate());
            row.put("deemedExecutionDate", t.deemedExecutionDate());
            row.put("transactionCode", t.transactionCode());
            row.put("equitySwapInvolved", t.equitySwapInvolved());
            row.put("transactionShares", t.transactionShares());
            row.put("transactionAcquiredDisposedCode", t.transactionAcquiredDisposedCode());
            row.put("exerciseDate", t.exerciseDate());
            row.put("expirationDate", t.expirationDate());
            row.put("underlyingSecurityTitle", t.underlyingSecurityTitle());
            row.put("underlyingSecurityShares", t.underlyingSecurityShares());
            row.put("transactionPricePerShare", t.transactionPricePerShare());
            row.put("sharesOwnedFollowingTransaction", t.sharesOwnedFollowingTransaction());
            row.putIfPresent("valueOwnedFollowingTransaction", t.valueOwnedFollowingTransaction());
            row.put("directOrIndirectOwnership", t.directOrIndirectOwnership());
            row.put("natureOfOwnership", t.natureOfOwnership());
            row.finish();
        }
        ArrayNode h2 = table2.putArray("holdings");
        for (DerivativeHolding h : f.derivativeTable().holdings()) {
            Row row = new Row(h2.addObject());
            row.put("securityTitle", h.securityTitle());
            row.put("conversionOrExercisePrice", h.conversionOrExercisePrice());
            row.put("exerciseDate", h.exerciseDate());
            row.put("expirationDate", h.expirationDate());
            row.put("underlyingSecurityTitle", h.underlyingSecurityTitle());
            row.put("underlyingSecurityShares", h.underlyingSecurityShares());
            row.put("sharesOwnedFollowingTransaction", h.sharesOwnedFollowingTransaction());
            row.putIfPresent("valueOwnedFollowingTransaction", h.valueOwnedFollowingTransaction());
            row.put("directOrIndirectOwnership", h.directOrIndirectOwnership());
            row.put("natureOfOwnership", h.natureOfOwnership());
            row.finish();
        }

        ArrayNode footnotes = root.putArray("footnotes");
        for (Footnote fn : f.footnotes()) {
            footnotes.addObject().put("id", fn.id()).put("text", fn.text());
        }
        put(root, "remarks", f.remarks());
        ArrayNode signatures = root.putArray("signatures");
        for (Signature s : f.signatures()) {
            ObjectNode n = signatures.addObject();
            put(n, "name", s.name());
            put(n, "date", s.date());
        }
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

        void putIfPresent(String name, FieldValue<?> field) {
            if (!field.isEmpty()) {
                put(name, field);
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
