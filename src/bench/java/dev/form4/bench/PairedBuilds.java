package dev.form4.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Full extraction by two or more builds of the library in one JVM, each in a class loader of its own, interleaved
 * document set by document set and round by round (who goes first rotates), timed in this thread's CPU time and
 * allocation. On a machine shared with other work a change's effect is a few percent inside a load that moves the
 * same stage by tens of percent between runs; paired rounds of the same documents put both builds under the same
 * load, so the median of the rounds' ratios shows it.
 *
 * <p>A build is a directory holding {@code classes/} (a copy of {@code target/classes} at some commit); the
 * dependencies are the jars of this JVM's class path. The documents are this build's {@link Documents}.
 * Arguments: warm-up rounds, measured rounds, then the build directories (the first is the reference).
 *
 * <pre>mvn -Pbench -DskipTests test-compile exec:exec -Dbench.main=dev.form4.bench.PairedBuilds -Dbench.args='3 5 /tmp/before /tmp/after'</pre>
 */
public final class PairedBuilds {

    private static final com.sun.management.ThreadMXBean CPU =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final List<String> SETS = List.of("seed", "level0", "level2", "pandoc", "pdftotext");
    /** Documents per slice: every filing of a set once (the seed 60 times). */
    private static final int SEED_REPEATS = 60;

    private PairedBuilds() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<String> builds = Arrays.asList(args).subList(2, args.length);
        List<Object> extractors = new ArrayList<>();
        List<Method> extract = new ArrayList<>();
        for (String build : builds) {
            ClassLoader loader = loader(Path.of(build));
            Class<?> type = Class.forName("dev.form4.Form4Extractor", true, loader);
            extractors.add(type.getConstructor().newInstance());
            extract.add(type.getMethod("extract", String.class, String.class));
        }
        List<Documents> documents = SETS.stream().map(Documents::of).toList();
        double[][][] micros = new double[builds.size()][SETS.size()][rounds];
        double[][][] kilobytes = new double[builds.size()][SETS.size()][rounds];
        for (int round = 0; round < warmup + rounds; round++) {
            for (int set = 0; set < SETS.size(); set++) {
                for (int turn = 0; turn < builds.size(); turn++) {
                    int b = (turn + round + set) % builds.size();
                    double[] cost = slice(extractors.get(b), extract.get(b), documents.get(set), set == 0 ? SEED_REPEATS : 1);
                    if (round >= warmup) {
                        micros[b][set][round - warmup] = cost[0];
                        kilobytes[b][set][round - warmup] = cost[1];
                    }
                }
            }
            System.out.printf("round %d of %d done%n", round + 1, warmup + rounds);
        }
        System.out.println();
        for (int b = 0; b < builds.size(); b++) {
            System.out.printf("build %d: %s%n", b, builds.get(b));
        }
        System.out.println("| Set | build | CPU µs/doc | KB/doc | against build 0 | against the build before |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (int set = 0; set < SETS.size(); set++) {
            for (int b = 0; b < builds.size(); b++) {
                System.out.printf("| %s | %d | %.0f | %.0f | %s | %s |%n", SETS.get(set), b, median(micros[b][set]),
                        median(kilobytes[b][set]), b == 0 ? "" : String.format("%.3fx", ratio(micros, set, b, 0)),
                        b == 0 ? "" : String.format("%.3fx", ratio(micros, set, b, b - 1)));
            }
        }
        System.out.println("(medians over the measured rounds; a ratio is the median of the rounds' ratios)");
    }

    private static ClassLoader loader(Path build) throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        urls.add(build.resolve("classes").toUri().toURL());
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }

    /** One pass over the set ({@code repeats} times): CPU µs and KB allocated per document. */
    private static double[] slice(Object extractor, Method extract, Documents documents, int repeats) throws IllegalAccessException {
        long cpu = CPU.getCurrentThreadCpuTime();
        long bytes = CPU.getCurrentThreadAllocatedBytes();
        int n = 0;
        for (int r = 0; r < repeats; r++) {
            for (int i = 0; i < documents.texts().size(); i++, n++) {
                try {
                    extract.invoke(extractor, documents.names().get(i), documents.texts().get(i));
                } catch (InvocationTargetException e) {
                    // a refusal is the extractor's answer for that input, as in ExtractionBenchmark; anything else is not
                    if (!e.getCause().getClass().getName().equals("dev.form4.Form4Exception")) {
                        throw new IllegalStateException(documents.names().get(i), e.getCause());
                    }
                }
            }
        }
        return new double[] {(CPU.getCurrentThreadCpuTime() - cpu) / 1e3 / n, (CPU.getCurrentThreadAllocatedBytes() - bytes) / 1e3 / n};
    }

    private static double ratio(double[][][] micros, int set, int b, int against) {
        double[] r = new double[micros[b][set].length];
        for (int i = 0; i < r.length; i++) {
            r[i] = micros[b][set][i] / micros[against][set][i];
        }
        return median(r);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
