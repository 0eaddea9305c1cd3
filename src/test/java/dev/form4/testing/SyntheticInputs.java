package dev.form4.testing;

import dev.form4.TestInputs;
import java.nio.file.Path;
import java.util.Random;

/**
 * Inputs of a chosen size, made from the bundled seed or from nothing, for the growth tests and the
 * benchmarks. Deterministic: the same arguments give the same text.
 */
public final class SyntheticInputs {

    public static final Path SEED = TestInputs.SEED;

    /** The seed's Table I data rows (1-based lines 31..40): ten transactions as Marker wrote them. */
    private static final int FIRST_ROW = 31;
    private static final int LAST_ROW = 40;

    private SyntheticInputs() {
    }

    public static String seed() {
        return TestInputs.seed();
    }

    /**
     * The seed with its Table I data rows repeated until the text is at least {@code chars} long: a Form 4 with
     * thousands of transactions, damaged as the seed is.
     */
    public static String formWithRows(int chars) {
        String[] lines = seed().split("\n", -1);
        StringBuilder rows = new StringBuilder();
        for (int i = FIRST_ROW - 1; i < LAST_ROW; i++) {
            rows.append(lines[i]).append('\n');
        }
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < LAST_ROW; i++) {
            head.append(lines[i]).append('\n');
        }
        StringBuilder tail = new StringBuilder();
        for (int i = LAST_ROW; i < lines.length; i++) {
            tail.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
        }
        StringBuilder sb = new StringBuilder(chars + rows.length() + tail.length()).append(head);
        while (sb.length() + tail.length() < chars) {
            sb.append(rows);
        }
        return sb.append(tail).toString();
    }

    /**
     * Printable noise: ASCII letters, digits and symbols with some non-ASCII letters, lines of 1 to 80
     * characters. Pipes are rare enough that no line passes the cells-per-row limit.
     */
    public static String noise(int chars, long seed) {
        Random random = new Random(seed);
        String extra = "\u00E9\u00DF\u2022\u00A7\u20AC\u2014\u00B7\u4E2D";
        StringBuilder sb = new StringBuilder(chars + 1);
        int lineLeft = 1 + random.nextInt(80);
        while (sb.length() < chars) {
            if (--lineLeft == 0) {
                sb.append('\n');
                lineLeft = 1 + random.nextInt(80);
            } else if (random.nextInt(16) == 0) {
                sb.append(extra.charAt(random.nextInt(extra.length())));
            } else {
                sb.append((char) (32 + random.nextInt(95)));
            }
        }
        sb.setLength(chars);
        return sb.append('\n').toString();
    }

    /**
     * The seed with one huge line of Form-4-like values among the loose lines under "Explanation of Responses",
     * where the builder looks for values that fell out of a table: the whole pipeline works on it.
     */
    public static String formWithLongLine(int chars) {
        String seed = seed();
        int at = seed.indexOf('\n', seed.indexOf("Explanation of Responses")) + 1;
        return seed.substring(0, at) + "\n" + oneLine(chars) + seed.substring(at);
    }

    /** One line of Form-4-like words, dates, amounts and prices, {@code chars} long, then a newline. */
    public static String oneLine(int chars) {
        String unit = "Common Stock 11/07/2019 M (1) 60,566 A \\$26.86 <sup>(2)</sup> ";
        StringBuilder sb = new StringBuilder(chars + unit.length());
        while (sb.length() < chars) {
            sb.append(unit);
        }
        sb.setLength(chars);
        return sb.append('\n').toString();
    }
}
