package dev.form4.repair;

import dev.form4.recognize.Column;
import dev.form4.recognize.DraftRow;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date printed with a two-digit year ("2/7/00", EDGAR's ASCII forms) is read in the century that puts it near
 * the form's own full dates (the period of report, the signatures' dates, the rows' four-digit dates): a
 * transaction or an expiration is years from the form's date, never a century. The value is inferred, its
 * evidence named. Where the two digits are the century of that evidence ("11/07/20" on a form of 2019), the
 * text may as well be a four-digit year cut at a cell edge: left null (TruncatedDates completes such a date when
 * the form shows it whole).
 */
final class TwoDigitYears {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2})");
    private static final List<Column> DATE_COLUMNS = List.of(Column.TRANSACTION_DATE, Column.DEEMED_EXECUTION_DATE,
            Column.EXERCISE_DATE, Column.EXPIRATION_DATE);
    /** Farther than this from every date of the form, a reading is no date of this form. */
    private static final long MAX_YEARS_AWAY = 50;

    private TwoDigitYears() {
    }

    /** The form's full dates, each with what it is, for the diagnostic. */
    private record Evidence(LocalDate date, String what) {
    }

    static void apply(RepairContext context) {
        List<Evidence> evidence = evidence(context);
        if (evidence.isEmpty()) {
            return;
        }
        for (DraftRow row : context.rows()) {
            for (Column column : DATE_COLUMNS) {
                if (row.get(column).isPresent()) {
                    continue;
                }
                row.rawText(column).map(SHORT::matcher).filter(Matcher::matches).ifPresent(m -> infer(context, row, column, m, evidence));
            }
        }
    }

    private static void infer(RepairContext context, DraftRow row, Column column, Matcher printed, List<Evidence> evidence) {
        int yy = Integer.parseInt(printed.group(3));
        Evidence nearest = null;
        LocalDate best = null;
        long bestDays = Long.MAX_VALUE;
        for (int century : new int[] {1900, 2000}) {
            LocalDate candidate;
            try {
                candidate = LocalDate.of(century + yy, Integer.parseInt(printed.group(1)), Integer.parseInt(printed.group(2)));
            } catch (DateTimeException e) {
                continue;
            }
            for (Evidence e : evidence) {
                long days = Math.abs(ChronoUnit.DAYS.between(e.date(), candidate));
                if (days < bestDays) {
                    bestDays = days;
                    best = candidate;
                    nearest = e;
                }
            }
        }
        if (best == null || ChronoUnit.YEARS.between(nearest.date(), best) > MAX_YEARS_AWAY
                || ChronoUnit.YEARS.between(best, nearest.date()) > MAX_YEARS_AWAY) {
            return;
        }
        if (yy == nearest.date().getYear() / 100) {
            return; // "20" on a form of 20xx: perhaps a year cut after its century
        }
        context.inferred(row, column, best, "printed '" + printed.group() + "' with a two-digit year; read in the century of "
                + nearest.what() + " " + nearest.date() + ", the form's own date nearest to it (the other century is 100 years away)");
    }

    /** Each date once (a form of thousands of rows has few distinct dates), with the first thing that gives it. */
    private static List<Evidence> evidence(RepairContext context) {
        Map<LocalDate, String> evidence = new LinkedHashMap<>();
        if (context.periodOfReport().isPresent()) {
            evidence.putIfAbsent(context.periodOfReport().value(), "the period of report");
        }
        context.signatureDates().forEach(d -> evidence.putIfAbsent(d, "the signature's date"));
        for (DraftRow row : context.rows()) {
            for (Column column : DATE_COLUMNS) {
                row.date(column).ifPresent(d -> evidence.computeIfAbsent(d, x -> "the date of " + row.path(column)));
            }
        }
        List<Evidence> list = new ArrayList<>();
        evidence.forEach((date, what) -> list.add(new Evidence(date, what)));
        return list;
    }
}
