package dev.form4.edgar;

import dev.form4.model.FieldValue;
import dev.form4.model.Provenance;
import dev.form4.model.SourcePosition;
import dev.form4.model.ValueType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Turns ownershipDocument elements into {@link FieldValue}s. Two shapes exist in the schema: a "value
 * element" ({@code <transactionShares><value>100</value><footnoteId id="F1"/></transactionShares>}, where the
 * value may be absent and only footnotes given) and a plain element whose text is the value
 * ({@code <periodOfReport>2019-11-07</periodOfReport>}).
 */
final class FieldReader {

    private final String source;

    FieldReader(String source) {
        this.source = source;
    }

    /** A value element; {@code extraFootnotes} come from an enclosing element that the printed form shows at the same place. */
    <T> FieldValue<T> value(XmlNode element, Function<String, T> parse, List<String> extraFootnotes) {
        String raw = element.child("value").text();
        List<String> ids = new java.util.ArrayList<>(element.footnoteIds());
        for (String id : extraFootnotes) {
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        T value = raw == null ? null : convert(element.child("value"), raw, parse);
        if (value == null && ids.isEmpty()) {
            return FieldValue.absent();
        }
        return new FieldValue<>(value, ids, SourcePosition.UNKNOWN, Provenance.READ);
    }

    <T> FieldValue<T> value(XmlNode element, Function<String, T> parse) {
        return value(element, parse, List.of());
    }

    /** A plain element whose text is the value (no footnotes possible). */
    <T> FieldValue<T> plain(XmlNode element, Function<String, T> parse) {
        String raw = element.text();
        return raw == null ? FieldValue.absent() : FieldValue.of(convert(element, raw, parse));
    }

    private <T> T convert(XmlNode where, String raw, Function<String, T> parse) {
        try {
            return parse.apply(raw);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new EdgarXmlException(source + ": " + where.path() + ": cannot read '" + raw + "': " + e.getMessage(), e);
        }
    }

    /** How a value of {@code type} is read from its element's text. */
    static Function<String, ?> parser(ValueType type) {
        return switch (type) {
            case TEXT, CODE -> FieldReader::string;
            case DATE -> FieldReader::date;
            case NUMBER -> FieldReader::decimal;
            case FLAG -> FieldReader::bool;
        };
    }

    static String string(String raw) {
        return raw.replaceAll("\\s+", " ");
    }

    /** Exact decimal; thousands separators are tolerated though the schema does not use them. */
    static BigDecimal decimal(String raw) {
        return new BigDecimal(raw.replace(",", ""));
    }

    /** xs:date, possibly with a time-zone suffix ("2019-11-07-05:00"), which the printed form never shows. */
    static LocalDate date(String raw) {
        return LocalDate.parse(raw.length() > 10 ? raw.substring(0, 10) : raw);
    }

    /** The schema allows 0/1 and false/true. */
    static Boolean bool(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "1", "true" -> Boolean.TRUE;
            case "0", "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean (expected 0, 1, true or false)");
        };
    }
}
