package dev.form4.corpus.variation;

import java.util.Random;

/**
 * One way a real filer's Form 4 differs from the corpus filings, applied to a filing's XML at a place and in a
 * shape the seeded random source chooses. Returns false when the filing offers no place for it (no price to
 * give as a footnote only, say), so that the variant's features list only what it really has.
 */
interface FilingVariation {

    boolean apply(OwnershipDom doc, Random random);

    /** The feature a variant has when this variation applied to it, as the reports and examples name it. */
    String feature();
}
