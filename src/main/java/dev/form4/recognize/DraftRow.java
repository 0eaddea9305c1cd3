package dev.form4.recognize;

import dev.form4.model.FieldValue;
import dev.form4.model.Provenance;
import dev.form4.model.SourcePosition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A table row while it is being read and repaired: one field value per column plus what the aligner saw there
 * (the evidence repair rules use). Mutable on purpose and private to the build and repair stages; the model
 * gets immutable records made from it at the end.
 */
public final class DraftRow {

    private final TableKind kind;
    private final int line;
    private final boolean loose;
    private int index;
    private final Map<Column, FieldValue<?>> values = new EnumMap<>(Column.class);
    private final Map<Column, ColumnReading> readings = new EnumMap<>(Column.class);

    public DraftRow(TableKind kind, int line, boolean loose) {
        this.kind = kind;
        this.line = line;
        this.loose = loose;
    }

    public TableKind kind() {
        return kind;
    }

    /** 1-based source line of the row (for loose rows, of its first value). */
    public int line() {
        return line;
    }

    /** True when the row was rebuilt from loose lines that fell out of its table. */
    public boolean isLoose() {
        return loose;
    }

    public int index() {
        return index;
    }

    void setIndex(int index) {
        this.index = index;
    }

    /** "nonDerivativeTable.transactions[2].sharesOwnedFollowingTransaction" */
    public String path(Column column) {
        return kind.path() + "[" + index + "]." + column.field();
    }

    @SuppressWarnings("unchecked")
    public <T> FieldValue<T> get(Column column) {
        return (FieldValue<T>) values.getOrDefault(column, FieldValue.absent());
    }

    public void set(Column column, FieldValue<?> value) {
        values.put(column, value);
    }

    public Optional<ColumnReading> reading(Column column) {
        return Optional.ofNullable(readings.get(column));
    }

    void setReading(Column column, ColumnReading reading) {
        readings.put(column, reading);
    }

    public Optional<BigDecimal> number(Column column) {
        return Optional.ofNullable(this.<BigDecimal>get(column).value());
    }

    public Optional<LocalDate> date(Column column) {
        return Optional.ofNullable(this.<LocalDate>get(column).value());
    }

    public Optional<String> text(Column column) {
        Object value = get(column).value();
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    /** Where the column's value was read, or where the row starts. */
    public SourcePosition position(Column column) {
        SourcePosition at = get(column).position();
        return at.isKnown() ? at : new SourcePosition(line, 1);
    }

    /** Replaces a value by a repaired one, keeping its footnotes and position. */
    public <T> void repair(Column column, T value) {
        FieldValue<T> old = get(column);
        SourcePosition at = old.position().isKnown() ? old.position() : new SourcePosition(line, 1);
        values.put(column, new FieldValue<>(value, old.footnoteIds(), at, Provenance.REPAIRED));
    }

    /** Withdraws a value that turned out not to be readable; its footnotes and position stay. */
    public void unread(Column column) {
        FieldValue<?> old = get(column);
        values.put(column, new FieldValue<>(null, old.footnoteIds(), old.position(), Provenance.READ));
    }

    public <T> void infer(Column column, T value) {
        FieldValue<T> old = get(column);
        SourcePosition at = old.position().isKnown() ? old.position() : new SourcePosition(line, 1);
        values.put(column, new FieldValue<>(value, old.footnoteIds(), at, Provenance.INFERRED));
    }

    /** The text as read in the column ("5,553,950"), or empty when nothing was read there. */
    public Optional<String> rawText(Column column) {
        return reading(column).map(ColumnReading::text);
    }
}
