package dev.form4.corpus.variation;

import org.w3c.dom.Element;

import java.time.LocalDate;
import java.util.Random;

/**
 * A 4/A: the filing amends one filed a few days after the transactions; box 4 prints the original's date
 * ({@code dateOfOriginalSubmission}, which follows {@code periodOfReport} in EDGAR's 4/A documents).
 */
final class AmendmentVariation implements FilingVariation {

    @Override
    public boolean apply(OwnershipDom doc, Random random) {
        Element type = OwnershipDom.child(doc.root(), "documentType");
        Element period = OwnershipDom.child(doc.root(), "periodOfReport");
        type.setTextContent("4/A");
        LocalDate original = LocalDate.parse(OwnershipDom.text(period)).plusDays(1 + random.nextInt(5));
        Element date = OwnershipDom.child(doc.root(), "dateOfOriginalSubmission");
        if (date == null) {
            date = doc.element("dateOfOriginalSubmission");
            OwnershipDom.insertInOrder(doc.root(), date, Footnotes.rootOrder());
        }
        date.setTextContent(original.toString());
        return true;
    }

    @Override
    public String feature() {
        return "amendment";
    }
}
