package dev.form4.corpus.variation;

import dev.form4.model.ReportingOwner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The variation corpus is what the accuracy test needs it to be: every variant valid against X0306, the same
 * on every run, its truth the XML it carries, and every kind of filer of issue 9 present many times over.
 */
class VariantGeneratorTest {

    private static List<Variant> variants;

    @BeforeAll
    static void generate() {
        variants = VariationCorpus.variants();
    }

    @Test
    void everyVariantIsValidX0306AndItsTruthIsItsXml() {
        assertEquals(VariationCorpus.SIZE, variants.size());
        for (Variant v : variants) {
            assertEquals(List.of(), VariantSchema.validate(v.xml()), v.name());
            assertTrue(v.xml().contains("<schemaVersion>X0306</schemaVersion>"), v.name());
            ReportingOwner first = v.truth().reportingOwners().get(0);
            assertTrue(v.xml().contains("<rptOwnerName>" + first.name().value().replace("&", "&amp;") + "</rptOwnerName>"), v.name());
        }
    }

    @Test
    void theSameSeedGivesTheSameVariantAndAnotherSeedAnother() {
        Variant v = variants.get(3);
        Variant again = VariantGenerator.generate(VariationCorpus.CORPUS, v.source(), v.name(), v.seed());
        assertEquals(v.xml(), again.xml());
        Variant other = VariantGenerator.generate(VariationCorpus.CORPUS, v.source(), v.name(), v.seed() + 1000);
        assertNotEquals(v.xml(), other.xml());
    }

    @Test
    void everyKindOfFilerOccursManyTimes() {
        for (String feature : List.of("foreign-owner", "zip-plus-4", "par-value-title", "long-nature", "footnote-only-value",
                "remarks", "amendment", "single-owner", "joint-2-3", "joint-4-plus")) {
            long count = variants.stream().filter(v -> v.features().contains(feature)).count();
            assertTrue(count >= 15, feature + " in only " + count + " variants");
        }
        Set<Integer> ownerCounts = variants.stream().map(v -> v.truth().reportingOwners().size()).collect(Collectors.toSet());
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), ownerCounts);
        Set<String> mixes = new TreeSet<>();
        Set<String> foreignCodes = new TreeSet<>();
        for (Variant v : variants) {
            for (ReportingOwner o : v.truth().reportingOwners()) {
                mixes.add(flag(o.isDirector()) + flag(o.isOfficer()) + flag(o.isTenPercentOwner()) + flag(o.isOther()));
                if (AddressBook.isForeign(o.state().value())) {
                    foreignCodes.add(o.state().value());
                }
            }
        }
        mixes.remove("0000");
        assertEquals(15, mixes.size(), "relationship mixes " + mixes);
        assertTrue(foreignCodes.containsAll(Set.of("A0", "A1", "A6", "A8", "X0", "M0", "Y9", "2M", "L2")), "foreign codes " + foreignCodes);
    }

    @Test
    void anAmendmentCarriesTheOriginalsDateAfterThePeriod() {
        Variant amended = variants.stream().filter(v -> v.features().contains("amendment")).findFirst().orElseThrow();
        assertEquals("4/A", amended.truth().documentType());
        assertTrue(amended.truth().dateOfOriginalSubmission().value().isAfter(amended.truth().periodOfReport().value()));
    }

    @Test
    void theSchemaCheckRejectsWhatX0306Rejects() {
        String xml = variants.stream().filter(v -> v.features().contains("amendment")).findFirst().orElseThrow().xml();
        assertFalse(VariantSchema.validate(xml.replaceFirst("<dateOfOriginalSubmission>[^<]*</dateOfOriginalSubmission>", "")).isEmpty(),
                "a 4/A without the original's date");
        String single = variants.get(0).xml();
        assertFalse(VariantSchema.validate(single.replaceFirst("<rptOwnerState>[^<]*</rptOwnerState>", "<rptOwnerState>ZZ</rptOwnerState>")).isEmpty(),
                "a state code EDGAR does not have");
        assertTrue(single.contains("<securityTitle>"));
        assertFalse(VariantSchema.validate(single.replaceFirst("(<securityTitle>\\s*<value>)[^<]*", "$1" + "x".repeat(61))).isEmpty(),
                "a title over 60 characters");
    }

    private static String flag(dev.form4.model.FieldValue<Boolean> box) {
        return Boolean.TRUE.equals(box.value()) ? "1" : "0";
    }
}
