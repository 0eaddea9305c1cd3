package dev.form4.repair;

import dev.form4.recognize.Column;
import dev.form4.recognize.ColumnReading;
import dev.form4.recognize.DraftRow;
import dev.form4.recognize.NumberText;
import dev.form4.recognize.TableKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An option exercised (code M or X) appears twice on the form: in Table II as the option given up, and in Table
 * I as the shares received, with the same date and amount. Each side is evidence for the other's damaged
 * amount, and Table I's security title for Table II's cut underlying title ("Commo Stock").
 * <p>A conversion (C) pairs the same way, but by the underlying amount: a conversion ratio other than one makes
 * Table II's own amount differ from the shares received, so the pair is evidence for the direction only. Among
 * the 323 corpus filings, every Table II C row whose underlying amount Table I acquires by C on the same date
 * (119) is disposed of.
 * <p>The pair also names the Table I row's code when it could not be read: the form reports an exercise or a
 * conversion in both tables under one code. Among the 323 corpus filings, each of the 152 Table I rows that
 * acquired, on a Table II C, M or X row's date, exactly that row's underlying amount has that row's code.
 */
final class ExerciseCrossCheck {

    private static final List<String> EXERCISE_CODES = List.of("M", "X");
    private static final String CONVERSION = "C";

    private ExerciseCrossCheck() {
    }

    static void apply(RepairContext context) {
        pairedCodes(context);
        Set<DraftRow> converted = Collections.newSetFromMap(new IdentityHashMap<>());
        for (DraftRow option : context.rows()) {
            if (option.kind() != TableKind.DERIVATIVE_TRANSACTION) {
                continue;
            }
            Optional<String> code = option.text(Column.TRANSACTION_CODE);
            Optional<LocalDate> date = option.date(Column.TRANSACTION_DATE);
            if (code.isEmpty() || date.isEmpty()) {
                continue;
            }
            if (code.get().equals(CONVERSION)) {
                conversion(context, option, date.get(), converted);
                continue;
            }
            if (!EXERCISE_CODES.contains(code.get())) {
                continue;
            }
            Optional<DraftRow> shares = match(context, option, code.get(), date.get());
            shares.ifPresent(stock -> crossCheck(context, option, stock));
        }
    }

    /**
     * A Table I row that acquired, on a Table II C, M or X row's date, exactly its underlying amount, and whose
     * own code was not read, takes that code: where two Table II rows of different codes claim the row, neither.
     */
    private static void pairedCodes(RepairContext context) {
        Map<DraftRow, DraftRow> claims = new IdentityHashMap<>();
        Set<DraftRow> disputed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (DraftRow option : context.rows()) {
            if (option.kind() != TableKind.DERIVATIVE_TRANSACTION) {
                continue;
            }
            Optional<String> code = option.text(Column.TRANSACTION_CODE).filter(PAIRED_CODES::contains);
            Optional<LocalDate> date = option.date(Column.TRANSACTION_DATE);
            Optional<BigDecimal> underlying = option.number(Column.UNDERLYING_SHARES).filter(u -> u.signum() > 0);
            if (code.isEmpty() || date.isEmpty() || underlying.isEmpty()) {
                continue;
            }
            context.rows().stream()
                    .filter(r -> r.kind() == TableKind.NON_DERIVATIVE_TRANSACTION && r.get(Column.TRANSACTION_CODE).value() == null)
                    .filter(r -> r.date(Column.TRANSACTION_DATE).filter(date.get()::equals).isPresent())
                    .filter(r -> r.text(Column.ACQUIRED_DISPOSED).filter("A"::equals).isPresent())
                    .filter(r -> r.number(Column.TRANSACTION_SHARES).filter(a -> a.compareTo(underlying.get()) == 0).isPresent())
                    .forEach(stock -> {
                        DraftRow before = claims.putIfAbsent(stock, option);
                        if (before != null && !before.text(Column.TRANSACTION_CODE).equals(code)) {
                            disputed.add(stock);
                        }
                    });
        }
        claims.forEach((stock, option) -> {
            if (disputed.contains(stock)) {
                return;
            }
            String code = option.text(Column.TRANSACTION_CODE).orElseThrow();
            context.inferred(stock, Column.TRANSACTION_CODE, code, stock.rawText(Column.TRANSACTION_CODE)
                    .map(raw -> "read '" + raw + "', no code; ").orElse("not read; ") + "the Table II " + code
                    + " row of " + option.date(Column.TRANSACTION_DATE).orElseThrow() + " (line " + option.line()
                    + ") has the " + option.number(Column.UNDERLYING_SHARES).orElseThrow().toPlainString()
                    + " underlying shares this row acquired that day, and the form reports the one transaction in both"
                    + " tables under one code");
        });
    }

