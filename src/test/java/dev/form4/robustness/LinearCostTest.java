package dev.form4.robustness;

import dev.form4.Form4Exception;
import dev.form4.Form4Extractor;
import dev.form4.parse.DocumentParser;
import dev.form4.source.ParseLimits;
import dev.form4.testing.SyntheticInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Cost grows with size, not faster: inputs of 1x, 4x and 16x a base size, timed after warm-up as the median of
 * several runs in CPU time of this thread (so other builds on a shared machine do not count), must cost at most
 * 2.5 times as much per character at 16x as at 1x (t(16x)/t(1x) < 40). A quadratic step gives 16 and more, on
 * every attempt; a noisy machine gets three attempts.
 */
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ) // prints; not while a test captures it
class LinearCostTest {

    private static final int BASE = 50_000;
    /** Limits out of the way: this measures cost, not refusal. */
    private static final ParseLimits UNLIMITED = new ParseLimits(1L << 30, Integer.MAX_VALUE, Integer.MAX_VALUE, 1 << 20);
    private static final Form4Extractor EXTRACTOR = new Form4Extractor(UNLIMITED);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void aFormWithThousandsOfRows() {
        assertLinear("form with rows", SyntheticInputs::formWithRows);
    }

    @Test
    void pureNoise() { // refused as not a Form 4 after parsing: the time to say so must be linear too
        assertLinear("noise", chars -> SyntheticInputs.noise(chars, 5));
    }

    @Test
    void oneHugeLineParseAndLayout() {
        DocumentParser parser = new DocumentParser(UNLIMITED);
        assertLinear("one line, parse and layout", SyntheticInputs::formWithLongLine,
                input -> parser.parse("timed", input).form());
    }

    @Test
    void oneHugeLine() {
        assertLinear("one line", SyntheticInputs::formWithLongLine);
    }

    @Test
    void tenMegabytesExtractWithDefaultLimitsAndNoStackOverflow() {
        String form = SyntheticInputs.formWithRows(10_000_000);
        assertTimeoutPreemptively(java.time.Duration.ofMinutes(3), () -> {
            assertNotNull(new Form4Extractor().extract("10 MB form", form).form());
        });
    }

    private static void assertLinear(String what, IntFunction<String> generator) {
        assertLinear(what, generator, LinearCostTest::extract);
    }

    private static void assertLinear(String what, IntFunction<String> generator, Consumer<String> work) {
        String[] inputs = {generator.apply(BASE), generator.apply(4 * BASE), generator.apply(16 * BASE)};
        assertTimeoutPreemptively(java.time.Duration.ofMinutes(3), () -> {
            for (int round = 0; round < 2; round++) { // let the JIT settle on every size before any timing
                for (String input : inputs) {
                    work.accept(input);
                }
            }
            StringBuilder figures = new StringBuilder();
            for (int attempt = 1; attempt <= 3; attempt++) {
                double[] nanosPerChar = new double[inputs.length];
                for (int i = 0; i < inputs.length; i++) {
                    nanosPerChar[i] = (double) medianCpuNanos(inputs[i], work) / inputs[i].length();
                }
                double growth16 = nanosPerChar[2] / nanosPerChar[0] * 16;
                double growth4 = nanosPerChar[1] / nanosPerChar[0] * 4;
                figures.append(String.format("%n attempt %d: ns/char %s, t(4x)/t(1x) %.1f, t(16x)/t(1x) %.1f",
                        attempt, Arrays.toString(Arrays.stream(nanosPerChar).map(n -> Math.round(n * 10) / 10.0).toArray()),
                        growth4, growth16));
                if (growth16 < 40) {
                    System.out.println("linear cost, " + what + ":" + figures);
                    return;
                }
            }
            fail(what + " grows faster than linearly:" + figures);
        });
    }

    private static void extract(String input) {
        try {
            EXTRACTOR.extract("timed", input);
        } catch (Form4Exception e) {
            if (e.reason() == Form4Exception.Reason.LIMIT_EXCEEDED) {
                throw e; // the limits are out of the way here; refusing would time the wrong thing
            }
        }
    }

    private static long medianCpuNanos(String input, Consumer<String> work) {
        long[] runs = new long[5];
        for (int i = 0; i < runs.length; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            work.accept(input);
            runs[i] = THREADS.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(runs);
        return runs[runs.length / 2];
    }
}
