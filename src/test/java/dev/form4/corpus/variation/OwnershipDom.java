package dev.form4.corpus.variation;

import dev.form4.corpus.FilingXml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An ownershipDocument being varied, as a DOM: the variations edit the filing's own XML rather than the model,
 * so that what is not varied (CIKs, transaction timeliness, footnote placement) stays exactly as filed and the
 * variant XML is the truth. The helpers keep the schema's element order, which X0306 checks.
 */
final class OwnershipDom {

    private final Document document;

    private OwnershipDom(Document document) {
        this.document = document;
    }

    static OwnershipDom parse(Path file) {
        Document doc = FilingXml.parse(file);
        doc.getDocumentElement().normalize();
        return new OwnershipDom(doc);
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** The first child element of that name, or null. */
    static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || e.getTagName().equals(name))) {
                found.add(e);
            }
        }
        return found;
    }

    /** Every element of that name anywhere below the root, in document order. */
    List<Element> all(String name) {
        List<Element> found = new ArrayList<>();
        var nodes = document.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    static String text(Element element) {
        return element == null ? null : element.getTextContent().strip();
    }

    Element element(String name) {
        return document.createElement(name);
    }

    Element element(String name, String text) {
        Element e = document.createElement(name);
        e.setTextContent(text);
        return e;
    }

    /** {@code <name><value>text</value></name>}, the shape of every table value. */
    Element valueElement(String name, String text) {
        Element e = element(name);
        e.appendChild(element("value", text));
        return e;
    }

    Element footnoteRef(String id) {
        Element ref = element("footnoteId");
        ref.setAttribute("id", id);
        return ref;
    }

    /** Removes an element and the whitespace before it, so that the serialized document stays tidy. */
    static void remove(Element element) {
        Node previous = element.getPreviousSibling();
        if (previous != null && previous.getNodeType() == Node.TEXT_NODE && previous.getTextContent().isBlank()) {
            previous.getParentNode().removeChild(previous);
        }
        element.getParentNode().removeChild(element);
    }

    /**
     * Inserts {@code element} into {@code parent} before the first child whose name comes later in
     * {@code order} (the schema's sequence), or at the end.
     */
    static void insertInOrder(Element parent, Element element, List<String> order) {
        int rank = order.indexOf(element.getTagName());
        for (Element existing : children(parent, null)) {
            if (order.indexOf(existing.getTagName()) > rank) {
                parent.insertBefore(element, existing);
                return;
            }
        }
        parent.appendChild(element);
    }

    String serialize() {
        try {
            // Whitespace-only text left by edits would otherwise accumulate; indenting rewrites it.
            stripWhitespace(document.getDocumentElement());
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString().replaceFirst("\\?>(?!\\n)", "?>\n");
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialize the variant", e);
        }
    }

    private static void stripWhitespace(Node node) {
        for (Node n = node.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n.getNodeType() == Node.TEXT_NODE && n.getTextContent().isBlank() && node.getChildNodes().getLength() > 1) {
                node.removeChild(n);
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                stripWhitespace(n);
            }
            n = next;
        }
    }
}
