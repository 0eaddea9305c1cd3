package dev.form4.edgar;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * A null-safe view of one DOM element: asking for a child that is not there gives an absent node, so optional
 * parts of the ownershipDocument read without null checks at every step. Knows its path for error messages.
 */
final class XmlNode {

    private final Element element;
    private final String path;

    private XmlNode(Element element, String path) {
        this.element = element;
        this.path = path;
    }

    static XmlNode of(Element element) {
        return new XmlNode(element, element.getTagName());
    }

    boolean exists() {
        return element != null;
    }

    String path() {
        return path;
    }

    XmlNode child(String tag) {
        List<XmlNode> all = children(tag);
        return all.isEmpty() ? new XmlNode(null, path + "/" + tag) : all.get(0);
    }

    List<XmlNode> children(String tag) {
        List<XmlNode> found = new ArrayList<>();
        if (element == null) {
            return found;
        }
        int index = 0;
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                found.add(new XmlNode(e, path + "/" + tag + "[" + index++ + "]"));
            }
        }
        return found;
    }

    /** The element's text, trimmed; null when the element is absent or blank. */
    String text() {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    String attribute(String name) {
        if (element == null || !element.hasAttribute(name)) {
            return null;
        }
        String value = element.getAttribute(name).strip();
        return value.isEmpty() ? null : value;
    }

    /** The ids of the {@code <footnoteId id="..."/>} elements directly under this one, in document order. */
    List<String> footnoteIds() {
        List<String> ids = new ArrayList<>();
        for (XmlNode ref : children("footnoteId")) {
            String id = ref.attribute("id");
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }
}
