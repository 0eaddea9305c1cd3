package dev.form4.corpus.variation;

import java.util.List;
import java.util.Random;

/**
 * Box 5 for one reporting person: which of the four boxes are checked, the officer's title and the Other text.
 * Every one of the fifteen non-empty mixes occurs; titles and texts run up to the schema's 30 characters, the
 * longest that print on the form.
 */
record Relationship(boolean director, boolean officer, boolean tenPercentOwner, boolean other, String officerTitle,
                    String otherText) {

    static final List<String> OFFICER_TITLES = List.of(
            "CEO", "Chief Financial Officer", "EVP, Chief Financial Officer", "SVP & General Counsel",
            "Executive Vice President & CFO", "Chief Operating Officer", "President and CEO",
            "Chief Accounting Officer", "EVP, Global Sales & Marketing", "VP, Controller (PAO)",
            "Co-Founder & Chief Tech. Off.");

    static final List<String> OTHER_TEXTS = List.of(
            "Member of 10% owner group", "See Remarks", "Former Director", "Director by deputization",
            "Trustee of 10% holder", "Possible member of 13(d) group", "Board Observer");

    /** One of the fifteen mixes of checked boxes, uniformly, with a title and a text where they apply. */
    static Relationship random(Random random) {
        int mix = 1 + random.nextInt(15);
        boolean officer = (mix & 2) != 0;
        boolean other = (mix & 8) != 0;
        return new Relationship((mix & 1) != 0, officer, (mix & 4) != 0, other,
                officer ? OFFICER_TITLES.get(random.nextInt(OFFICER_TITLES.size())) : null,
                other ? OTHER_TEXTS.get(random.nextInt(OTHER_TEXTS.size())) : null);
    }
}
