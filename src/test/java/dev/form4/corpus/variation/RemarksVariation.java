package dev.form4.corpus.variation;

import org.w3c.dom.Element;

import java.util.List;
import java.util.Random;

/**
 * Remarks as filers write them: the exhibit list, a joint filers' note, an explanation of an Other
 * relationship, with dollar amounts, asterisks and section signs; replacing the filing's own when it has some.
 */
final class RemarksVariation implements FilingVariation {

    static final List<String> TEXTS = List.of(
            "Exhibit 24 - Power of Attorney",
            "The Reporting Persons are members of a group for purposes of Section 13(d) of the Securities Exchange Act of 1934."
                    + " Each Reporting Person disclaims beneficial ownership except to the extent of its pecuniary interest therein.",
            "This Form 4 is one of two Forms 4 filed on the same date; the other reports the holdings of Maple Leaf Growth Fund IV LP.",
            "The transactions were effected under a Rule 10b5-1 trading plan adopted on March 3, 2023. Proceeds of $1,250,000 were"
                    + " paid to the trust.",
            "Mr. Tanaka serves on the board as the designee of Sakura Holdings K.K. (\"Sakura\"), which may be deemed a director by"
                    + " deputization. * Signed under power of attorney.");

    @Override
    public boolean apply(OwnershipDom doc, Random random) {
        String text = TEXTS.get(random.nextInt(TEXTS.size()));
        Element remarks = OwnershipDom.child(doc.root(), "remarks");
        if (remarks == null) {
            remarks = doc.element("remarks");
            OwnershipDom.insertInOrder(doc.root(), remarks, Footnotes.rootOrder());
        }
        remarks.setTextContent(text);
        return true;
    }

    @Override
    public String feature() {
        return "remarks";
    }
}
