package dev.form4.model;

import java.util.List;
import java.util.function.Function;

/**
 * A record of the document outside the tables (the issuer, a reporting owner, a signature): its name in the
 * JSON contract, its element in the ownershipDocument, its fields in order, and how to build it from values.
 */
public final class DocumentRecord<R> {

    private final String name;
    private final String xmlElement;
    private final List<DocumentField<R>> fields;
    private final Function<FieldValues, R> factory;

    DocumentRecord(String name, String xmlElement, List<DocumentField<R>> fields, Function<FieldValues, R> factory) {
        this.name = name;
        this.xmlElement = xmlElement;
        this.fields = List.copyOf(fields);
        this.factory = factory;
    }

    /** "issuer", "reportingOwners", "signatures": the JSON member that holds the record (or the list of them). */
    public String name() {
        return name;
    }

    /** The JSON path of the record at {@code index} of its list ("reportingOwners[1]"). */
    public String path(int index) {
        return name + "[" + index + "]";
    }

    /** The JSON path of a field of the document's one record of this kind ("issuer.name"). */
    public String path(DocumentField<R> field) {
        return name + "." + field.name();
    }

    public String xmlElement() {
        return xmlElement;
    }

    /** Every field, in the ownershipDocument's order. */
    public List<DocumentField<R>> fields() {
        return fields;
    }

    /** The fields the printed form shows, which are the JSON contract's, in the same order. */
    public List<DocumentField<R>> printedFields() {
        return fields.stream().filter(DocumentField::printed).toList();
    }

    /** The fields that the XML groups under {@code wrapper} ("reportingOwnerAddress"), in order. */
    public List<DocumentField<R>> fieldsIn(String wrapper) {
        return fields.stream().filter(f -> wrapper.equals(f.xmlWrapper())).toList();
    }

    public R create(FieldValues values) {
        return factory.apply(values);
    }
}
