package dev.form4.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The stages of the JMH benchmarks timed in this thread's CPU time instead of wall time, and interleaved: round
 * after round, every set and stage runs for a slice, so a change of the machine's load during the run falls on
 * all of them alike. On a machine shared with other builds this gives the ratios (extraction against lexing and
 * against the XML read) that JMH's wall-time figures scatter. Prints the median CPU time per document.
 * Arguments: warm-up rounds, measured rounds, milliseconds of CPU per slice.
 *
 * <pre>mvn -Pbench -DskipTests test-compile exec:exec -Dbench.main=dev.form4.bench.CpuRatios -Dbench.args='6 8 300'</pre>
 */
public final class CpuRatios {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private CpuRatios() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long slice = (args.length > 2 ? Long.parseLong(args[2]) : 300) * 1_000_000L;
        Map<String, Supplier<Object>> stages = new LinkedHashMap<>();
        for (String set : List.of("seed", "level0", "level2", "pandoc", "pdftotext")) {
            ExtractionBenchmark b = new ExtractionBenchmark();
            b.set = set;
            b.load();
            stages.put(set + " lex", b::lex);
            stages.put(set + " lexParse", b::lexParse);
            stages.put(set + " extract", b::extract);
            if (!set.equals("level2")) { // level2's filings are level0's: the same XML
                XmlReferenceBenchmark x = new XmlReferenceBenchmark();
                x.set = set;
                x.load();
                stages.put(set + " xmlReference", x::xmlReference);
            }
        }
        Map<String, List<Double>> micros = new LinkedHashMap<>();
        stages.keySet().forEach(k -> micros.put(k, new ArrayList<>()));
        for (int round = 0; round < warmup + rounds; round++) {
            for (var stage : stages.entrySet()) {
                long start = CPU.getCurrentThreadCpuTime();
                long ops = 0;
                Object sink = null;
                while (CPU.getCurrentThreadCpuTime() - start < slice) {
                    sink = stage.getValue().get();
                    ops++;
                }
                if (sink == null) {
                    throw new IllegalStateException(stage.getKey());
                }
                if (round >= warmup) {
                    micros.get(stage.getKey()).add((CPU.getCurrentThreadCpuTime() - start) / 1e3 / ops);
                }
            }
            System.out.printf("round %d of %d done%n", round + 1, warmup + rounds);
        }
        System.out.println();
        System.out.println("| Set | lex µs | lex+parse µs | extract µs | XML read µs | extract / lex | extract / XML read |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (String set : List.of("seed", "level0", "level2", "pandoc", "pdftotext")) {
            double lex = median(micros.get(set + " lex"));
            double extract = median(micros.get(set + " extract"));
            String xmlSet = set.equals("level2") ? "level0" : set;
            double xml = median(micros.get(xmlSet + " xmlReference"));
            System.out.printf("| %s | %.0f | %.0f | %.0f | %.0f | %.2fx | %.2fx |%n", set, lex,
                    median(micros.get(set + " lexParse")), extract, xml, extract / lex, extract / xml);
        }
        System.out.println("(median over the measured rounds of the CPU time per document, in microseconds)");
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
