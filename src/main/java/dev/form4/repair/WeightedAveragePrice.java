package dev.form4.repair;

import dev.form4.recognize.Column;
import dev.form4.recognize.DraftRow;
import dev.form4.model.Footnote;

import java.math.BigDecimal;
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
                Optional<Range> range = statedRange(footnote);
                if (range.isPresent() && !range.get().contains(price.get())) {
                    context.inconsistent(row, Column.TRANSACTION_PRICE, "weighted-average price " + price.get().toPlainString()
                            + " lies outside the " + range.get() + " stated in " + id);
                }
            }
        }
    }

    /** The price range a footnote states ("ranging from $84.10 to $85.09"), if it states one. */
    static Optional<Range> statedRange(Footnote footnote) {
        Matcher m = RANGE.matcher(footnote.text());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new Range(new BigDecimal(m.group(1).replace(",", "")), new BigDecimal(m.group(2).replace(",", ""))));
    }

    record Range(BigDecimal low, BigDecimal high) {

        boolean contains(BigDecimal price) {
            return price.compareTo(low) >= 0 && price.compareTo(high) <= 0;
        }

        @Override
        public String toString() {
            return "range $" + low.toPlainString() + " to $" + high.toPlainString();
        }
    }
}
