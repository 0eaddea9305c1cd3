package dev.form4.recognize;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as the form prints them ("5,614,522", "84.6237", "0.00") and as OCR breaks them ("5,578" + "8,012",
 * "\$26." + "86", ",956"). Only well-formed text becomes a value: "60,50" (a two-digit group) is damage, not 6050.
 */
public final class NumberText {

    /**
     * At most 4 decimals: every amount of the ownershipDocument is the schema's POSITIVE_DECIMAL (fractionDigits
     * 4), so more decimals are pieces joined wrongly, not a value.
     */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,4})?");

    private NumberText() {
    }

    /** The value of well-formed number text, or empty for damaged text. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || !isWellFormed(text)) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.replace(",", "")));
    }

    /** Plain digits or 1-3 digits then ",ddd" groups, and at most 4 decimals after a dot (hot: no regex). */
    public static boolean isWellFormed(String text) {
        int n = text.length();
        int dot = text.indexOf('.');
        int end = dot < 0 ? n : dot;
        if (end == 0) {
            return false;
        }
        if (dot >= 0 && (n - dot - 1 < 1 || n - dot - 1 > 4 || !allDigits(text, dot + 1, n))) {
            return false;
        }
        int comma = text.indexOf(',');
        if (comma < 0 || comma >= end) {
            return allDigits(text, 0, end);
        }
        if (comma == 0 || comma > 3 || !allDigits(text, 0, comma)) {
            return false;
        }
        for (int group = comma; group < end; group += 4) {
            if (text.charAt(group) != ',' || group + 4 > end || !allDigits(text, group + 1, group + 4)) {
                return false;
            }
        }
        return (end - comma) % 4 == 0;
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public static String digits(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** How two pieces of a number cut at a cell edge go back together, and what that join costs in doubt. */
    public record Join(String text, String how, double cost) {
        /** True when digits from both pieces make the value; false when one piece only repeated the other. */
        public boolean rebuilt() {
            return !how.contains("repeats") && !how.contains("read twice") && !how.isEmpty();
        }
    }

    /**
     * Joins {@code left} and {@code right} read from neighbouring cells into one number, or empty when they
     * cannot be one number. Tried in order of how often Marker produces them: the right piece repeats the left
     * ("5,614" | "5,614,522"), the left repeats the right's end ("60,566" | "6"), the cut character appears
     * in both ("5,578" | "8,012", "84.62" | "237"), a plain cut after a dot ("26." | "86"), decimals
     * continued ("83.73" | "859").
     */
    public static Optional<Join> join(String left, String right) {
        if (left.isEmpty()) {
            return isWellFormed(right) ? Optional.of(new Join(right, "", 0)) : Optional.empty();
        }
        if (right.length() > left.length() && right.startsWith(left) && isWellFormed(right)) {
            return Optional.of(new Join(right, "'" + left + "' repeats the start of '" + right + "'", 0.1));
        }
        if (left.length() > right.length() && left.endsWith(right) && isWellFormed(left)) {
            return Optional.of(new Join(left, "'" + right + "' repeats the end of '" + left + "'", 0.2));
        }
        if (left.equals(right) && isWellFormed(left)) {
            return Optional.of(new Join(left, "'" + right + "' read twice", 0.1));
        }
        for (int overlap = Math.min(left.length(), right.length()) - 1; overlap >= 1; overlap--) {
            if (left.endsWith(right.substring(0, overlap))) {
                String joined = left + right.substring(overlap);
                if (isWellFormed(joined) && grewAtCut(left, joined)) {
                    return Optional.of(new Join(joined, "cut inside '" + joined + "' with '"
                            + right.substring(0, overlap) + "' read on both sides", 0.2));
                }
            }
        }
        String joined = left + right;
        if ((left.endsWith(".") || left.endsWith(",") || right.startsWith(".")) && isWellFormed(joined)) {
            return Optional.of(new Join(joined, "cut at '" + left + "' | '" + right + "'", 0.1));
        }
        // Decimals continued in the next cell: only digits may follow a number that already has decimals.
        if (left.contains(".") && right.chars().allMatch(Character::isDigit) && isWellFormed(joined)) {
            return Optional.of(new Join(joined, "decimals continued: '" + left + "' | '" + right + "'", 0.5));
        }
        // Thousands continued: "5,578" | ",012" or "5,5" | "78,012" make one grouped number.
        if (!left.contains(".") && (right.startsWith(",") || !GROUPED.matcher(left).matches())
                && GROUPED.matcher(joined).matches() && !GROUPED.matcher(left).matches()) {
            return Optional.of(new Join(joined, "cut at '" + left + "' | '" + right + "'", 0.3));
        }
        return Optional.empty();
    }

    /** A join must add digits after the cut, not just re-read what the left piece already had. */
    private static boolean grewAtCut(String left, String joined) {
        return joined.length() > left.length();
    }
}
