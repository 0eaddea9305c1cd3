package dev.form4.write;

import dev.form4.model.FieldValue;
import dev.form4.model.SourcePosition;
import dev.form4.model.TableColumn;
import dev.form4.model.XmlRule;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

import static dev.form4.model.TableColumn.EQUITY_SWAP_INVOLVED;
import static dev.form4.model.TableColumn.TRANSACTION_CODE;

/**
 * One table row of the ownershipDocument, built detached and appended only when every value the schema
 * requires is there. A row that lacks one is left out whole (and reported) rather than written with an
 * invented value: a made-up share count would flow silently into whatever sums the XML.
 */
final class EdgarRow {

    private final EdgarDom dom;
    private final String path;
    final Element element;
    private final List<String> missing = new ArrayList<>();
    private SourcePosition firstPosition = SourcePosition.UNKNOWN;

    EdgarRow(EdgarDom dom, String elementName, String path) {
        this.dom = dom;
        this.path = path;
        this.element = dom.doc.createElement(elementName);
    }

    /** The value of {@code column} as {@code rule} says the schema holds it. */
    void write(Element parent, TableColumn column, XmlRule rule, FieldValue<?> field) {
        String name = column.fieldName();
        SchemaFacet facet = SchemaFacet.of(column);
        switch (rule) {
            case REQUIRED -> value(parent, name, field, facet);
            case REQUIRED_WITHOUT_FOOTNOTES -> valueWithoutFootnotes(parent, name, field, facet);
            case VALUE_OR_FOOTNOTE -> valueOrFootnote(parent, name, field, facet);
            case OPTIONAL -> optional(parent, name, field, facet);
            case OPTIONAL_VALUE -> optionalValue(parent, name, field, facet);
            case CODING, ONE_OF -> throw new IllegalArgumentException(rule + " concerns several columns together: " + name);
        }
    }

    /** {@code <name><value>..</value><footnoteId/>*</name>}, the value required. */
    void value(Element parent, String name, FieldValue<?> field, SchemaFacet facet) {
        String text = lexical(name, field, facet);
        List<String> refs = dom.references(field, path(name));
        if (text == null) {
            missing.add(name);
            return;
        }
        Element element = dom.element(parent, name);
        dom.text(element, "value", text);
        dom.footnoteIds(element, refs);
    }

    /** OPT_*_WITH_FOOTNOTE: a value, a footnote (as "(9)" for a date the form gives only by footnote), or both. */
    void valueOrFootnote(Element parent, String name, FieldValue<?> field, SchemaFacet facet) {
        String text = lexical(name, field, facet);
        List<String> refs = dom.references(field, path(name));
        if (text == null && refs.isEmpty()) {
            missing.add(name);
            return;
        }
        write(parent, name, text, refs);
    }

    /** An element the schema lets us leave out: written when there is a value or a footnote. */
    void optional(Element parent, String name, FieldValue<?> field, SchemaFacet facet) {
        String text = lexical(name, field, facet);
        List<String> refs = dom.references(field, path(name));
        if (text != null || !refs.isEmpty()) {
            write(parent, name, text, refs);
        }
    }

    /** An optional element that needs a value when present (natureOfOwnership): footnotes alone cannot go. */
    void optionalValue(Element parent, String name, FieldValue<?> field, SchemaFacet facet) {
        String text = lexical(name, field, facet);
        List<String> refs = dom.references(field, path(name));
        if (text == null) {
            if (!refs.isEmpty()) {
                dom.unwritten(field.position(), path(name), "footnotes " + refs + " not written: the schema needs a value beside them");
            }
            return;
        }
        write(parent, name, text, refs);
    }

    /** A required value whose element takes no footnote (Table II's transactionAcquiredDisposedCode). */
    void valueWithoutFootnotes(Element parent, String name, FieldValue<?> field, SchemaFacet facet) {
        String text = lexical(name, field, facet);
        List<String> refs = dom.references(field, path(name));
        if (!refs.isEmpty()) {
            dom.beyondSchema(field.position(), path(name), "footnotes " + refs + " not written: the schema allows none here");
        }
        if (text == null) {
            missing.add(name);
            return;
        }
        dom.text(dom.element(parent, name), "value", text);
    }

    /**
     * transactionCoding: form type 4, the code and the equity swap flag as plain elements, and the footnotes of
     * the code (and of the flag) after them. Left out when the code is unread, as the schema allows.
     */
    void coding(Element parent, FieldValue<?> code, FieldValue<?> equitySwap) {
        String codeName = TRANSACTION_CODE.fieldName();
        String swapName = EQUITY_SWAP_INVOLVED.fieldName();
        String text = lexical(codeName, code, SchemaFacet.of(TRANSACTION_CODE));
        List<String> refs = new ArrayList<>(dom.references(code, path(codeName)));
        dom.references(equitySwap, path(swapName)).stream().filter(id -> !refs.contains(id)).forEach(refs::add);
        if (text == null) {
            if (!refs.isEmpty()) {
                dom.unwritten(code.position(), path(codeName),
                        "transactionCoding left out: footnotes " + refs + " need a readable transactionCode beside them");
            }
            return;
        }
        Element coding = dom.element(parent, TRANSACTION_CODE.xmlWrapper());
        dom.text(coding, "transactionFormType", "4");
        dom.text(coding, codeName, text);
        String swap = lexical(swapName, equitySwap, SchemaFacet.of(EQUITY_SWAP_INVOLVED));
        if (swap == null) {
            // Required beside the code; the V column of a Form 4 is blank unless a swap is involved.
            swap = "0";
            dom.comment(coding, "equitySwapInvolved was not read; 0 (no mark in column V) written because the schema requires it");
            dom.unwritten(equitySwap.position(), path(swapName),
                    "equitySwapInvolved unread; wrote 0 (no swap) because the schema requires it beside transactionCode");
        }
        dom.text(coding, swapName, swap);
        dom.footnoteIds(coding, refs);
    }

    /** The row is appended to the table when complete; otherwise it is reported and left out. */
    boolean appendTo(Element table) {
        if (missing.isEmpty()) {
            table.appendChild(element);
            return true;
        }
        dom.unwritten(firstPosition, path, "row left out of the EDGAR XML: the schema requires " + String.join(", ", missing)
                + ", which could not be read");
        return false;
    }

    private void write(Element parent, String name, String text, List<String> refs) {
        Element element = dom.element(parent, name);
        if (text != null) {
            dom.text(element, "value", text);
        }
        dom.footnoteIds(element, refs);
    }

    private String lexical(String name, FieldValue<?> field, SchemaFacet facet) {
        if (!firstPosition.isKnown() && field.position().isKnown()) {
            firstPosition = field.position();
        }
        if (field.value() == null) {
            return null;
        }
        SchemaFacet.Lexical lexical = facet.lexical(field.value());
        if (!lexical.fits()) {
            dom.unwritten(field.position(), path(name), "value not written: " + lexical.misfit());
            return null;
        }
        return lexical.text();
    }

    private String path(String name) {
        return path + "." + name;
    }
}
