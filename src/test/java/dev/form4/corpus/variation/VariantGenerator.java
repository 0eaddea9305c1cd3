package dev.form4.corpus.variation;

import dev.form4.edgar.EdgarXmlReader;
import dev.form4.model.Form4;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes a variant of a corpus filing: brings it to schema X0306 (the corpus has X0303 to X0508; X0306 has no
 * Rule 10b5-1 box, so aff10b5One goes), then applies each variation with its probability, all decided by one
 * seeded random source. The result is checked against the schema: a variant that is not valid is a bug here,
 * never a test input.
 */
public final class VariantGenerator {

    /** A variation and how often it strikes. */
    private record Chance(FilingVariation variation, double probability) {
    }

    private static final List<Chance> VARIATIONS = List.of(
            new Chance(new ReportingOwnersVariation(), 0.9),
            new Chance(new SecurityTitleVariation(), 0.6),
            new Chance(new OwnershipNatureVariation(), 0.35),
            new Chance(new FootnoteOnlyVariation(), 0.4),
            new Chance(new RemarksVariation(), 0.35),
            new Chance(new AmendmentVariation(), 0.2));

    private VariantGenerator() {
    }

    /** {@code source} is the path under {@code corpus}, e.g. {@code GOOG/form4.xml}. */
    public static Variant generate(Path corpus, String source, String name, long seed) {
        OwnershipDom doc = OwnershipDom.parse(corpus.resolve(source));
        toX0306(doc);
        Random random = new Random(Seeds.scramble(seed));
        Set<String> features = new LinkedHashSet<>();
        for (Chance chance : VARIATIONS) {
            if (random.nextDouble() < chance.probability() && chance.variation().apply(doc, random)) {
                features.add(chance.variation().feature());
            }
        }
        String xml = doc.serialize();
        List<String> problems = VariantSchema.validate(xml);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(name + " (from " + source + ", seed " + seed + ") is not valid X0306: " + problems);
        }
        Form4 truth = EdgarXmlReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), name);
        features.addAll(shapeFeatures(truth));
        return new Variant(name, source, seed, xml, truth, features);
    }

    private static void toX0306(OwnershipDom doc) {
        OwnershipDom.child(doc.root(), "schemaVersion").setTextContent("X0306");
        Element rule = OwnershipDom.child(doc.root(), "aff10b5One");
        if (rule != null) {
            OwnershipDom.remove(rule);
        }
    }

    /** What the truth has, whichever variation gave it: for the report's breakdown and the examples. */
    static Set<String> shapeFeatures(Form4 truth) {
        Set<String> f = new LinkedHashSet<>();
        int owners = truth.reportingOwners().size();
        f.add(owners == 1 ? "single-owner" : owners < 4 ? "joint-2-3" : "joint-4-plus");
        if (truth.reportingOwners().stream().anyMatch(o -> o.state().isPresent() && AddressBook.isForeign(o.state().value()))) {
            f.add("foreign-owner");
        }
        if (truth.reportingOwners().stream().anyMatch(o -> o.zipCode().isPresent() && o.zipCode().value().matches("\\d{5}-\\d{4}"))) {
            f.add("zip-plus-4");
        }
        return f;
    }
}
