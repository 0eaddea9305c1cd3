package dev.form4.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes evaluation results: a text report for people (totals overall and per group, the fields not read
 * right, the worst documents) or JSON for machines. Totals over several documents are micro-averages: the
 * field counts of all documents added up.
 */
public final class EvalReport {

    private static final int WORST = 10;

    private EvalReport() {
    }

    public static Counts total(List<Score> scores) {
        return scores.stream().map(Score::counts).reduce(Counts.ZERO, Counts::plus);
    }

    public static Map<Group, Counts> totalByGroup(List<Score> scores) {
        Map<Group, Counts> total = new LinkedHashMap<>();
        for (Group g : Group.values()) {
            total.put(g, scores.stream().map(s -> s.countsByGroup().get(g)).reduce(Counts.ZERO, Counts::plus));
        }
        return total;
    }

    /** One document: totals and every field not read right. Several: per document, totals, the worst ones. */
    public static String text(List<Score> scores, boolean details) {
        StringBuilder out = new StringBuilder();
        if (scores.size() == 1) {
            Score only = scores.get(0);
            out.append(only.source()).append('\n');
            totals(out, List.of(only));
            problems(out, only);
            return out.toString();
        }
        for (Score s : scores) {
            out.append(String.format(Locale.ROOT, "%s  F1 %.4f  P %.4f  R %.4f  %d wrong/missed/spurious%n",
                    s.source(), s.counts().f1(), s.counts().precision(), s.counts().recall(), s.problems().size()));
            if (details) {
                problems(out, s);
            }
        }
        out.append(String.format("%nTotal over %d documents%n", scores.size()));
        totals(out, scores);
        List<Score> worst = new ArrayList<>(scores);
        worst.sort(Comparator.comparingDouble((Score s) -> s.counts().f1()).thenComparing(Score::source));
        out.append("\nWorst documents:\n");
        worst.stream().limit(WORST).filter(s -> s.counts().f1() < 1.0).forEach(s -> out.append(String.format(
                Locale.ROOT, "  %.4f  %s%n", s.counts().f1(), s.source())));
        return out.toString();
    }

    private static void totals(StringBuilder out, List<Score> scores) {
        line(out, "overall", total(scores));
        totalByGroup(scores).forEach((g, c) -> line(out, g.label(), c));
    }

    private static void line(StringBuilder out, String label, Counts c) {
        out.append(String.format(Locale.ROOT, "  %-14s P %.4f  R %.4f  F1 %.4f  (%d correct, %d wrong or spurious, %d wrong or missed)%n",
                label, c.precision(), c.recall(), c.f1(), c.truePositives(), c.falsePositives(), c.falseNegatives()));
    }

    private static void problems(StringBuilder out, Score score) {
        for (FieldResult f : score.problems()) {
            out.append(String.format(Locale.ROOT, "    %-8s %-13s %s%n", f.outcome().name().toLowerCase(Locale.ROOT),
                    f.group().label(), f));
        }
    }

    public static String json(List<Score> scores) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("documents", scores.stream().map(EvalReport::document).toList());
        root.put("overall", counts(total(scores)));
        root.put("groups", groups(totalByGroup(scores)));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialize", e);
        }
    }

    private static Map<String, Object> document(Score s) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("source", s.source());
        doc.put("overall", counts(s.counts()));
        doc.put("groups", groups(s.countsByGroup()));
        doc.put("problems", s.problems().stream().map(f -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("group", f.group().label());
            p.put("field", f.field());
            p.put("outcome", f.outcome().name().toLowerCase(Locale.ROOT));
            p.put("expected", f.expected());
            p.put("actual", f.actual());
            return p;
        }).toList());
        return doc;
    }

    private static Map<String, Object> groups(Map<Group, Counts> byGroup) {
        Map<String, Object> groups = new LinkedHashMap<>();
        byGroup.forEach((g, c) -> groups.put(g.label(), counts(c)));
        return groups;
    }

    private static Map<String, Object> counts(Counts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(c.precision()));
        m.put("recall", round(c.recall()));
        m.put("f1", round(c.f1()));
        m.put("correct", c.truePositives());
        m.put("falsePositives", c.falsePositives());
        m.put("falseNegatives", c.falseNegatives());
        return m;
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
