package dev.form4.corpus;

import dev.form4.corpus.variation.Seeds;
import dev.form4.corpus.variation.Variant;
import dev.form4.corpus.variation.VariationCorpus;
import dev.form4.edgar.EdgarXmlReader;
import dev.form4.model.Form4;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Renders every variant of the variation corpus at every damage level, its boxes laid out as its layout seed
 * decides ({@link VariedMarkdownRenderer}), for {@link CorpusAccuracy#measure}. Both seeds derive from the
 * variant's own seed, so a variant, its layout and its damage are the same on every run and machine.
 */
final class VariationAccuracy {

    private VariationAccuracy() {
    }

    static long layoutSeed(Variant variant) {
        return Seeds.scramble(variant.seed() * 8 + 7);
    }

    static long damageSeed(Variant variant, int level) {
        return Seeds.scramble(variant.seed() * 8 + level);
    }

    static String render(Variant variant, int level) {
        return VariedMarkdownRenderer.render(variant.truth(), layoutSeed(variant), level, damageSeed(variant, level));
    }

    /** Every variant at every level, in variant order (rendering is a pure function, so it runs in parallel). */
    static List<CorpusAccuracy.Rendering> renderAll(List<Variant> variants) {
        return variants.parallelStream().flatMap(variant -> IntStream.rangeClosed(0, DamageModel.MAX_LEVEL).mapToObj(level ->
                new CorpusAccuracy.Rendering(variant.name(), level, variant.truth(), render(variant, level)))).toList();
    }

    /**
     * {@link CorpusAccuracy#measure} on {@code threads} contiguous parts of the renderings at once, each with its
     * own extractor and time limit, the results joined in rendering order: the same results as one
     * measurement, in half the time on the two cores CI has.
     */
    static List<CorpusAccuracy.LevelResult> measure(List<CorpusAccuracy.Rendering> renderings, int threads) {
        int part = (renderings.size() + threads - 1) / threads;
        List<List<CorpusAccuracy.Rendering>> parts = new ArrayList<>();
        for (int from = 0; from < renderings.size(); from += part) {
            parts.add(renderings.subList(from, Math.min(renderings.size(), from + part)));
        }
        List<List<CorpusAccuracy.LevelResult>> results = parts.parallelStream().map(CorpusAccuracy::measure).toList();
        List<CorpusAccuracy.LevelResult> joined = new ArrayList<>();
        for (int level = 0; level <= DamageModel.MAX_LEVEL; level++) {
            CorpusAccuracy.LevelResult all = new CorpusAccuracy.LevelResult(level, new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>());
            for (List<CorpusAccuracy.LevelResult> result : results) {
                CorpusAccuracy.LevelResult r = result.get(level);
                all.scores().addAll(r.scores());
                all.refusals().addAll(r.refusals());
                all.crashes().addAll(r.crashes());
                all.hangs().addAll(r.hangs());
            }
            joined.add(all);
        }
        return joined;
    }

    /**
     * Two halves of the variation at level 0, to tell which half a failure comes from: the variants with the
     * seed's box layout (what the filer varied), and the corpus filings these variants were made from with the
     * variants' layouts (what the converter varied).
     */
    static List<CorpusAccuracy.Rendering> isolated(List<Variant> variants, boolean variedFiler) {
        return variants.parallelStream().map(v -> {
            if (variedFiler) {
                return new CorpusAccuracy.Rendering(v.name() + "/seed-layout", 0, v.truth(),
                        VariedMarkdownRenderer.document(v.truth(), BoxLayout.SEED).toMarkdown());
            }
            Form4 filing = EdgarXmlReader.read(VariationCorpus.CORPUS.resolve(v.source()));
            return new CorpusAccuracy.Rendering(v.name() + "/corpus-filing", 0, filing,
                    VariedMarkdownRenderer.document(filing, VariedMarkdownRenderer.layout(layoutSeed(v))).toMarkdown());
        }).toList();
    }

    /**
     * What each variant has, by name: its features ({@code foreign-owner}, {@code joint-4-plus} ...) and its
     * layout's choices ({@code streets=ONE_LINE} ...), for the report's breakdown.
     */
    static Map<String, Set<String>> tags(List<Variant> variants) {
        Map<String, Set<String>> tags = new LinkedHashMap<>();
        for (Variant variant : variants) {
            Set<String> t = new LinkedHashSet<>(variant.features());
            BoxLayout layout = VariedMarkdownRenderer.layout(layoutSeed(variant));
            t.add("name=" + layout.name());
            t.add("streets=" + layout.streets());
            t.add("captions=" + layout.captions());
            t.add("place=" + layout.place());
            t.add("relationship=" + layout.relationship());
            t.add("officerTitle=" + layout.officerTitle());
            t.add("issuerBoxes=" + layout.issuerBoxes());
            t.add("columns=" + layout.columns());
            t.add("filingLines=" + layout.filingLines());
            t.add("headerTable=" + layout.headerTable());
            if (variant.truth().reportingOwners().size() > 1) {
                t.add("furtherOwners=" + layout.furtherOwners());
            }
            tags.put(variant.name(), t);
        }
        return tags;
    }
}
