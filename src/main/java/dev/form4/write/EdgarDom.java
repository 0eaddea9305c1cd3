package dev.form4.write;

import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The ownershipDocument being built: DOM helpers, the footnote ids the document defines (a reference to any
 * other id would break the schema's IDREF rule) and the warnings about what could not be written.
 */
final class EdgarDom {

    final Document doc;
    private final Set<String> footnoteIds;
    private final List<Diagnostic> warnings;

    EdgarDom(Document doc, Set<String> footnoteIds, List<Diagnostic> warnings) {
        this.doc = doc;
        this.footnoteIds = footnoteIds;
        this.warnings = warnings;
    }

    Element element(Node parent, String name) {
        Element element = doc.createElement(name);
        parent.appendChild(element);
        return element;
    }

    Element text(Node parent, String name, String text) {
        Element element = element(parent, name);
        String clean = XmlText.clean(text);
        if (clean.length() != text.length()) {
            // XML 1.0 has no way to write most control characters, not even as &#...; references.
            warnings.add(ControlChars.dropped("XML 1.0", name, SourcePosition.UNKNOWN, text, clean));
        }
        element.setTextContent(clean);
        return element;
    }

    void comment(Node parent, String text) {
        // "--" may not appear in an XML comment.
        parent.appendChild(doc.createComment(" form4-extractor: " + XmlText.clean(text).replace("--", "- -") + " "));
    }

    void footnoteIds(Element parent, List<String> ids) {
        for (String id : ids) {
            element(parent, "footnoteId").setAttribute("id", id);
        }
    }

    /** The footnote ids of a value that the document defines; the others are reported and left out. */
    List<String> references(FieldValue<?> field, String path) {
        List<String> known = new ArrayList<>();
        for (String id : field.footnoteIds()) {
            if (footnoteIds.contains(id)) {
                if (!known.contains(id)) {
                    known.add(id);
                }
            } else {
                unwritten(field.position(), path, "footnote reference " + id + " not written: no footnote " + id
                        + " in the document");
            }
        }
        return known;
    }

    /** Something we read that the document cannot hold, or a required value we do not have. */
    void unwritten(SourcePosition at, String path, String message) {
        warnings.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.UNREADABLE, at, path, message));
    }

    /** A required value the printed form never shows (the CIKs): expected, so information rather than a warning. */
    void notOnTheForm(String path, String message) {
        warnings.add(new Diagnostic(Diagnostic.Severity.INFO, Diagnostic.Kind.UNREADABLE, SourcePosition.UNKNOWN, path, message));
    }

    /** Something the schema (version X0306) has no place or room for. */
    void beyondSchema(SourcePosition at, String path, String message) {
        warnings.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.LIMIT, at, path, message));
    }
}
