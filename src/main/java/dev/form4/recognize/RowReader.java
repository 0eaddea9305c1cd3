package dev.form4.recognize;

import dev.form4.source.Atom;
import dev.form4.source.SourceRow;
import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Provenance;
import dev.form4.model.SourcePosition;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One data row to a {@link DraftRow}: atoms aligned to the columns of a transaction row, or of a holding row
 * when nothing marks a transaction (no date, no code); then each column's text read as its type.
 */
final class RowReader {

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");

    private RowReader() {
    }

    /** {@code source}: the row the atoms were read from, for its cells' extents (null for loose values). */
    static DraftRow read(List<Atom> atoms, SourceRow source, boolean derivative, CaptionHints captions, int line,
                         boolean loose, List<Diagnostic> diagnostics) {
        Map<Column, Integer> hints = captions.cells();
        TableKind kind = derivative ? TableKind.DERIVATIVE_TRANSACTION : TableKind.NON_DERIVATIVE_TRANSACTION;
        ColumnAligner.Alignment alignment = align(atoms, kind, hints, loose);
        if (!isTransaction(alignment, derivative) && !(derivative && codeUnread(alignment, atoms))) {
            kind = kind.holdingKind();
            alignment = align(atoms, kind, hints, loose);
        }
        DraftRow row = new DraftRow(kind, line, loose);
        for (ColumnReading reading : alignment.readings().values()) {
            put(row, reading);
        }
        // a flag printed in its own column (EDGAR's ASCII Table II) is read as printed, not from the sub-captions
        boolean flagPrinted = alignment.readings().containsKey(Column.ACQUIRED_DISPOSED);
        if (kind == TableKind.DERIVATIVE_TRANSACTION && !flagPrinted) {
            int shift = shift(alignment, hints);
            row.reading(Column.TRANSACTION_SHARES).ifPresent(shares -> {
                String code = captions.acquiredOrDisposed(loose ? null : source, shares.cell(), shift);
                if (code != null) {
                    row.set(Column.ACQUIRED_DISPOSED, FieldValue.read(code, shares.position()));
                }
            });
        }
        if (!kind.isHolding() && row.get(Column.EQUITY_SWAP).value() == null && row.get(Column.TRANSACTION_CODE).isPresent()) {
            // The V box sits beside the code; a code with no V beside it is no equity swap. That is the empty box
            // read as printed (a default), not an inference: provenance READ, so no inferred diagnostic is owed.
            row.set(Column.EQUITY_SWAP, FieldValue.read(Boolean.FALSE, row.position(Column.TRANSACTION_CODE)));
        }
        for (Atom stray : alignment.unplaced()) {
            if (stray.kind() != Atom.Kind.FOOTNOTE) {
                diagnostics.add(new Diagnostic(Diagnostic.Severity.INFO, Diagnostic.Kind.NOISE, stray.position(), null,
                        "ignored '" + stray + "' before the row's first column"));
            }
        }
        return row;
    }

    private static ColumnAligner.Alignment align(List<Atom> atoms, TableKind kind, Map<Column, Integer> hints, boolean loose) {
        return loose ? LooseRows.align(atoms, kind, hints) : ColumnAligner.align(atoms, kind, hints);
    }

    /**
     * How many cells a row is shifted where its amount stands: the date columns that follow the amount, (6) date
     * exercisable and expiration date, stand that many cells off their own sub-captions. 0 unless they agree.
     */
    private static int shift(ColumnAligner.Alignment alignment, Map<Column, Integer> hints) {
        Integer shift = null;
        for (Column column : List.of(Column.EXERCISE_DATE, Column.EXPIRATION_DATE)) {
            ColumnReading reading = alignment.readings().get(column);
            Integer hint = hints.get(column);
            if (reading == null || hint == null || reading.cell() < 0) {
                continue;
            }
            int offset = reading.cell() - hint;
            if (shift != null && shift != offset) {
                return 0;
            }
            shift = offset;
        }
        return shift == null ? 0 : shift;
    }

    /**
     * Table II: a row whose code was not read is still a transaction when it prints more amounts than a holding
     * has columns for: a holding prints two (the underlying shares and the amount owned), a transaction three
     * (its amount too, after its date). Prices are no amounts ("$0.00"), nor are marks.
     */
    private static boolean codeUnread(ColumnAligner.Alignment alignment, List<Atom> atoms) {
        ColumnReading date = alignment.readings().get(Column.TRANSACTION_DATE);
        return date != null && !date.isFootnoteOnly() && alignment.readings().containsKey(Column.TRANSACTION_SHARES)
                && atoms.stream().filter(a -> a.kind() == Atom.Kind.NUMBER).count() >= 3;
    }

    private static boolean isTransaction(ColumnAligner.Alignment alignment, boolean derivative) {
        // Table I: a transaction has its date; without one (cut away), a code with an amount beside it. A
        // holding's "I" (indirect) is also a valid code letter, so a lone letter does not make a transaction.
        // Table II: holdings have dates too (exercisable, expiration), so only a code makes a transaction.
        boolean code = alignment.readings().containsKey(Column.TRANSACTION_CODE);
        if (derivative) {
            return code;
        }
        ColumnReading date = alignment.readings().get(Column.TRANSACTION_DATE);
        return (date != null && !date.isFootnoteOnly()) || (code && alignment.readings().containsKey(Column.TRANSACTION_SHARES));
    }

    private static void put(DraftRow row, ColumnReading reading) {
        Column column = reading.column();
        List<String> footnotes = new ArrayList<>();
        reading.footnotes().forEach(n -> footnotes.add("F" + n));
        SourcePosition at = reading.position();
        Provenance provenance = reading.joinNote() != null && reading.kind() != Atom.Kind.TEXT ? Provenance.REPAIRED : Provenance.READ;
        if (column == Column.SHARES_OWNED_FOLLOWING && reading.kind() == Atom.Kind.PRICE) {
            column = Column.VALUE_OWNED_FOLLOWING;
        }
        row.setReading(column, reading);
        Object value = reading.isFootnoteOnly() ? null : switch (column.accepts()) {
            case AD_FLAG -> Set.of("A", "D").contains(reading.text()) ? reading.text() : null;
            case CODE -> ColumnAligner.TRANSACTION_CODES.contains(reading.text()) ? reading.text() : null;
            case TEXT, DI_FLAG -> reading.text();
            case SWAP_FLAG -> Boolean.TRUE;
            case DATE -> date(reading.text()).orElse(null);
            case NUMBER, PRICE -> NumberText.parse(reading.text()).orElse(null);
        };
        row.set(column, new FieldValue<>(value, footnotes, at, value == null ? Provenance.READ : provenance));
    }

    /** mm/dd/yyyy; a two-digit year is a date cut at a cell edge and left to the truncated-date repair. */
    static Optional<LocalDate> date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches() || m.group(3).length() != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

}