    private static final Set<String> PAIRED_CODES = Set.of("C", "M", "X");

    /** The one Table I row with the same code and date (and amount, where the option's amount is readable). */
    private static Optional<DraftRow> match(RepairContext context, DraftRow option, String code, LocalDate date) {
        Optional<BigDecimal> amount = option.number(Column.TRANSACTION_SHARES);
        List<DraftRow> candidates = context.rows().stream()
                .filter(r -> r.kind() == TableKind.NON_DERIVATIVE_TRANSACTION)
                .filter(r -> r.text(Column.TRANSACTION_CODE).filter(code::equals).isPresent())
                .filter(r -> r.date(Column.TRANSACTION_DATE).filter(date::equals).isPresent())
                .filter(r -> r.number(Column.TRANSACTION_SHARES).isPresent())
                .toList();
        List<DraftRow> byAmount = candidates.stream()
                .filter(r -> amount.isEmpty() || sameDigits(r.number(Column.TRANSACTION_SHARES).get(), amount.get()))
                .toList();
        if (byAmount.isEmpty() && amount.isPresent() && code.equals("M")) {
            // the amount misread past its digits ("2,927" for 2,154,572): an exercise's amount is its underlying
            // amount (all 35 corpus M rows), which then names the row received
            Optional<BigDecimal> underlying = option.number(Column.UNDERLYING_SHARES);
            byAmount = candidates.stream().filter(r -> underlying.isPresent()
                    && r.number(Column.TRANSACTION_SHARES).get().compareTo(underlying.get()) == 0).toList();
        }
        return byAmount.size() == 1 ? Optional.of(byAmount.get(0)) : Optional.empty();
    }

    /**
     * A conversion whose underlying shares Table I acquired by C on its date gave the derivative up. Each Table I
     * row pairs with one conversion ({@code converted}: those already paired).
     */
    private static void conversion(RepairContext context, DraftRow option, LocalDate date, Set<DraftRow> converted) {
        Optional<BigDecimal> underlying = option.number(Column.UNDERLYING_SHARES);
        if (underlying.isEmpty() || underlying.get().signum() == 0) {
            return;
        }
        // two accounts converted alike give two Table I rows of one amount: the first not yet paired is this one's
        Optional<DraftRow> stock = context.rows().stream()
                .filter(r -> r.kind() == TableKind.NON_DERIVATIVE_TRANSACTION && !converted.contains(r))
                .filter(r -> r.text(Column.TRANSACTION_CODE).filter(CONVERSION::equals).isPresent())
                .filter(r -> r.date(Column.TRANSACTION_DATE).filter(date::equals).isPresent())
                .filter(r -> r.text(Column.ACQUIRED_DISPOSED).filter("A"::equals).isPresent())
                .filter(r -> r.number(Column.TRANSACTION_SHARES).filter(a -> a.compareTo(underlying.get()) == 0).isPresent())
                .findFirst();
        stock.ifPresent(converted::add);
        stock.ifPresent(s -> samePairTitle(context, option, s));
        if (stock.isPresent() && option.text(Column.ACQUIRED_DISPOSED).isEmpty()) {
            context.inferred(option, Column.ACQUIRED_DISPOSED, "D", "not printed; Table I C row of " + date
                    + " (line " + stock.get().line() + ") acquired the " + underlying.get().toPlainString()
                    + " underlying shares on conversion, so the derivative was disposed of");
        }
    }

