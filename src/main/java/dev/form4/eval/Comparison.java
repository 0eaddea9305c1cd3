package dev.form4.eval;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * How two values of one kind are compared, and how they print in a report. Numbers compare by value
 * ({@code 26.860} = {@code 26.86}); names and codes ignore case and runs of whitespace; long texts (footnotes,
 * remarks) also ignore Markdown escapes and line breaks, which are the page's, not the filer's; a checkbox
 * counts only when checked, since an empty box and an absent one look the same on the printed form.
 */
public enum Comparison {
    TEXT, LONG_TEXT, NUMBER, DATE, BOOLEAN, CHECKBOX;

    /** The value as this comparison sees it; null when it counts as absent. */
    Object normalize(Object value) {
        if (value == null) {
            return null;
        }
        return switch (this) {
            case TEXT -> blankToNull(collapse(value.toString()));
            case LONG_TEXT -> blankToNull(collapse(value.toString()
                    .replace("\\$", "$").replace("\\*", "*").replace("\\_", "_").replace("<br>", " ")));
            case NUMBER -> value instanceof BigDecimal d ? d.stripTrailingZeros() : value;
            case DATE, BOOLEAN -> value;
            case CHECKBOX -> Boolean.TRUE.equals(value) ? Boolean.TRUE : null;
        };
    }

    boolean same(Object normalizedTruth, Object normalizedActual) {
        if (this == NUMBER && normalizedTruth instanceof BigDecimal a && normalizedActual instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(normalizedTruth, normalizedActual);
    }

    static String print(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
