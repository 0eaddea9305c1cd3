package dev.form4.write;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A model value as the text flat outputs show: exact plain decimals, ISO dates, true/false, empty for null. */
public final class CellText {

    private CellText() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return JsonWriter.normalize(number).toPlainString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value.toString();
    }
}
