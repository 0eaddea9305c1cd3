package dev.form4.repair;

import dev.form4.recognize.Column;
import dev.form4.recognize.DraftRow;
import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;

import dev.form4.source.Atom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What every repair rule may read and change: the draft rows, the footnotes, the form's own dates (period of
 * report, signatures) as evidence, the diagnostics it adds to, and the marks whose number no rule could read
 * yet ({@link UnreadMark}), which {@link UncitedNote} links or reports at the end.
 */
record RepairContext(List<DraftRow> rows, List<Footnote> footnotes, FieldValue<LocalDate> periodOfReport,
                     List<LocalDate> signatureDates, List<Diagnostic> diagnostics, List<UnreadMark> unreadMarks) {

    RepairContext(List<DraftRow> rows, List<Footnote> footnotes, FieldValue<LocalDate> periodOfReport,
                  List<LocalDate> signatureDates, List<Diagnostic> diagnostics) {
        this(rows, footnotes, periodOfReport, signatureDates, diagnostics, new ArrayList<>());
    }

    /**
     * A value's mark whose number is unreadable and that no note was linked to yet; {@code unreadable}: the
     * diagnostic that says so if it stays unlinked, or null where another diagnostic already has.
     */
    record UnreadMark(DraftRow row, Column column, Atom mark, Diagnostic unreadable) {
    }

    void repaired(DraftRow row, Column column, Object value, String evidence) {
        row.repair(column, value);
        diagnostics.add(Diagnostic.repaired(row.position(column), row.path(column), evidence));
    }

    void inferred(DraftRow row, Column column, Object value, String evidence) {
        row.infer(column, value);
        diagnostics.add(Diagnostic.inferred(row.position(column), row.path(column), evidence));
    }

    void inconsistent(DraftRow row, Column column, String message) {
        diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.INCONSISTENT, row.position(column),
                row.path(column), message));
    }
}
