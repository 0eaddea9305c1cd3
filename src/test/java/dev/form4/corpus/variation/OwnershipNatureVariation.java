package dev.form4.corpus.variation;

import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Indirect holdings with the long natures of ownership filers write (trusts with their dates, funds with their
 * general partners), up to the schema's 100 characters: one to three rows become indirect with such a text.
 */
final class OwnershipNatureVariation implements FilingVariation {

    static final int MAX_NATURE = 100;

    static final List<String> NATURES = List.of(
            "By The Tanaka Family Trust dated January 15, 2004, of which the Reporting Person is a trustee",
            "By Northwind Capital Partners II, L.P. (\"NCP II\"); see footnote for the GP's disclaimer",
            "Held by the Reporting Person's spouse and minor children sharing the same household",
            "By Maple Leaf Growth Fund IV LP, whose general partner is Red Maple GP, LLC",
            "By Grantor Retained Annuity Trust No. 3 (GRAT), 50% owned",
            "Through 401(k) Plan, as of 12/31/2023",
            "By LLC",
            "See footnote");

    @Override
    public boolean apply(OwnershipDom doc, Random random) {
        List<Element> natures = new ArrayList<>(doc.all("ownershipNature"));
        if (natures.isEmpty()) {
            return false;
        }
        int rows = 1 + random.nextInt(Math.min(3, natures.size()));
        for (int i = 0; i < rows; i++) {
            Element nature = natures.remove(random.nextInt(natures.size()));
            indirect(doc, nature, NATURES.get(random.nextInt(NATURES.size())));
        }
        return true;
    }

    @Override
    public String feature() {
        return "long-nature";
    }

    /** Sets the row to (I)ndirect with this nature, keeping the footnotes the filing gave either value. */
    private static void indirect(OwnershipDom doc, Element ownershipNature, String text) {
        Element direct = OwnershipDom.child(ownershipNature, "directOrIndirectOwnership");
        OwnershipDom.child(direct, "value").setTextContent("I");
        Element nature = OwnershipDom.child(ownershipNature, "natureOfOwnership");
        if (nature == null) {
            ownershipNature.appendChild(doc.valueElement("natureOfOwnership", text));
        } else {
            OwnershipDom.child(nature, "value").setTextContent(text);
        }
    }
}
