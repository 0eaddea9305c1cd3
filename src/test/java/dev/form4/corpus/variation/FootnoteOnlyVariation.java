package dev.form4.corpus.variation;

import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Values given as a footnote only, which the schema allows for prices and exercise prices, exercise and
 * expiration dates and underlying amounts: the printed cell shows the mark alone ({@code (3)}), and the
 * footnote says what stands there. One to three values become so, each with a new footnote.
 */
final class FootnoteOnlyVariation implements FilingVariation {

    /** The elements X0306 types as "a value or a footnote" (OPT_NUMBER_WITH_FOOTNOTE, OPT_DATE_WITH_FOOTNOTE). */
    static final List<String> FOOTNOTE_ONLY_ELEMENTS = List.of("transactionPricePerShare", "conversionOrExercisePrice",
            "exerciseDate", "expirationDate", "underlyingSecurityShares");

    static final List<String> TEXTS = List.of(
            "The shares were acquired by gift; no price was paid.",
            "The option vests in 48 equal monthly installments beginning on the first monthly anniversary of the grant date.",
            "Each restricted stock unit represents a contingent right to receive one share of Common Stock, $0.0001 par value.",
            "The price is the average of the high and low prices on the transaction date, which the issuer will provide on request.",
            "The warrants expire on the fifth anniversary of the closing of the business combination.",
            "Not applicable.");

    @Override
    public boolean apply(OwnershipDom doc, Random random) {
        List<Element> candidates = new ArrayList<>();
        for (String name : FOOTNOTE_ONLY_ELEMENTS) {
            doc.all(name).stream().filter(e -> OwnershipDom.child(e, "value") != null).forEach(candidates::add);
        }
        int room = 99 - Footnotes.highestNumber(doc);
        int count = Math.min(Math.min(room, candidates.size()), 1 + random.nextInt(3));
        for (int i = 0; i < count; i++) {
            Element value = candidates.remove(random.nextInt(candidates.size()));
            String id = Footnotes.add(doc, TEXTS.get(random.nextInt(TEXTS.size())));
            Element oldValue = OwnershipDom.child(value, "value");
            value.insertBefore(doc.footnoteRef(id), oldValue);
            OwnershipDom.remove(oldValue);
        }
        return count > 0;
    }

    @Override
    public String feature() {
        return "footnote-only-value";
    }
}
