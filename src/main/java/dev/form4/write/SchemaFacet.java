package dev.form4.write;

import dev.form4.model.DocumentField;
import dev.form4.model.OwnerFields;
import dev.form4.model.TableColumn;
import dev.form4.model.ValueType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The lexical form an ownershipDocument element accepts for a model value, or why the value does not fit
 * (too long, not a picklist code, too many decimals ...). A value that does not fit is treated as unread:
 * writing it would make the document invalid.
 */
interface SchemaFacet {

    /** The text to write, or the reason the value cannot be written. */
    Lexical lexical(Object value);

    record Lexical(String text, String misfit) {
        static Lexical ok(String text) {
            return new Lexical(text, null);
        }

        static Lexical misfit(String why) {
            return new Lexical(null, why);
        }

        boolean fits() {
            return misfit == null;
        }
    }

    BigDecimal MAX_DECIMAL = new BigDecimal("999999999999.9999");

    /** POSITIVE_DECIMAL: 0 to 999999999999.9999, at most 4 decimals. */
    SchemaFacet DECIMAL = value -> {
        BigDecimal number = JsonWriter.normalize((BigDecimal) value);
        if (number.signum() < 0) {
            return Lexical.misfit("negative number " + number.toPlainString() + " (the schema allows 0 or more)");
        }
        if (number.scale() > 4) {
            return Lexical.misfit(number.toPlainString() + " has more than 4 decimals");
        }
        if (number.compareTo(MAX_DECIMAL) > 0) {
            return Lexical.misfit(number.toPlainString() + " is larger than the schema allows");
        }
        return Lexical.ok(number.toPlainString());
    };

    SchemaFacet DATE = value -> {
        LocalDate date = (LocalDate) value;
        return date.getYear() < 1 || date.getYear() > 9999
                ? Lexical.misfit("date " + date + " out of range") : Lexical.ok(date.toString());
    };

    SchemaFacet BOOLEAN = value -> Lexical.ok(((Boolean) value) ? "1" : "0");

    SchemaFacet STATE = value -> {
        String text = value.toString().trim();
        return EdgarSchema.stateCodes().contains(text)
                ? Lexical.ok(text) : Lexical.misfit("'" + text + "' is not a state or country code of the schema");
    };

    /** Trimmed text of 1 to max characters. */
    static SchemaFacet text(int max) {
        return value -> {
            String text = value.toString().strip();
            if (text.isEmpty()) {
                return Lexical.misfit("empty text");
            }
            return text.length() > max
                    ? Lexical.misfit("text of " + text.length() + " characters, longer than the " + max + " the schema allows")
                    : Lexical.ok(text);
        };
    }

    /** Text matching a picklist or pattern of the schema. */
    static SchemaFacet pattern(String regex, int max) {
        Pattern pattern = Pattern.compile(regex);
        SchemaFacet length = text(max);
        return value -> {
            Lexical lexical = length.lexical(value);
            if (!lexical.fits() || pattern.matcher(lexical.text()).matches()) {
                return lexical;
            }
            return Lexical.misfit("'" + lexical.text() + "' does not match " + regex);
        };
    }

    /** What the schema accepts for a value of this type, limits and pattern (for a text or a code). */
    static SchemaFacet of(ValueType type, int maxLength, String pattern) {
        return switch (type) {
            case NUMBER -> DECIMAL;
            case DATE -> DATE;
            case FLAG -> BOOLEAN;
            case TEXT, CODE -> pattern == null ? text(maxLength) : pattern(pattern, maxLength);
        };
    }

    /** The facet of a table column. */
    static SchemaFacet of(TableColumn column) {
        return COLUMN_FACETS.get(column);
    }

    /** rptOwnerState's codes are the schema's own list, which {@link EdgarSchema} reads from the XSD. */
    static SchemaFacet of(DocumentField<?> field) {
        return field == OwnerFields.STATE ? STATE : of(field.type(), field.maxLength(), field.pattern());
    }

    /** Built once, as every value of every row asks for its column's. */
    Map<TableColumn, SchemaFacet> COLUMN_FACETS = columnFacets();

    private static Map<TableColumn, SchemaFacet> columnFacets() {
        Map<TableColumn, SchemaFacet> facets = new EnumMap<>(TableColumn.class);
        for (TableColumn column : TableColumn.values()) {
            facets.put(column, of(column.type(), column.maxLength(), column.pattern()));
        }
        return Collections.unmodifiableMap(facets);
    }
}
