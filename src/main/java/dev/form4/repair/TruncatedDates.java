package dev.form4.repair;

import dev.form4.recognize.Column;
import dev.form4.recognize.DraftRow;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A date cut at a cell edge ("11/07/20") is completed when exactly one full date on the form (another row, or
 * box 3's date of earliest transaction) begins with the same characters.
 */
final class TruncatedDates {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final List<Column> DATE_COLUMNS = List.of(Column.TRANSACTION_DATE, Column.DEEMED_EXECUTION_DATE,
            Column.EXERCISE_DATE, Column.EXPIRATION_DATE);

    private TruncatedDates() {
    }

    static void apply(RepairContext context) {
        Set<LocalDate> known = new TreeSet<>();
        if (context.periodOfReport().isPresent()) {
            known.add(context.periodOfReport().value());
        }
        for (DraftRow row : context.rows()) {
            for (Column column : DATE_COLUMNS) {
                row.date(column).ifPresent(known::add);
            }
        }
        for (DraftRow row : context.rows()) {
            for (Column column : DATE_COLUMNS) {
                if (row.get(column).isPresent()) {
                    continue;
                }
                row.rawText(column).filter(raw -> TWO_DIGIT_YEAR.matcher(raw).matches()).ifPresent(raw -> {
                    String printedStart = pad(raw);
                    List<LocalDate> matches = known.stream().filter(d -> PRINTED.format(d).startsWith(printedStart)).toList();
                    if (matches.size() == 1) {
                        context.repaired(row, column, matches.get(0), "read '" + raw + "', a date cut at the cell edge; completed to "
                                + PRINTED.format(matches.get(0)) + ", the only date on the form that begins so");
                    }
                });
            }
        }
    }

    private static final java.util.regex.Pattern TWO_DIGIT_YEAR = java.util.regex.Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{2}");

    /** "1/7/20" is printed "01/07/20" for the comparison. */
    private static String pad(String raw) {
        String[] parts = raw.split("/");
        return twoDigits(Integer.parseInt(parts[0])) + "/" + twoDigits(Integer.parseInt(parts[1])) + "/" + parts[2];
    }

    /** As %02d prints it (String.format parses its format on every call). */
    private static String twoDigits(int n) {
        return n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
    }
}
