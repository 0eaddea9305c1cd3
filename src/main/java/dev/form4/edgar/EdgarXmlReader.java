package dev.form4.edgar;

import dev.form4.model.DerivativeTable;
import dev.form4.model.DocumentField;
import dev.form4.model.DocumentRecord;
import dev.form4.model.FieldValue;
import dev.form4.model.FieldValues;
import dev.form4.model.Footnote;
import dev.form4.model.Form4;
import dev.form4.model.FormTable;
import dev.form4.model.NonDerivativeTable;
import dev.form4.model.ReportingOwner;
import dev.form4.model.RowField;
import dev.form4.model.RowKind;
import dev.form4.model.SourcePosition;
import dev.form4.model.XmlRule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static dev.form4.model.HeaderFields.AFF_10B5_ONE;
import static dev.form4.model.HeaderFields.DATE_OF_ORIGINAL_SUBMISSION;
import static dev.form4.model.HeaderFields.ISSUER;
import static dev.form4.model.HeaderFields.NOT_SUBJECT_TO_SECTION_16;
import static dev.form4.model.HeaderFields.PERIOD_OF_REPORT;
import static dev.form4.model.HeaderFields.REMARKS;
import static dev.form4.model.OwnerFields.OWNER;
import static dev.form4.model.SignatureFields.SIGNATURE;
import static dev.form4.model.TableColumn.TRANSACTION_CODE;

/**
 * Reads the SEC's ownershipDocument XML of a Form 4 (schema versions X0303 to X0508) into the {@link Form4}
 * model: the ground truth the extractor is measured against. Every value keeps its footnote ids; a value given
 * only as a footnote (no {@code <value>}) reads as null with its ids. Fields the XML lacks are absent.
 * Thread-safe (stateless).
 */
public final class EdgarXmlReader {

    private EdgarXmlReader() {
    }

    public static Form4 read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new EdgarXmlException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** {@code name} names the source in error messages. */
    public static Form4 read(InputStream in, String name) {
        XmlNode root = XmlNode.of(SecureDom.parse(in, name).getDocumentElement());
        if (!root.path().equals("ownershipDocument")) {
            throw new EdgarXmlException(name + ": not an ownershipDocument (root element <" + root.path() + ">)");
        }
        return new DocumentReading(new FieldReader(name), name).form(root);
    }

    /** One reading of one document; the field reader carries the source name for messages. */
    private record DocumentReading(FieldReader fields, String name) {

        Form4 form(XmlNode doc) {
            String documentType = doc.child("documentType").text();
            if (documentType == null) {
                throw new EdgarXmlException(name + ": ownershipDocument without <documentType>");
            }
            List<ReportingOwner> owners = doc.children(OWNER.xmlElement()).stream().map(o -> record(o, OWNER)).toList();
            XmlNode table1 = doc.child(FormTable.NON_DERIVATIVE.fieldName());
            XmlNode table2 = doc.child(FormTable.DERIVATIVE.fieldName());
            return new Form4(documentType,
                    fields.plain(doc.child(PERIOD_OF_REPORT.xmlElement()), FieldReader::date),
                    fields.plain(doc.child(DATE_OF_ORIGINAL_SUBMISSION.xmlElement()), FieldReader::date),
                    fields.plain(doc.child(NOT_SUBJECT_TO_SECTION_16.xmlElement()), FieldReader::bool),
                    record(doc.child(ISSUER.xmlElement()), ISSUER),
                    owners,
                    // Not an XML element: box 6 of the printed form says whether more than one person files.
                    FieldValue.of(owners.size() > 1),
                    fields.plain(doc.child(AFF_10B5_ONE.xmlElement()), FieldReader::bool),
                    new NonDerivativeTable(rows(table1, RowKind.NON_DERIVATIVE_TRANSACTION),
                            rows(table1, RowKind.NON_DERIVATIVE_HOLDING)),
                    new DerivativeTable(rows(table2, RowKind.DERIVATIVE_TRANSACTION), rows(table2, RowKind.DERIVATIVE_HOLDING)),
                    doc.child("footnotes").children("footnote").stream().map(this::footnote).toList(),
                    fields.plain(doc.child(REMARKS.xmlElement()), FieldReader::string),
                    doc.children(SIGNATURE.xmlElement()).stream().map(s -> record(s, SIGNATURE)).toList());
        }

        /** The issuer, an owner, a signature: plain elements, no footnotes. */
        <R> R record(XmlNode element, DocumentRecord<R> record) {
            FieldValues values = new FieldValues();
            for (DocumentField<R> field : record.fields()) {
                values.put(field, fields.plain(at(element, field.xmlPath()), FieldReader.parser(field.type())));
            }
            return record.create(values);
        }

        <R> List<R> rows(XmlNode table, RowKind<R> kind) {
            return table.children(kind.xmlElement()).stream().map(row -> row(row, kind)).toList();
        }

        /**
         * Value elements, but for the plain code and swap flag of transactionCoding. The coding's footnotes go on
         * the code: the printed form shows them together in the Code column ({@code S (1)}).
         */
        <R> R row(XmlNode row, RowKind<R> kind) {
            FieldValues values = new FieldValues();
            for (RowField<R> field : kind.fieldsInSchemaOrder()) {
                XmlNode element = at(row, field.column().xmlPath());
                Function<String, ?> parse = FieldReader.parser(field.type());
                FieldValue<?> value = field.xmlRule() == XmlRule.CODING ? fields.plain(element, parse) : fields.value(element, parse);
                if (field.column() == TRANSACTION_CODE) {
                    value = withFootnotes(value, row.child(TRANSACTION_CODE.xmlWrapper()).footnoteIds());
                }
                values.put(field, value);
            }
            return kind.create(values);
        }

        private static FieldValue<?> withFootnotes(FieldValue<?> value, List<String> ids) {
            return ids.isEmpty() ? value : new FieldValue<>(value.value(), ids, SourcePosition.UNKNOWN, value.provenance());
        }

        private static XmlNode at(XmlNode from, List<String> path) {
            XmlNode node = from;
            for (String step : path) {
                node = node.child(step);
            }
            return node;
        }

        Footnote footnote(XmlNode footnote) {
            String id = footnote.attribute("id");
            if (id == null) {
                throw new EdgarXmlException(name + ": " + footnote.path() + ": footnote without id");
            }
            String text = footnote.text();
            return new Footnote(id, text == null ? "" : FieldReader.string(text), SourcePosition.UNKNOWN);
        }
    }
}
