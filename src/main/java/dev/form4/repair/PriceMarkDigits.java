package dev.form4.repair;

import dev.form4.model.Diagnostic;
import dev.form4.model.SourcePosition;
import dev.form4.recognize.Column;
import dev.form4.recognize.ColumnReading;
import dev.form4.recognize.DraftRow;
import dev.form4.source.Atom;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A price read with more than four decimals ("$965.15109", "$2,583.274209"), which no price of the form has (the
 * schema's fractionDigits is 4): OCR read the price's raised footnote mark as digits, its parentheses lost. The
 * price is its first decimals, as many as the document's other prices print, and the digits after them are the
 * mark, unreadable. Taken only where every other price of three decimals or more prints the same number of
 * decimals: in the 323 corpus filings, a price of three or more decimals then has that many 1,096 times in 1,105
 * (where those prices differ, 37 of 1,197 would be misread, and the price stays unread). The mark then goes to
 * {@link UnreadableMarks}, which links it where the document makes its number certain.
 */
final class PriceMarkDigits {

    /** A price with five decimals or more: digit groups or plain digits, a point, the digits. */
    private static final Pattern TOO_MANY_DECIMALS = Pattern.compile("(\\d{1,3}(?:,\\d{3})*|\\d+)\\.(\\d{5,})");
    /** Fewer decimals than this say nothing of how many the filer prints ("$0", "$12.5", "$960.69"). */
    private static final int TELLING_DECIMALS = 3;
    private static final int SCHEMA_DECIMALS = 4;

    private PriceMarkDigits() {
    }

    static void apply(RepairContext context) {
        Optional<Integer> printed = printedDecimals(context);
        for (DraftRow row : context.rows()) {
            Optional<Matcher> read = row.rawText(Column.TRANSACTION_PRICE).map(TOO_MANY_DECIMALS::matcher).filter(Matcher::matches);
            if (read.isEmpty() || row.number(Column.TRANSACTION_PRICE).isPresent()) {
                continue;
            }
            Matcher m = read.get();
            ColumnReading reading = row.reading(Column.TRANSACTION_PRICE).orElseThrow();
            if (printed.isEmpty()) {
                context.diagnostics().add(Diagnostic.unreadable(row.position(Column.TRANSACTION_PRICE),
                        row.path(Column.TRANSACTION_PRICE), "read '" + reading.text() + "': more decimals than a price"
                        + " has, a footnote mark's digits after it, and the document's other prices do not tell how many"
                        + " decimals it prints"));
                continue;
            }
            int decimals = printed.get();
            String price = m.group(1).replace(",", "") + "." + m.group(2).substring(0, decimals);
            String mark = m.group(2).substring(decimals);
            context.repaired(row, Column.TRANSACTION_PRICE, new BigDecimal(price), "read '" + reading.text()
                    + "': a price has at most four decimals and the document's other prices print " + decimals
                    + ", so '" + mark + "' after them is the digits of a footnote mark whose parentheses OCR lost");
            SourcePosition at = reading.position();
            SourcePosition markAt = new SourcePosition(at.line(), at.column() + reading.text().length() - mark.length());
            UnreadableMarks.resolve(context, row, Column.TRANSACTION_PRICE,
                    Atom.unreadableMark(mark, reading.cell(), markAt));
        }
    }

    /** The decimals that every price of the document with three or more prints, if they agree. */
    private static Optional<Integer> printedDecimals(RepairContext context) {
        Set<Integer> decimals = new HashSet<>();
        for (DraftRow row : context.rows()) {
            // a zero after the last decimal may be a mark's digit too ("$976.4430%"): the decimals as a value has them
            int scale = row.number(Column.TRANSACTION_PRICE).map(p -> p.stripTrailingZeros().scale()).orElse(0);
            if (scale >= TELLING_DECIMALS) {
                decimals.add(scale);
            }
        }
        return decimals.size() == 1 && decimals.iterator().next() <= SCHEMA_DECIMALS
                ? Optional.of(decimals.iterator().next()) : Optional.empty();
    }
}
