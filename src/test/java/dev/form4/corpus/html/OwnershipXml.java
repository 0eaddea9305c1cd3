package dev.form4.corpus.html;

import dev.form4.corpus.FilingXml;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An element of an ownershipDocument, or the absence of one: navigating to a child that is not there gives
 * {@link #MISSING} instead of failing, because the SEC's page prints a missing element and an empty one
 * differently only where it tests for the element's presence ({@link #exists()}).
 */
record OwnershipXml(Element element) {

    static final OwnershipXml MISSING = new OwnershipXml(null);

    static OwnershipXml parse(Path file) {
        return new OwnershipXml(FilingXml.parse(file).getDocumentElement());
    }

    boolean exists() {
        return element != null;
    }

    OwnershipXml child(String name) {
        List<OwnershipXml> found = children(name);
        return found.isEmpty() ? MISSING : found.get(0);
    }

    OwnershipXml path(String... names) {
        OwnershipXml node = this;
        for (String name : names) {
            node = node.child(name);
        }
        return node;
    }

    List<OwnershipXml> children(String name) {
        List<OwnershipXml> found = new ArrayList<>();
        if (element == null) {
            return found;
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(new OwnershipXml(e));
            }
        }
        return found;
    }

    /** The element's text as the filer wrote it (XSL value-of), "" when missing. */
    String text() {
        return element == null ? "" : element.getTextContent();
    }

    /** The text of the field's {@code <value>} child, "" when it has none. */
    String value() {
        return child("value").text();
    }

    boolean hasValue() {
        return !value().isBlank();
    }

    /** Checkbox elements are 1/0 in older schemas and true/false in newer ones. */
    boolean isChecked() {
        String t = text().strip();
        return t.equals("1") || t.equalsIgnoreCase("true");
    }

    /** The ids of the footnotes this field refers to ({@code <footnoteId id="F1"/>} children), in order. */
    List<String> footnoteIds() {
        return children("footnoteId").stream().map(f -> f.element().getAttribute("id")).toList();
    }
}
