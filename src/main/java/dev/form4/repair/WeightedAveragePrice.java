package dev.form4.repair;

import dev.form4.recognize.Column;
import dev.form4.recognize.DraftRow;
import dev.form4.recognize.PriceRange;
import dev.form4.model.Footnote;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A weighted-average price lies inside the range its footnote states ("ranging from $84.10 to $85.09"). A price
 * outside its range is reported; the check is evidence, never a reason to change a value.
 */
final class WeightedAveragePrice {

    /** The words that open a stated price range, whether or not its two prices can be read. */
    private static final Pattern RANGE_OPENING = Pattern.compile("(?i)(?:ranging from|range of|from)\\s*\\$");
    /** A range whose prices OCR may have damaged ("$2,599, 13 to $2,600.13"): each bound read apart. */
    private static final Pattern LOOSE_RANGE = Pattern.compile(
            "(?i)(?:ranging from|range of|from)\\s*\\$\\s*([\\d,. ]*\\d)\\s*(?:to|-|and)\\s*\\$\\s*([\\d,. ]*\\d)");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d{1,3},\\d{2}");
    /** More digits than a bound of a price range has (the longest of the corpus has eight). */
    private static final int MAX_PRICE_DIGITS = 12;
    /** An amount as a note prints a range's bound: digit groups, a point and its decimals ("1,165.304"). */
    private static final Pattern PRINTED_WITH_CENTS = Pattern.compile("\\d{1,3}(?:,\\d{3})*\\.\\d{2,4}");
    /** Compiled once: String.replaceAll would compile it per call, and a damaged range's bounds are read per price. */
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final Pattern RANGE = Pattern.compile(
            "(?i)(?:ranging from|range of|from)\\s*\\$\\s*([\\d,]+(?:\\.\\d+)?)\\s*(?:to|-|and)\\s*\\$\\s*([\\d,]+(?:\\.\\d+)?)");

    private WeightedAveragePrice() {
    }

    static void apply(RepairContext context) {
        Map<String, Footnote> byId = context.footnotes().stream().collect(Collectors.toMap(Footnote::id, Function.identity()));
        for (DraftRow row : context.rows()) {
            Optional<BigDecimal> price = row.number(Column.TRANSACTION_PRICE);
            if (price.isEmpty()) {
                continue;
            }
            for (String id : row.get(Column.TRANSACTION_PRICE).footnoteIds()) {
                Footnote footnote = byId.get(id);
                if (footnote == null) {
                    continue;
                }
                Optional<PriceRange> range = statedRange(footnote);
                if (range.isPresent() && !range.get().contains(price.get())) {
                    context.inconsistent(row, Column.TRANSACTION_PRICE, "weighted-average price " + price.get().toPlainString()
                            + " lies outside the " + range.get() + " stated in " + id);
                }
            }
        }
    }

    /** What a footnote's stated range tells of a price; UNKNOWN where OCR left the range unreadable. */
    enum Holds { YES, NO, UNKNOWN }

    /**
     * Whether the range the footnote states holds {@code price}, empty when it states none. A bound is read only
     * when it is an amount as printed ("2,598.02", or "664,90" with its cents' point read as a comma); OCR's
     * "$2,599, 13" is none. The range is its two bounds when they make a day's range, or a damaged bound mended
     * ({@link #mended}); else it excludes the price if it does so wherever its points go
     * ({@link #excludedAtEveryScale}); else a range with an unread bound holds the price unless its other bound
     * excludes it, and an implausible one ("$203.100 to $204,090") is unreadable as a whole: either bound may be
     * the wrong one.
     */
    static Optional<Holds> holds(Footnote footnote, BigDecimal price) {
        if (!RANGE_OPENING.matcher(footnote.text()).find()) {
            return Optional.empty();
        }
        Matcher m = LOOSE_RANGE.matcher(footnote.text());
        if (!m.find()) {
            return Optional.of(Holds.UNKNOWN);
        }
        Optional<PriceRange> range = range(m);
        if (range.isPresent()) {
            return Optional.of(range.get().contains(price) ? Holds.YES : Holds.NO);
        }
        if (excludedAtEveryScale(m.group(1), m.group(2), price)) {
            return Optional.of(Holds.NO);
        }
        BigDecimal low = amount(m.group(1));
        BigDecimal high = amount(m.group(2));
        if (low != null && high != null) {
            return Optional.of(Holds.UNKNOWN); // implausible, and no reading of its separators mends it
        }
        boolean excluded = low != null && price.compareTo(low) < 0 || high != null && price.compareTo(high) > 0;
        return Optional.of(excluded ? Holds.NO : Holds.UNKNOWN);
    }

    /**
     * Whether a range whose separators OCR damaged ("$980,900 to $981,870", "$1,080.20 to $1,081,150", a point read
     * as a comma, a digit dropped) excludes {@code price} however its points are placed. Each bound is its digits
     * with some decimals: both the same, as 1,396 of the corpus's 1,412 ranges print them, or when no such reading
     * makes a day's range ({@link PriceRange#isDaysRange}), each its own; of the readings that make a day's range at
     * least one must, and none may hold the price. Over the committed tesseract and scan outputs every filing
     * price so excluded lies outside its note's range as the filing states it (4,299 price and note pairs
     * with each bound at its own decimals, 69 with both alike).
     */
    private static boolean excludedAtEveryScale(String low, String high, BigDecimal price) {
        List<PriceRange> readings = readings(low, high, true);
        if (readings.isEmpty()) {
            readings = readings(low, high, false);
        }
        return !readings.isEmpty() && readings.stream().noneMatch(r -> r.contains(price));
    }

