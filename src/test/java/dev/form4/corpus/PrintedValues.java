package dev.form4.corpus;

import dev.form4.model.FieldValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the EDGAR rendering prints a value, and how Marker then writes it: numbers with thousands separators and
 * the decimals the filer gave ({@code 2598.325} -> {@code 2,598.325}), prices with an escaped dollar
 * ({@code \$26.86}), dates MM/DD/YYYY, footnote references as {@code <sup>(1)(2)</sup>} after the value.
 */
final class PrintedValues {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final Pattern SEC_FOOTNOTE_ID = Pattern.compile("F(\\d+)");

    private PrintedValues() {
    }

    static String number(BigDecimal value) {
        String plain = value.toPlainString();
        String sign = plain.startsWith("-") ? "-" : "";
        String digits = sign.isEmpty() ? plain : plain.substring(1);
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : digits.substring(dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return sign + grouped + fraction;
    }

    static String price(BigDecimal value) {
        return "\\$" + number(value);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "F12" prints as "12"; an id of another shape prints as it is. */
    static String footnoteNumber(String id) {
        Matcher m = SEC_FOOTNOTE_ID.matcher(id);
        return m.matches() ? m.group(1) : id;
    }

    static String sup(List<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        StringBuilder marks = new StringBuilder("<sup>");
        ids.forEach(id -> marks.append('(').append(footnoteNumber(id)).append(')'));
        return marks.append("</sup>").toString();
    }

    /** A cell: the printed value, then its footnote marks; a footnote-only value is the marks alone. */
    static String withMarks(String printed, List<String> ids) {
        String marks = sup(ids);
        if (printed == null || printed.isEmpty()) {
            return marks;
        }
        return marks.isEmpty() ? printed : printed + " " + marks;
    }

    static <T> String cell(FieldValue<T> field, java.util.function.Function<T, String> print) {
        String printed = field.value() == null ? null : print.apply(field.value());
        return withMarks(printed, field.footnoteIds());
    }

    /** Text in a cell: Marker turns a literal '|' into a space and escapes '$'. */
    static String cellText(String text) {
        return text.replace('|', ' ').replace("$", "\\$");
    }

    /** Text in a paragraph: Marker escapes '$' and '*'. */
    static String paragraphText(String text) {
        return text.replace("$", "\\$").replace("*", "\\*");
    }

    /** Breaks a long cell text into lines as the narrow printed column does; Marker writes the breaks as {@code <br>}. */
    static String wrap(String text, int width) {
        String[] words = text.split(" ");
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : words) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append("<br>");
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }
}
