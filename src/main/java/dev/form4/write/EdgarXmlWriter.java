package dev.form4.write;

import dev.form4.model.Diagnostic;
import dev.form4.model.DocumentField;
import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;
import dev.form4.model.Form4;
import dev.form4.model.OwnerFields;
import dev.form4.model.ReportingOwner;
import dev.form4.model.Signature;
import dev.form4.model.SourcePosition;
import dev.form4.model.ValueType;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static dev.form4.model.HeaderFields.ISSUER;
import static dev.form4.model.HeaderFields.ISSUER_CIK;
import static dev.form4.model.HeaderFields.ISSUER_NAME;
import static dev.form4.model.HeaderFields.ISSUER_TRADING_SYMBOL;
import static dev.form4.model.HeaderFields.NOT_SUBJECT_TO_SECTION_16;
import static dev.form4.model.HeaderFields.PERIOD_OF_REPORT;
import static dev.form4.model.HeaderFields.REMARKS;
import static dev.form4.model.OwnerFields.OWNER;
import static dev.form4.model.SignatureFields.SIGNATURE;

/**
 * Writes a Form 4 model as the SEC's ownershipDocument XML (schema X0306), the format of every EDGAR Form 4
 * filing, so tools that read EDGAR filings read our extractions.
 *
 * <p>What the printed form cannot give and the schema still requires, and how the document stays valid:
 * <ul>
 *   <li>{@code issuerCik}, {@code rptOwnerCik}: never printed on a Form 4. Written as {@value #UNKNOWN_CIK}
 *       (EDGAR assigns no CIK 0) with an XML comment, and reported, unless the model has the CIK.</li>
 *   <li>{@code periodOfReport}: when unread, the earliest transaction date (which is what the form's box 3
 *       states); without any, {@value #UNKNOWN_DATE}. {@code issuerTradingSymbol}, {@code signatureName},
 *       {@code signatureDate}, a reporting owner, a signature: placeholders {@value #UNREADABLE} /
 *       {@value #UNKNOWN_DATE}, each with an XML comment and a warning.</li>
 *   <li>A table row missing a value the schema requires (a date, a share count, the A/D or D/I code...) is
 *       left out whole and reported: inventing a number there would corrupt every sum made from the XML.</li>
 *   <li>A value that does not fit the schema (too long, not a picklist code, more than 4 decimals), a footnote
 *       reference to a footnote the document lacks, and what X0306 has no element for ({@code aff10b5One},
 *       {@code dateOfOriginalSubmission}, a 4/A) are left out and reported.</li>
 * </ul>
 * Footnote ids go on the value they belong to ({@code <footnoteId id="F1"/>} inside the value's element);
 * those of a transaction code go under {@code transactionCoding}. Within each table, transactions come
 * before holdings (the model keeps them apart; the schema allows any order).
 */
public final class EdgarXmlWriter {

    public static final String UNKNOWN_CIK = "0000000000";
    public static final String UNKNOWN_DATE = "1900-01-01";
    public static final String UNREADABLE = "UNREADABLE";
    static final int MAX_OWNERS = 10;
    static final int MAX_SIGNATURES = 10;
    static final int MAX_FOOTNOTES = 99;
    private static final Pattern FOOTNOTE_ID = Pattern.compile("F[1-9][0-9]?");

