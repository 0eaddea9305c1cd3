package dev.form4.corpus.variation;

import org.w3c.dom.Element;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Replaces the filing's reporting persons by 1 to 10 others (the schema's limit): people and entities, every
 * mix of relationships, foreign and US addresses. Further persons of a joint filing share the first one's
 * address half of the time, as funds and their managers do. A joint filing gets one signature per person,
 * as joint filers sign; a single filer keeps the filing's signatures.
 */
final class ReportingOwnersVariation implements FilingVariation {

    /** How many owners a variant gets: single filers are commonest, then small groups, then up to ten. */
    private static final int[] OWNER_COUNTS = {1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10};
    static final double FOREIGN_SHARE = 0.5;

    @Override
    public boolean apply(OwnershipDom doc, Random random) {
        int count = OWNER_COUNTS[random.nextInt(OWNER_COUNTS.length)];
        List<String> names = OwnerNames.pick(random, count);
        PostalAddress first = AddressBook.pick(random, FOREIGN_SHARE);
        boolean shared = random.nextBoolean();
        Element root = doc.root();
        List<Element> old = OwnershipDom.children(root, "reportingOwner");
        Element before = nextElement(old.get(old.size() - 1));
        old.forEach(OwnershipDom::remove);
        for (int i = 0; i < count; i++) {
            PostalAddress address = i == 0 || shared ? first : AddressBook.pick(random, FOREIGN_SHARE);
            Element owner = owner(doc, cik(random), names.get(i), address, Relationship.random(random));
            if (before == null) {
                root.appendChild(owner);
            } else {
                root.insertBefore(owner, before);
            }
        }
        if (count > 1) {
            signatures(doc, names, random);
        }
        return true;
    }

    @Override
    public String feature() {
        return "owners";
    }

    private static Element nextElement(Element element) {
        for (var n = element.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    static Element owner(OwnershipDom doc, String cik, String name, PostalAddress address, Relationship relationship) {
        Element owner = doc.element("reportingOwner");
        Element id = doc.element("reportingOwnerId");
        id.appendChild(doc.element("rptOwnerCik", cik));
        id.appendChild(doc.element("rptOwnerName", name));
        owner.appendChild(id);
        Element place = doc.element("reportingOwnerAddress");
        place.appendChild(doc.element("rptOwnerStreet1", address.street1()));
        if (!address.street2().isEmpty()) {
            place.appendChild(doc.element("rptOwnerStreet2", address.street2()));
        }
        place.appendChild(doc.element("rptOwnerCity", address.city()));
        place.appendChild(doc.element("rptOwnerState", address.stateCode()));
        place.appendChild(doc.element("rptOwnerZipCode", address.zipCode()));
        // EDGAR fills the description for foreign codes only; it is not printed on the form.
        if (address.foreign()) {
            place.appendChild(doc.element("rptOwnerStateDescription", address.codeName()));
        }
        owner.appendChild(place);
        Element relation = doc.element("reportingOwnerRelationship");
        relation.appendChild(doc.element("isDirector", flag(relationship.director())));
        relation.appendChild(doc.element("isOfficer", flag(relationship.officer())));
        relation.appendChild(doc.element("isTenPercentOwner", flag(relationship.tenPercentOwner())));
        relation.appendChild(doc.element("isOther", flag(relationship.other())));
        if (relationship.officerTitle() != null) {
            relation.appendChild(doc.element("officerTitle", relationship.officerTitle()));
        }
        if (relationship.otherText() != null) {
            relation.appendChild(doc.element("otherText", relationship.otherText()));
        }
        owner.appendChild(relation);
        return owner;
    }

    /** One signature per joint filer, dated as the filing's first signature. */
    private static void signatures(OwnershipDom doc, List<String> names, Random random) {
        List<Element> old = OwnershipDom.children(doc.root(), "ownerSignature");
        String date = OwnershipDom.text(OwnershipDom.child(old.get(0), "signatureDate"));
        old.forEach(OwnershipDom::remove);
        for (String name : names) {
            Element signature = doc.element("ownerSignature");
            signature.appendChild(doc.element("signatureName", signer(name, random)));
            signature.appendChild(doc.element("signatureDate", date));
            doc.root().appendChild(signature);
        }
    }

    private static String signer(String name, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> "/s/ " + name;
            case 1 -> name + ", by /s/ Jane R. Doe, Attorney-in-Fact";
            default -> "/s/ Jane R. Doe, as attorney-in-fact for " + name;
        };
    }

    private static String cik(Random random) {
        return String.format(Locale.ROOT, "%010d", 1_000_000 + random.nextInt(1_900_000));
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }
}
