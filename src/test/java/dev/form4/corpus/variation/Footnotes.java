package dev.form4.corpus.variation;

import org.w3c.dom.Element;

import java.util.List;

/** The filing's footnotes: adding one with the next free id (F1 to F99, the schema's pattern). */
final class Footnotes {

    /** The ownershipDocument's children after which {@code footnotes} stands. */
    private static final List<String> ROOT_ORDER = List.of("schemaVersion", "documentType", "periodOfReport",
            "dateOfOriginalSubmission", "notSubjectToSection16", "issuer", "reportingOwner", "nonDerivativeTable",
            "derivativeTable", "footnotes", "remarks", "ownerSignature");

    private Footnotes() {
    }

    static int highestNumber(OwnershipDom doc) {
        int highest = 0;
        for (Element f : doc.all("footnote")) {
            highest = Math.max(highest, Integer.parseInt(f.getAttribute("id").substring(1)));
        }
        return highest;
    }

    /** Adds a footnote and returns its id. */
    static String add(OwnershipDom doc, String text) {
        Element footnotes = OwnershipDom.child(doc.root(), "footnotes");
        if (footnotes == null) {
            footnotes = doc.element("footnotes");
            OwnershipDom.insertInOrder(doc.root(), footnotes, ROOT_ORDER);
        }
        String id = "F" + (highestNumber(doc) + 1);
        Element footnote = doc.element("footnote", text);
        footnote.setAttribute("id", id);
        footnotes.appendChild(footnote);
        return id;
    }

    static List<String> rootOrder() {
        return ROOT_ORDER;
    }
}