    /** The XML and what could not be written as read (also written as comments where a placeholder stands). */
    public record Result(String xml, List<Diagnostic> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    private EdgarXmlWriter() {
    }

    public static Result write(Form4 form) {
        List<Diagnostic> warnings = new ArrayList<>();
        Document doc = newDocument();
        Set<String> footnoteIds = new LinkedHashSet<>();
        List<Footnote> footnotes = usableFootnotes(form.footnotes(), footnoteIds, warnings);
        EdgarDom dom = new EdgarDom(doc, footnoteIds, warnings);
        new EdgarXmlWriter.Builder(dom, form).build(footnotes);
        return new Result(serialize(doc), warnings);
    }

    /** Footnotes with a schema-valid, unique id, at most 99; the others are reported. */
    private static List<Footnote> usableFootnotes(List<Footnote> all, Set<String> ids, List<Diagnostic> warnings) {
        List<Footnote> usable = new ArrayList<>();
        for (Footnote footnote : all) {
            String problem = !FOOTNOTE_ID.matcher(String.valueOf(footnote.id())).matches() ? "id is not F1..F99"
                    : ids.contains(footnote.id()) ? "a second footnote with this id"
                    : usable.size() == MAX_FOOTNOTES ? "more than " + MAX_FOOTNOTES + " footnotes" : null;
            if (problem != null) {
                warnings.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.LIMIT, footnote.position(),
                        "footnotes", "footnote " + footnote.id() + " not written: " + problem));
                continue;
            }
            ids.add(footnote.id());
            usable.add(footnote);
        }
        return usable;
    }

    /** Document-level elements; table rows are EdgarTables' business. */
    private static final class Builder {
        private final EdgarDom dom;
        private final Form4 form;

        Builder(EdgarDom dom, Form4 form) {
            this.dom = dom;
            this.form = form;
        }

        void build(List<Footnote> footnotes) {
            Element root = dom.doc.createElement("ownershipDocument");
            dom.doc.appendChild(root);
            dom.text(root, "schemaVersion", EdgarSchema.VERSION);
            documentType(root);
            periodOfReport(root);
            write(root, NOT_SUBJECT_TO_SECTION_16, form, null);
            issuer(root);
            owners(root);
            new EdgarTables(dom).write(root, form);
            if (!footnotes.isEmpty()) {
                Element group = dom.element(root, "footnotes");
                footnotes.forEach(f -> dom.text(group, "footnote", f.text() == null ? "" : f.text()).setAttribute("id", f.id()));
            }
            write(root, REMARKS, form, null);
            signatures(root);
        }

        private void documentType(Element root) {
            if (!"4".equals(form.documentType())) {
                dom.beyondSchema(SourcePosition.UNKNOWN, "documentType", "document type '" + form.documentType()
                        + "' written as 4: schema X0306 holds only original Form 4 filings");
            }
            dom.text(root, "documentType", "4");
            if (form.dateOfOriginalSubmission().isPresent()) {
                dom.beyondSchema(form.dateOfOriginalSubmission().position(), "dateOfOriginalSubmission",
                        "not written: schema X0306 has no dateOfOriginalSubmission");
            }
            Boolean joint = form.jointFiling().value();
            if (joint != null && joint != form.reportingOwners().size() > 1) {
                dom.beyondSchema(form.jointFiling().position(), "jointFiling", "jointFiling " + joint + " not written: the XML"
                        + " has no element for it; readers take it from the number of reporting owners ("
                        + form.reportingOwners().size() + ")");
            }
            if (form.aff10b5One().isPresent()) {
                dom.beyondSchema(form.aff10b5One().position(), "aff10b5One",
                        "not written: the Rule 10b5-1 box (aff10b5One) came with schema X0407; X0306 has no element for it");
            }
        }

        private void periodOfReport(Element root) {
            if (write(root, PERIOD_OF_REPORT, form, null)) {
                return;
            }
            Optional<LocalDate> earliest = transactionDates().min(LocalDate::compareTo);
            if (earliest.isPresent()) {
                dom.comment(root, "periodOfReport not read; the earliest transaction date stands for it");
                dom.text(root, "periodOfReport", earliest.get().toString());
                dom.unwritten(form.periodOfReport().position(), "periodOfReport",
                        "periodOfReport unread; wrote the earliest transaction date, " + earliest.get());
            } else {
                placeholder(root, PERIOD_OF_REPORT, form, null);
            }
        }

        private Stream<LocalDate> transactionDates() {
            return Stream.concat(
                    form.nonDerivativeTable().transactions().stream().map(t -> t.transactionDate().value()),
                    form.derivativeTable().transactions().stream().map(t -> t.transactionDate().value()))
                    .filter(d -> d != null);
        }

        private void issuer(Element root) {
            Element issuer = dom.element(root, ISSUER.xmlElement());
            String path = ISSUER.name();
            if (!write(issuer, ISSUER_CIK, form.issuer(), path)) {
                cikPlaceholder(issuer, ISSUER_CIK.xmlElement());
            }
            write(issuer, ISSUER_NAME, form.issuer(), path);
            if (!write(issuer, ISSUER_TRADING_SYMBOL, form.issuer(), path)) {
                placeholder(issuer, ISSUER_TRADING_SYMBOL, form.issuer(), path);
            }
        }

        private void owners(Element root) {
            List<ReportingOwner> owners = form.reportingOwners();
            if (owners.isEmpty()) {
                Element owner = dom.element(root, OWNER.xmlElement());
                dom.comment(owner, "no reporting owner was read");
                Element id = dom.element(owner, OwnerFields.ID);
                cikPlaceholder(id, OwnerFields.CIK.xmlElement());
                dom.element(owner, OwnerFields.RELATIONSHIP);
                dom.beyondSchema(SourcePosition.UNKNOWN, "reportingOwners", "no reporting owner read; wrote one with placeholders");
            }
            for (int i = 0; i < owners.size(); i++) {
                if (i == MAX_OWNERS) {
                    dom.beyondSchema(SourcePosition.UNKNOWN, "reportingOwners", (owners.size() - MAX_OWNERS)
                            + " reporting owners not written: the schema allows at most " + MAX_OWNERS);
                    break;
                }
                owner(root, owners.get(i), OWNER.path(i));
            }
        }

        /** The address only when some part of it was read: the schema lets it be left out, not be empty. */
        private void owner(Element root, ReportingOwner o, String path) {
            Element owner = dom.element(root, OWNER.xmlElement());
            Element id = dom.element(owner, OwnerFields.ID);
            if (!write(id, OwnerFields.CIK, o, path)) {
                cikPlaceholder(id, OwnerFields.CIK.xmlElement());
            }
            write(id, OwnerFields.NAME, o, path);
            List<DocumentField<ReportingOwner>> address = OWNER.fieldsIn(OwnerFields.ADDRESS);
            if (address.stream().anyMatch(f -> f.valueIn(o).isPresent())) {
                Element element = dom.element(owner, OwnerFields.ADDRESS);
                address.forEach(field -> write(element, field, o, path));
            }
            Element relationship = dom.element(owner, OwnerFields.RELATIONSHIP);
            OWNER.fieldsIn(OwnerFields.RELATIONSHIP).forEach(field -> write(relationship, field, o, path));
        }

        private void signatures(Element root) {
            List<Signature> signatures = form.signatures();
            if (signatures.isEmpty()) {
                signatures = List.of(new Signature(FieldValue.absent(), FieldValue.absent()));
            }
            for (int i = 0; i < signatures.size(); i++) {
                if (i == MAX_SIGNATURES) {
                    dom.beyondSchema(SourcePosition.UNKNOWN, "signatures", (signatures.size() - MAX_SIGNATURES)
                            + " signatures not written: the schema allows at most " + MAX_SIGNATURES);
                    break;
                }
                Signature s = signatures.get(i);
                Element signature = dom.element(root, SIGNATURE.xmlElement());
                // Both the name and the date are required.
                for (DocumentField<Signature> field : SIGNATURE.fields()) {
                    if (!write(signature, field, s, SIGNATURE.path(i))) {
                        placeholder(signature, field, s, SIGNATURE.path(i));
                    }
                }
            }
        }

        /**
         * The field's plain element (no value/footnote pair): written when the value is there and fits; false
         * otherwise. {@code recordPath} is the JSON path of the field's record, null for the form itself.
         */
        private <R> boolean write(Element parent, DocumentField<R> field, R record, String recordPath) {
            return write(parent, field.xmlElement(), field.valueIn(record), SchemaFacet.of(field), path(recordPath, field));
        }

        private boolean write(Element parent, String name, FieldValue<?> field, SchemaFacet facet, String path) {
            if (field.hasFootnotes()) {
                dom.beyondSchema(field.position(), path, "footnotes " + field.footnoteIds() + " not written: "
                        + name + " takes no footnote in the schema");
            }
            if (field.value() == null) {
                return false;
            }
            SchemaFacet.Lexical lexical = facet.lexical(field.value());
            if (!lexical.fits()) {
                dom.unwritten(field.position(), path, "value not written: " + lexical.misfit());
                return false;
            }
            dom.text(parent, name, lexical.text());
            return true;
        }

        private void cikPlaceholder(Element parent, String name) {
            dom.comment(parent, name + " is not printed on a Form 4; " + UNKNOWN_CIK + " is a placeholder");
            dom.text(parent, name, UNKNOWN_CIK);
            dom.notOnTheForm(name, name + " is not printed on a Form 4; wrote the placeholder " + UNKNOWN_CIK);
        }

        /** What stands for a required field that was not read: a date that cannot be true, or a word saying so. */
        private <R> void placeholder(Element parent, DocumentField<R> field, R record, String recordPath) {
            String value = field.type() == ValueType.DATE ? UNKNOWN_DATE : UNREADABLE;
            placeholder(parent, field.xmlElement(), value, field.valueIn(record).position(), path(recordPath, field));
        }

        private static String path(String recordPath, DocumentField<?> field) {
            return recordPath == null ? field.name() : recordPath + "." + field.name();
        }

        private void placeholder(Element parent, String name, String value, SourcePosition at, String path) {
            dom.comment(parent, name + " was not read; " + value + " is a placeholder");
            dom.text(parent, name, value);
            dom.unwritten(at, path, name + " required by the schema but not read; wrote the placeholder " + value);
        }
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            Document doc = factory.newDocumentBuilder().newDocument();
            doc.setXmlStandalone(true);
            return doc;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not configured", e);
        }
    }

    private static String serialize(Document doc) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // Written by hand: the JDK's transformer puts the root element on the declaration's line.
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("serializing a DOM we built cannot fail", e);
        }
    }
}
