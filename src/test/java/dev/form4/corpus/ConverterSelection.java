package dev.form4.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which corpus filings go through the real converters (testdata/converters/SELECTION.tsv), chosen the same way
 * on every run: every joint filing and every filing with a real SEC page, all filings of issuers with at most
 * {@value #SMALL_ISSUER}, then from each other issuer a quota in proportion to its size (at least
 * {@value #MIN_QUOTA}), picked round-robin over the issuers, each pick the filing whose shapes are the least
 * covered so far (ties: file name order).
 */
final class ConverterSelection {

    static final Path FILE = Path.of("testdata/converters/SELECTION.tsv");
    static final int TARGET = 110;
    static final int SMALL_ISSUER = 3;
    static final int MIN_QUOTA = 3;

    /** The corpus filings whose SEC page is in testdata/corpus/edgar-html, by the page's name there. */
    static final Map<String, String> REAL_PAGES = Map.of(
            "GOOG/form4.xml", "GOOG_000112760215028697",
            "GOOG/doc4_2.xml", "GOOG_000120919122024552",
            "SCWO/data_ownership_374WaterForm4.xml", "SCWO_374Water");

    /** One selected filing and why. */
    record Selected(FilingShape shape, String reason) {
    }

    private ConverterSelection() {
    }

    static List<Selected> select(Path corpus) throws IOException {
        List<FilingShape> all;
        try (Stream<Path> walk = Files.walk(corpus)) {
            all = walk.filter(p -> p.toString().endsWith(".xml")).sorted()
                    .map(p -> FilingShape.of(corpus, corpus.relativize(p).toString().replace('\\', '/'))).toList();
        }
        Map<String, List<FilingShape>> byIssuer = all.stream()
                .collect(Collectors.groupingBy(FilingShape::ticker, TreeMap::new, Collectors.toList()));
        Map<String, Selected> chosen = new LinkedHashMap<>();
        Map<String, Integer> covered = new HashMap<>();
        for (FilingShape f : all) {
            String reason = f.owners() > 1 ? "every joint filing"
                    : REAL_PAGES.containsKey(f.file()) ? "has the real SEC page"
                    : byIssuer.get(f.ticker()).size() <= SMALL_ISSUER ? "every filing of a small issuer" : null;
            if (reason != null) {
                choose(chosen, covered, f, reason);
            }
        }
        Map<String, Integer> quota = quotas(byIssuer, chosen);
        boolean picked = true;
        while (picked) {
            picked = false;
            for (Map.Entry<String, List<FilingShape>> issuer : byIssuer.entrySet()) {
                long have = chosen.values().stream().filter(s -> s.shape().ticker().equals(issuer.getKey())).count();
                if (have >= quota.getOrDefault(issuer.getKey(), 0)) {
                    continue;
                }
                issuer.getValue().stream().filter(f -> !chosen.containsKey(f.file()))
                        .max(Comparator.comparingDouble((FilingShape f) -> novelty(f, covered))
                                .thenComparing(FilingShape::file, Comparator.reverseOrder()))
                        .ifPresent(f -> choose(chosen, covered, f, "spread over shapes"));
                picked = true;
            }
        }
        return chosen.values().stream().sorted(Comparator.comparing(s -> s.shape().file())).toList();
    }

    /** Issuers not taken whole share what the target leaves, in proportion to their size. */
    private static Map<String, Integer> quotas(Map<String, List<FilingShape>> byIssuer, Map<String, Selected> chosen) {
        Map<String, Integer> quota = new HashMap<>();
        List<String> sampled = byIssuer.keySet().stream()
                .filter(t -> byIssuer.get(t).stream().anyMatch(f -> !chosen.containsKey(f.file()))).toList();
        int left = TARGET - chosen.size();
        int size = sampled.stream().mapToInt(t -> byIssuer.get(t).size()).sum();
        for (String t : sampled) {
            int already = (int) chosen.values().stream().filter(s -> s.shape().ticker().equals(t)).count();
            int share = Math.max(MIN_QUOTA, Math.round((float) left * byIssuer.get(t).size() / size));
            quota.put(t, Math.min(byIssuer.get(t).size(), already + share));
        }
        return quota;
    }

    private static double novelty(FilingShape f, Map<String, Integer> covered) {
        return f.features().stream().mapToDouble(feature -> 1.0 / (1 + covered.getOrDefault(feature, 0))).sum();
    }

    private static void choose(Map<String, Selected> chosen, Map<String, Integer> covered, FilingShape f, String reason) {
        chosen.put(f.file(), new Selected(f, reason));
        f.features().forEach(feature -> covered.merge(feature, 1, Integer::sum));
    }

    static String tsv(List<Selected> selection) {
        StringBuilder out = new StringBuilder("file\treason\towners\ttable1 transactions\ttable1 holdings\t"
                + "table2 transactions\ttable2 holdings\tremarks\tlongest footnote (chars)\tshapes\n");
        for (Selected s : selection) {
            FilingShape f = s.shape();
            out.append(String.join("\t", f.file(), s.reason(), String.valueOf(f.owners()),
                    String.valueOf(f.table1Transactions()), String.valueOf(f.table1Holdings()),
                    String.valueOf(f.table2Transactions()), String.valueOf(f.table2Holdings()),
                    f.remarks() ? "yes" : "no", String.valueOf(f.longestFootnote()), String.join(",", f.features())))
                    .append('\n');
        }
        return out.toString();
    }

    /** The files listed in SELECTION.tsv, in its order. */
    static List<String> read(Path tsv) throws IOException {
        List<String> files = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            if (!line.startsWith("file\t") && !line.isBlank()) {
                files.add(line.substring(0, line.indexOf('\t')));
            }
        }
        return files;
    }

}
