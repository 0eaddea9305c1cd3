package dev.form4.corpus;

import dev.form4.eval.Counts;
import dev.form4.eval.EvalReport;
import dev.form4.eval.Group;
import dev.form4.eval.Score;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * testdata/converters/ACCURACY.md: per converter the totals and per-group F1, the real SEC pages beside our
 * pages of the same filings, the commonest failures and the worst documents. Also the per-document lines that
 * {@code -Dform4.converters.details=true} prints.
 */
final class ConverterReport {

    private static final int WORST = 10;
    private static final int PATTERNS = 12;

    private ConverterReport() {
    }

    static String markdown(Map<String, ConverterAccuracy.VariantResult> results, String regenerate) {
        StringBuilder out = new StringBuilder("# Extraction accuracy on real converters' outputs\n\n");
        out.append("Each filing of `SELECTION.tsv`, as the SEC's HTML page (`SecHtmlRenderer`), printed to PDF by headless\n")
                .append("Chromium and read back by a real tool (see `README.md` for commands and versions), extracted with\n")
                .append("`Form4Extractor.extract(Path)` and scored field by field against the filing's XML (`FormScorer`;\n")
                .append("micro-averaged). A refused document (Form4Exception) scores as nothing read. Rows `*.sec`: the same\n")
                .append("tools on the three real SEC pages of `testdata/corpus/edgar-html`.\n")
                .append("Regenerate: `").append(regenerate).append("`\n\n");
        out.append(header("converter"));
        results.values().forEach(r -> out.append(row(r.variant(), r, r.scores())));
        out.append("\n## The real SEC pages beside ours (the same three filings)\n\n");
        out.append(header("converter, page"));
        for (ConverterAccuracy.VariantResult real : results.values()) {
            if (!real.variant().endsWith(".sec")) {
                continue;
            }
            String converter = real.variant().substring(0, real.variant().length() - ".sec".length());
            Set<String> filings = real.scores().stream().map(s -> s.source().replace(".sec.", ".")).collect(Collectors.toSet());
            ConverterAccuracy.VariantResult ours = results.get(converter);
            if (ours != null) {
                out.append(row(converter + ", our page", ours, ours.scores().stream().filter(s -> filings.contains(s.source())).toList()));
            }
            out.append(row(converter + ", SEC page", real, real.scores()));
        }
        for (ConverterAccuracy.VariantResult r : results.values()) {
            out.append("\n## ").append(r.variant()).append("\n\nCommonest failures (field with row indexes removed, outcome, count):\n\n");
            AccuracyReport.patterns(r.scores()).entrySet().stream().limit(PATTERNS)
                    .forEach(e -> out.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
            out.append("\nWorst documents:\n\n");
            worstFirst(r.scores()).stream().filter(s -> s.counts().f1() < 1.0).limit(WORST).forEach(s ->
                    out.append(String.format(Locale.ROOT, "- %.4f `%s`%n", s.counts().f1(), s.source())));
            if (!r.refusals().isEmpty()) {
                out.append("\nRefused: ").append(r.refusals().size()).append(" (first 3)\n\n");
                r.refusals().stream().limit(3).forEach(m -> out.append("- ").append(m).append('\n'));
            }
            r.crashes().forEach(m -> out.append("- crashed: ").append(m).append('\n'));
            r.hangs().forEach(m -> out.append("- hung: ").append(m).append('\n'));
        }
        return out.toString();
    }

    /** One line per document, worst first: where to look to raise a converter's score. */
    static String perDocument(Map<String, ConverterAccuracy.VariantResult> results) {
        StringBuilder out = new StringBuilder();
        results.values().forEach(r -> worstFirst(r.scores()).forEach(s -> out.append(String.format(Locale.ROOT,
                "%-10s F1 %.4f  P %.4f  R %.4f  %s%n", r.variant(), s.counts().f1(), s.counts().precision(),
                s.counts().recall(), s.source()))));
        return out.toString();
    }

    /** {@code converter=F1} lines (F1 rounded down: the form of floors.properties), then per-group F1. */
    static String summary(Map<String, ConverterAccuracy.VariantResult> results) {
        StringBuilder out = new StringBuilder();
        results.values().forEach(r -> {
            // Rounded down, so that the line can serve as its floor.
            out.append(String.format(Locale.ROOT, "%s=%.4f  (%d documents, %d refused", r.variant(),
                    Math.floor(EvalReport.total(r.scores()).f1() * 10_000) / 10_000, r.scores().size(), r.refusals().size()));
            EvalReport.totalByGroup(r.scores()).forEach((g, c) -> out.append(String.format(Locale.ROOT, "; %s %.4f", g.label(), c.f1())));
            out.append(")\n");
        });
        return out.toString();
    }

    private static List<Score> worstFirst(List<Score> scores) {
        return scores.stream().sorted(Comparator.comparingDouble((Score s) -> s.counts().f1()).thenComparing(Score::source)).toList();
    }

    private static String header(String first) {
        StringBuilder h = new StringBuilder("| " + first + " | documents | refused | crashed | hung | precision | recall | F1 |");
        for (Group g : Group.values()) {
            h.append(' ').append(g.label()).append(" F1 |");
        }
        return h.append("\n|---|---|---|---|---|---|---|---|").append("---|".repeat(Group.values().length)).append('\n').toString();
    }

    private static String row(String label, ConverterAccuracy.VariantResult r, List<Score> scores) {
        Counts c = EvalReport.total(scores);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.4f | %.4f | %.4f |",
                label, scores.size(), count(r.refusals(), scores), count(r.crashes(), scores), count(r.hangs(), scores),
                c.precision(), c.recall(), c.f1()));
        EvalReport.totalByGroup(scores).forEach((g, gc) -> line.append(String.format(Locale.ROOT, " %.4f |", gc.f1())));
        return line.append('\n').toString();
    }

    /** How many of the listed problems ("SOURCE: message") concern the given documents. */
    private static long count(List<String> problems, List<Score> scores) {
        return problems.stream().filter(p -> scores.stream().anyMatch(s -> p.startsWith(s.source() + ": "))).count();
    }
}