    private static void crossCheck(RepairContext context, DraftRow option, DraftRow stock) {
        BigDecimal received = stock.number(Column.TRANSACTION_SHARES).orElseThrow();
        String evidence = "Table I " + stock.text(Column.TRANSACTION_CODE).orElse("") + " row of "
                + stock.date(Column.TRANSACTION_DATE).orElseThrow() + " (line " + stock.line() + ") received " + received.toPlainString() + " shares";
        Optional<BigDecimal> exercised = option.number(Column.TRANSACTION_SHARES);
        if (exercised.isPresent() && exercised.get().compareTo(received) != 0) {
            String read = "read '" + option.rawText(Column.TRANSACTION_SHARES).orElse("") + "' ";
            context.repaired(option, Column.TRANSACTION_SHARES, received, (sameDigits(exercised.get(), received)
                    ? read + "(same digits, separator misread); "
                    : read + "(misread; the row's underlying amount is " + received.toPlainString() + "); ") + evidence);
        } else if (exercised.isEmpty()) {
            context.repaired(option, Column.TRANSACTION_SHARES, received, describeRead(option, Column.TRANSACTION_SHARES) + evidence);
        }
        // The pair itself says the derivative was given up: the shares it turned into were received in Table I.
        Optional<String> direction = option.text(Column.ACQUIRED_DISPOSED);
        if (direction.isEmpty()) {
            context.inferred(option, Column.ACQUIRED_DISPOSED, "D", "not printed; " + evidence + " on exercise, so the derivative was disposed of");
        }
        Optional<BigDecimal> underlying = option.number(Column.UNDERLYING_SHARES);
        // a mark alone in the column is the filer's value, told in its footnote (the schema allows it): not a gap
        boolean footnoteOnly = option.reading(Column.UNDERLYING_SHARES).filter(ColumnReading::isFootnoteOnly).isPresent();
        if (underlying.isEmpty()) {
            if (!footnoteOnly) {
                context.repaired(option, Column.UNDERLYING_SHARES, received, describeRead(option, Column.UNDERLYING_SHARES) + evidence);
            }
        } else if (underlying.get().compareTo(received) != 0) {
            context.inconsistent(option, Column.UNDERLYING_SHARES, "underlying shares " + underlying.get().toPlainString()
                    + " differ from the " + received.toPlainString() + " shares received; " + evidence);
        }
        Optional<String> title = stock.text(Column.SECURITY_TITLE);
        Optional<String> underlyingTitle = option.text(Column.UNDERLYING_TITLE);
        if (title.isPresent() && (underlyingTitle.isEmpty() || isCutFrom(underlyingTitle.get(), title.get()))
                && !underlyingTitle.equals(title)) {
            pairedTitle(context, option, stock);
        } else if (option.text(Column.TRANSACTION_CODE).filter("M"::equals).isPresent()) {
            samePairTitle(context, option, stock);
        }
    }

    /**
     * An exercise (M) or a conversion (C) and the Table I row that received its underlying shares name one class:
     * in the corpus, each of the 148 such pairs' underlying title is the Table I row's title (only X rows, 3 of 4,
     * add ", no par value" in Table I). A read underlying title that differs and is no whole title ("Class A
     * Common", "Common}", "gi jek") is OCR's damage where the Table I title reads as a class: capitalized words of letters ending in Stock or Shares, as 327
     * of the corpus' 328 underlying titles do.
     */
    private static void samePairTitle(RepairContext context, DraftRow option, DraftRow stock) {
        Optional<String> title = stock.text(Column.SECURITY_TITLE).filter(t -> CLASS_TITLE.matcher(t).matches());
        Optional<String> read = option.text(Column.UNDERLYING_TITLE);
        // a read that is itself a whole title ("Class A Common Stock, $0.0001 par value") is the filer's print
        if (title.isPresent() && !read.equals(title) && read.filter(ExerciseCrossCheck::isWholeTitle).isEmpty()) {
            pairedTitle(context, option, stock);
        }
    }

    private static boolean isWholeTitle(String title) {
        int comma = title.indexOf(", ");
        return CLASS_TITLE.matcher(comma < 0 ? title : title.substring(0, comma)).matches()
                && (comma < 0 || title.endsWith("par value"));
    }

    private static final java.util.regex.Pattern CLASS_TITLE =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*)* (?i:stock|shares)");

    private static void pairedTitle(RepairContext context, DraftRow option, DraftRow stock) {
        String title = stock.text(Column.SECURITY_TITLE).orElseThrow();
        context.repaired(option, Column.UNDERLYING_TITLE, title, describeRead(option, Column.UNDERLYING_TITLE)
                + "Table I title of the shares received on " + stock.date(Column.TRANSACTION_DATE).orElseThrow()
                + " is '" + title + "'");
    }

    private static String describeRead(DraftRow row, Column column) {
        return row.rawText(column).map(raw -> "read '" + raw + "'; ").orElse("not printed in the row; ");
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** "Commo Stock" is cut from "Common Stock": same number of words, each a prefix of its counterpart. */
    static boolean isCutFrom(String damaged, String full) {
        String[] d = SPACES.split(damaged.trim());
        String[] f = SPACES.split(full.trim());
        if (d.length != f.length) {
            return false;
        }
        for (int i = 0; i < d.length; i++) {
            if (!f[i].toLowerCase().startsWith(d[i].toLowerCase())) {
                return false;
            }
        }
        return true;
    }

    static boolean sameDigits(BigDecimal a, BigDecimal b) {
        return NumberText.digits(a.stripTrailingZeros().toPlainString()).equals(NumberText.digits(b.stripTrailingZeros().toPlainString()))
                || a.compareTo(b) == 0;
    }
}
