package dev.form4.bench;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs JMH as its own main does (the arguments are JMH's), then prints from that one run what the README
 * quotes: documents/s and MB/s per set and stage, the time of a full extraction as a multiple of lexing only
 * and of the XML read of the same filings, and whether each benchmark had settled (a rise over its measured
 * iterations beyond their own scatter is a JIT still at work).
 */
public final class BenchMain {

    private static final List<String> STAGES = List.of("lex", "lexParse", "extract", "xmlReference");

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
        Map<String, Map<String, BenchmarkResult>> bySet = new LinkedHashMap<>();
        for (RunResult run : results) {
            BenchmarkParams params = run.getParams();
            String stage = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            String set = params.getParam("set");
            for (BenchmarkResult result : run.getBenchmarkResults()) {
                bySet.computeIfAbsent(set, s -> new TreeMap<>()).put(stage, result);
            }
        }
        System.out.println();
        System.out.println("Documents/s (one thread; MB = 10^6 characters of text, bytes for the XML), from this run:");
        System.out.println();
        System.out.println("| Set | lex | lex+parse | extract | XML read | extract MB/s | extract / lex (time) | extract / XML read (time) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (var entry : bySet.entrySet()) {
            String set = entry.getKey();
            Map<String, BenchmarkResult> stages = entry.getValue();
            // level2 renders the same filings as level0: the same XML is its reference
            BenchmarkResult xml = stages.containsKey("xmlReference") ? stages.get("xmlReference")
                    : set.equals("level2") && bySet.containsKey("level0") ? bySet.get("level0").get("xmlReference") : null;
            double lex = score(stages.get("lex"));
            double extract = score(stages.get("extract"));
            double xmlScore = score(xml);
            double chars = Double.isNaN(extract) ? Double.NaN : Documents.of(set).averageChars();
            System.out.printf("| %s | %s | %s | %s | %s | %s | %s | %s |%n", set, count(lex),
                    count(score(stages.get("lexParse"))), count(extract), count(xmlScore),
                    Double.isNaN(extract) ? "" : String.format("%.2f", extract * chars / 1e6),
                    ratio(lex, extract), ratio(xmlScore, extract));
        }
        System.out.println();
        System.out.println("Settling: each benchmark's measured iterations (ops/s); trend = the least-squares rise"
                + " over them as a share of their mean, spread = their coefficient of variation:");
        List<String> climbing = new ArrayList<>();
        for (var entry : bySet.entrySet()) {
            for (String stage : STAGES) {
                BenchmarkResult result = entry.getValue().get(stage);
                if (result == null) {
                    continue;
                }
                List<Double> iterations = new ArrayList<>();
                for (IterationResult it : result.getIterationResults()) {
                    iterations.add(it.getPrimaryResult().getScore());
                }
                double[] trend = trend(iterations);
                String name = stage + " " + entry.getKey();
                // A climb that the iterations' own scatter does not explain: the JIT still at work.
                if (trend[0] > 0.05 && trend[0] > 2 * trend[1]) {
                    climbing.add(name);
                }
                System.out.printf("  %-24s %s  trend %+.0f%%, spread %.0f%%%n", name, iterations.stream()
                        .map(BenchMain::count).toList(), trend[0] * 100, trend[1] * 100);
            }
        }
        System.out.println(climbing.isEmpty() ? "  none still climbing beyond its own scatter"
                : "  still climbing: " + climbing + "; give more warm-up (-wi)");
    }

    /** {rise over the iterations / mean, standard deviation / mean}. */
    private static double[] trend(List<Double> values) {
        int n = values.size();
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double dx = i - (n - 1) / 2.0;
            sxy += dx * (values.get(i) - mean);
            sxx += dx * dx;
            ss += (values.get(i) - mean) * (values.get(i) - mean);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        return new double[] {mean == 0 ? 0 : slope * (n - 1) / mean, mean == 0 || n < 2 ? 0 : Math.sqrt(ss / (n - 1)) / mean};
    }

    private static double score(BenchmarkResult result) {
        return result == null ? Double.NaN : result.getPrimaryResult().getScore();
    }

    private static String count(double opsPerSecond) {
        return Double.isNaN(opsPerSecond) ? "" : String.format("%,.0f", opsPerSecond);
    }

    /** How many times longer an extraction takes than the other stage: its ops/s over extraction's. */
    private static String ratio(double other, double extract) {
        return Double.isNaN(other) || Double.isNaN(extract) ? "" : String.format("%.2fx", other / extract);
    }
}
