package dev.form4.corpus;

import dev.form4.eval.Counts;
import dev.form4.eval.EvalReport;
import dev.form4.eval.FieldResult;
import dev.form4.eval.Group;
import dev.form4.eval.Score;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** testdata/ACCURACY.md: per level the totals, per group, the commonest failures and the worst documents. */
final class AccuracyReport {

    private static final int WORST = 10;
    private static final int PATTERNS = 15;

    private AccuracyReport() {
    }

    static String markdown(List<CorpusAccuracy.LevelResult> levels, String regenerate) {
        StringBuilder out = new StringBuilder("# Extraction accuracy over the corpus\n\n"
                + "Every filing of `testdata/corpus/edgar-xml` rendered as Marker would write it from the printed form\n"
                + "(`src/test/java/dev/form4/corpus/MarkdownRenderer`), damaged at levels 0 (clean), 1 (light),\n"
                + "2 (like the seed) and 3 (heavy) with fixed seeds (`DamageModel`), extracted, and scored field by\n"
                + "field against the filing's XML (`dev.form4.eval.FormScorer`; micro-averaged over documents).\n"
                + "Regenerate: `" + regenerate + "`\n\n");
        out.append(totals(levels));
        for (CorpusAccuracy.LevelResult level : levels) {
            out.append(levelSection(level));
        }
        return out.toString();
    }

    /** The table of totals: a row per level, with the F1 of every group. */
    static String totals(List<CorpusAccuracy.LevelResult> levels) {
        StringBuilder out = new StringBuilder();
        out.append("| level | documents | refused | crashed | hung | precision | recall | F1 |");
        for (Group g : Group.values()) {
            out.append(' ').append(g.label()).append(" F1 |");
        }
        out.append("\n|---|---|---|---|---|---|---|---|").append("---|".repeat(Group.values().length)).append('\n');
        for (CorpusAccuracy.LevelResult level : levels) {
            Counts c = EvalReport.total(level.scores());
            out.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %d | %.4f | %.4f | %.4f |", level.level(),
                    level.scores().size(), level.refusals().size(), level.crashes().size(), level.hangs().size(),
                    c.precision(), c.recall(), c.f1()));
            EvalReport.totalByGroup(level.scores()).forEach((g, gc) -> out.append(String.format(Locale.ROOT, " %.4f |", gc.f1())));
            out.append('\n');
        }
        return out.toString();
    }

    /** A level's commonest failures, worst documents, refusals, crashes and hangs. */
    static String levelSection(CorpusAccuracy.LevelResult level) {
        StringBuilder out = new StringBuilder();
        out.append("\n## Level ").append(level.level()).append("\n\n");
        out.append("Commonest failures (field with row indexes removed, outcome, count):\n\n");
        patterns(level.scores()).entrySet().stream().limit(PATTERNS).forEach(e ->
                out.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        out.append("\nWorst documents:\n\n");
        level.scores().stream().filter(s -> s.counts().f1() < 1.0)
                .sorted(Comparator.comparingDouble((Score s) -> s.counts().f1()).thenComparing(Score::source))
                .limit(WORST).forEach(s -> {
                    out.append(String.format(Locale.ROOT, "- %.4f `%s`", s.counts().f1(), s.source()));
                    s.problems().stream().limit(2).forEach(p -> out.append("; ").append(p.toString().replace("\n", " ")));
                    out.append('\n');
                });
        if (!level.refusals().isEmpty()) {
            out.append("\nRefused (first 5):\n\n");
            level.refusals().stream().limit(5).forEach(r -> out.append("- ").append(r).append('\n'));
        }
        if (!level.crashes().isEmpty() || !level.hangs().isEmpty()) {
            out.append("\nCrashed (an exception other than Form4Exception) or hung:\n\n");
            level.crashes().forEach(r -> out.append("- ").append(r).append('\n'));
            level.hangs().forEach(r -> out.append("- ").append(r).append('\n'));
        }
        return out.toString();
    }

    /** Problems grouped by field path without row indexes and outcome, commonest first. */
    static Map<String, Long> patterns(List<Score> scores) {
        Map<String, Long> counts = scores.stream().flatMap(s -> s.problems().stream())
                .collect(Collectors.groupingBy(AccuracyReport::pattern, Collectors.counting()));
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    static String pattern(FieldResult f) {
        return f.field().replaceAll("\\[\\d+]", "[]").replaceAll("\\[F\\d+]", "[F]") + " " + f.outcome().name().toLowerCase(Locale.ROOT);
    }
}
