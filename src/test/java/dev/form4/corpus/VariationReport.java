package dev.form4.corpus;

import dev.form4.eval.Counts;
import dev.form4.eval.EvalReport;
import dev.form4.eval.FieldResult;
import dev.form4.eval.Group;
import dev.form4.eval.Score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * testdata/VARIATION-ACCURACY.md: the corpus report's totals and level sections ({@link AccuracyReport}),
 * then what a developer needs to find the rule that fails: the F1 by feature and by layout choice, and per
 * group the commonest failures each with one real example (document, expected, got).
 */
final class VariationReport {

    private static final int PATTERNS_PER_GROUP = 8;
    private static final List<Integer> BREAKDOWN_LEVELS = List.of(0, 2);

    private VariationReport() {
    }

    /** {@code isolation} is the section {@link #isolation} writes, or empty. */
    static String markdown(List<CorpusAccuracy.LevelResult> levels, Map<String, Set<String>> tags, String isolation,
                           String regenerate) {
        StringBuilder out = new StringBuilder("# Extraction accuracy over the variation corpus\n\n");
        out.append("Variants of corpus filings (`src/test/java/dev/form4/corpus/variation`: foreign and US owners with\n")
                .append("EDGAR's state and country codes, 1 to 10 owners with every relationship mix, par-value titles, long\n")
                .append("natures, footnote-only values, remarks, 4/A; each valid against X0306 and its own truth), rendered\n")
                .append("with their boxes laid out in one of the ways converters write them (`BoxLayout`, chosen per\n")
                .append("document), damaged at levels 0 to 3 (`DamageModel`), extracted and scored field by field\n")
                .append("(`dev.form4.eval.FormScorer`; micro-averaged). Document names are `vINDEX-TICKER__FILING@LEVEL`.\n")
                .append("Regenerate: `").append(regenerate).append("`\n\n");
        out.append(AccuracyReport.totals(levels));
        out.append(isolation);
        for (int level : BREAKDOWN_LEVELS) {
            if (level < levels.size()) {
                out.append(breakdown(levels.get(level), tags));
            }
        }
        for (CorpusAccuracy.LevelResult level : levels) {
            out.append(AccuracyReport.levelSection(level));
            out.append(failuresByGroup(level.scores()));
        }
        return out.toString();
    }

    /** The level-0 F1 of each half of the variation alone, per group. */
    static String isolation(CorpusAccuracy.LevelResult filerOnly, CorpusAccuracy.LevelResult layoutOnly) {
        StringBuilder out = new StringBuilder("\n## Level 0: the filer's variation and the converter's apart\n\n");
        out.append("`filer`: the variants with the seed's box layout; `converter`: the corpus filings the variants come from,\n")
                .append("with the variants' box layouts. Both undamaged.\n\n");
        out.append("| variation | documents | F1 |");
        for (Group g : Group.values()) {
            out.append(' ').append(g.label()).append(" F1 |");
        }
        out.append("\n|---|---|---|").append("---|".repeat(Group.values().length)).append('\n');
        for (var row : List.of(Map.entry("filer", filerOnly), Map.entry("converter", layoutOnly))) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %.4f |", row.getKey(), row.getValue().scores().size(),
                    EvalReport.total(row.getValue().scores()).f1()));
            EvalReport.totalByGroup(row.getValue().scores()).forEach((g, c) -> out.append(String.format(Locale.ROOT, " %.4f |", c.f1())));
            out.append('\n');
        }
        return out.toString();
    }

    /** F1 overall, of the owners and of the header for the documents with each feature or layout choice. */
    static String breakdown(CorpusAccuracy.LevelResult level, Map<String, Set<String>> tags) {
        Map<String, List<Score>> byTag = new LinkedHashMap<>();
        Set<String> all = new TreeSet<>();
        tags.values().forEach(all::addAll);
        all.forEach(t -> byTag.put(t, new ArrayList<>()));
        for (Score score : level.scores()) {
            String name = score.source().replaceFirst("@\\d+$", "");
            tags.getOrDefault(name, Set.of()).forEach(t -> byTag.get(t).add(score));
        }
        StringBuilder out = new StringBuilder("\n## Level " + level.level() + " by feature and layout\n\n");
        out.append("| feature or layout choice | documents | F1 | owners F1 | header F1 | table1 F1 | table2 F1 |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        byTag.forEach((tag, scores) -> {
            if (scores.isEmpty()) {
                return;
            }
            Map<Group, Counts> groups = EvalReport.totalByGroup(scores);
            out.append(String.format(Locale.ROOT, "| %s | %d | %.4f | %.4f | %.4f | %.4f | %.4f |%n", tag, scores.size(),
                    EvalReport.total(scores).f1(), groups.get(Group.OWNERS).f1(), groups.get(Group.HEADER).f1(),
                    groups.get(Group.TABLE1).f1(), groups.get(Group.TABLE2).f1()));
        });
        return out.toString();
    }

    /** Per group, its commonest failure patterns with the first document that shows each. */
    static String failuresByGroup(List<Score> scores) {
        StringBuilder out = new StringBuilder("\nCommonest failures per group, with an example:\n\n");
        for (Group group : Group.values()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            Map<String, String> examples = new LinkedHashMap<>();
            for (Score score : scores) {
                for (FieldResult problem : score.problems()) {
                    if (problem.group() == group) {
                        String pattern = AccuracyReport.pattern(problem);
                        counts.merge(pattern, 1L, Long::sum);
                        examples.putIfAbsent(pattern, "`" + score.source() + "` " + problem.toString().replace("\n", " "));
                    }
                }
            }
            if (counts.isEmpty()) {
                continue;
            }
            out.append("- **").append(group.label()).append("**\n");
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(PATTERNS_PER_GROUP)
                    .forEach(e -> out.append("  - ").append(e.getKey()).append(": ").append(e.getValue())
                            .append("; e.g. ").append(examples.get(e.getKey())).append('\n'));
        }
        return out.toString();
    }
}