    /** The day's ranges the bounds' digits make with decimals placed anywhere ({@code sameDecimals}: alike in both). */
    private static List<PriceRange> readings(String low, String high, boolean sameDecimals) {
        String lowDigits = digits(low);
        String highDigits = digits(high);
        List<PriceRange> readings = new ArrayList<>();
        if (lowDigits.length() > MAX_PRICE_DIGITS || highDigits.length() > MAX_PRICE_DIGITS) {
            return readings; // no share price has so many digits: not a range OCR damaged
        }
        for (int l = 0; l < lowDigits.length(); l++) {
            for (int h = 0; h < highDigits.length(); h++) {
                PriceRange range = new PriceRange(new BigDecimal(new BigInteger(lowDigits), l), new BigDecimal(new BigInteger(highDigits), h));
                if ((!sameDecimals || l == h) && range.isDaysRange()) {
                    readings.add(range);
                }
            }
        }
        return readings;
    }

    private static String digits(String printed) {
        return NOT_DIGIT.matcher(printed).replaceAll("");
    }

    /** The range {@link #holds} reads: both its bounds readable, or one of them mended ({@link #mended}). */
    static Optional<PriceRange> readableRange(Footnote footnote) {
        Matcher m = LOOSE_RANGE.matcher(footnote.text());
        return m.find() ? range(m) : Optional.empty();
    }

    /**
     * The range as printed where OCR damaged a bound's separators ("$1,164,310 to $1,165.304", "$2,599, 13 to
     * $2,600.13"), for the diagnostic; empty when the range reads as it stands or cannot be mended.
     */
    static Optional<String> mendedText(Footnote footnote) {
        Matcher m = LOOSE_RANGE.matcher(footnote.text());
        if (!m.find() || plausibleAsRead(m).isPresent() || range(m).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("$" + m.group(1) + " to $" + m.group(2));
    }

    private static Optional<PriceRange> range(Matcher m) {
        return plausibleAsRead(m).or(() -> mended(m.group(1), m.group(2)));
    }

    private static Optional<PriceRange> plausibleAsRead(Matcher m) {
        BigDecimal low = amount(m.group(1));
        BigDecimal high = amount(m.group(2));
        return low != null && high != null && PriceRange.isDaysRange(low, high) ? Optional.of(new PriceRange(low, high)) : Optional.empty();
    }

    /**
     * A range one of whose bounds is an amount as printed with its cents ("1,165.304") and the other's digits are
     * there but its separators are not ("1,164,310": the point read as a comma; "2,599, 13": a space in it): that
     * bound is its digits with as many decimals as the printed one (in the corpus, 1,396 of 1,412 ranges give both
     * bounds the same decimals), taken only when that makes a day's range ({@link PriceRange#isDaysRange}). OCR keeps a
     * number's digits far more often than its separators: over the tesseract and scan outputs this reads 164
     * damaged ranges exactly as their filings state them, and none otherwise.
     */
    private static Optional<PriceRange> mended(String low, String high) {
        boolean lowPrinted = PRINTED_WITH_CENTS.matcher(low).matches();
        boolean highPrinted = PRINTED_WITH_CENTS.matcher(high).matches();
        Optional<PriceRange> range = Optional.empty();
        if (highPrinted && !lowPrinted) {
            BigDecimal h = amount(high);
            range = digitsScaled(low, h.scale()).map(l -> new PriceRange(l, h));
        } else if (lowPrinted && !highPrinted) {
            BigDecimal l = amount(low);
            range = digitsScaled(high, l.scale()).map(h -> new PriceRange(l, h));
        }
        return range.filter(PriceRange::isDaysRange);
    }

    /** The digits of a damaged bound as an amount with {@code decimals} places. */
    private static Optional<BigDecimal> digitsScaled(String printed, int decimals) {
        String digits = digits(printed);
        return digits.length() > decimals ? Optional.of(new BigDecimal(new BigInteger(digits), decimals)) : Optional.empty();
    }

    private static BigDecimal amount(String printed) {
        if (DECIMAL_COMMA.matcher(printed).matches()) {
            return new BigDecimal(printed.replace(',', '.')); // "$655,90": no digit group has two digits, a cent's point misread
        }
        return AMOUNT.matcher(printed).matches() ? new BigDecimal(printed.replace(",", "")) : null;
    }

    /** The price range a footnote states ("ranging from $84.10 to $85.09"), if it states one. */
    static Optional<PriceRange> statedRange(Footnote footnote) {
        Matcher m = RANGE.matcher(footnote.text());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new PriceRange(new BigDecimal(m.group(1).replace(",", "")), new BigDecimal(m.group(2).replace(",", ""))));
    }
}
