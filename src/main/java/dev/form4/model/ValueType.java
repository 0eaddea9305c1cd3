package dev.form4.model;

/**
 * What a field of the form holds. Writers format and readers parse by it, and it tells a scorer how to compare
 * two readings; the Java type of the value follows from it (see {@link #javaType()}).
 */
public enum ValueType {
    /** Words as printed: titles, names, addresses. */
    TEXT(String.class),
    /** A calendar date, written yyyy-MM-dd. */
    DATE(java.time.LocalDate.class),
    /** An exact decimal: shares, prices, dollar values. */
    NUMBER(java.math.BigDecimal.class),
    /** One of a closed list of codes: transaction code, A/D, D/I, state. */
    CODE(String.class),
    /** A check box or yes/no mark. */
    FLAG(Boolean.class);

    private final Class<?> javaType;

    ValueType(Class<?> javaType) {
        this.javaType = javaType;
    }

    /** The class of the values a {@link FieldValue} of this type holds. */
    public Class<?> javaType() {
        return javaType;
    }
}
