package dev.form4.repair;

import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;
import dev.form4.model.Provenance;
import dev.form4.model.SourcePosition;
import dev.form4.recognize.Column;
import dev.form4.recognize.DraftRow;
import dev.form4.recognize.TableKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The marks no other rule could read ({@link RepairContext#unreadMarks}), linked by elimination where the
 * document leaves one note for them: a filing cites every note it prints (in the corpus, all 2,569 notes of the
 * 323 filings are cited), so a note that no value cites is cited by some mark OCR did not read. When exactly one
 * note is left so, and every unread mark of the document stands in one column of one table whose values cite no
 * note at all, those marks are that note: in the corpus, where the notes cited outside such a column leave
 * exactly one (not counting notes that state a price range, a price's), 1,657 of its 1,684 marked values carry
 * that note (673 of 675 share amounts). Not codes, prices or exercise dates, whose marks often cite different
 * notes in one column (a row's own weighted-average price note; a date's vesting note beside another's); not
 * where the notes' numbers are not 1 to n (one of them lost, the one left may not be the only one). Not in Table
 * II, whose OCR lines wrap a row over several and put a column's mark beside another's value (a footnote-only
 * exercise price's "(1)" read as "e)" after the title). INFERRED with
 * the evidence; every other unread mark is reported as unreadable where it stands.
 */
final class UncitedNote {

    private static final Set<Column> NOT_LINKED = EnumSet.of(Column.TRANSACTION_CODE, Column.TRANSACTION_PRICE,
            Column.EXERCISE_DATE);

    private UncitedNote() {
    }

    static void apply(RepairContext context) {
        List<RepairContext.UnreadMark> marks = context.unreadMarks();
        Optional<Footnote> left = marks.isEmpty() ? Optional.empty() : onlyUncited(context);
        if (left.isPresent() && inOneUncitingColumn(context, marks) && inCitationOrder(context, marks, left.get())) {
            Map<String, RepairContext.UnreadMark> byValue = new LinkedHashMap<>();
            marks.forEach(m -> byValue.putIfAbsent(m.row().path(m.column()), m));
            for (RepairContext.UnreadMark mark : byValue.values()) {
                if (mark.column() == Column.TRANSACTION_PRICE) {
                    Optional.ofNullable(mark.unreadable()).ifPresent(context.diagnostics()::add); // a price's: one of the uncited range notes
                } else {
                    link(context, mark, left.get());
                }
            }
        } else {
            marks.stream().filter(m -> m.unreadable() != null).forEach(m -> context.diagnostics().add(m.unreadable()));
        }
        marks.clear();
    }

    /** The one note no value cites and that states no price range, when the notes are numbered 1 to n. */
    private static Optional<Footnote> onlyUncited(RepairContext context) {
        Set<String> ids = new HashSet<>();
        for (Footnote footnote : context.footnotes()) {
            ids.add(footnote.id());
        }
        for (int n = 1; n <= context.footnotes().size(); n++) {
            if (!ids.contains("F" + n)) {
                return Optional.empty();
            }
        }
        List<Footnote> uncited = uncited(context).stream().filter(f -> !statesRange(f)).toList();
        return uncited.size() == 1 ? Optional.of(uncited.get(0)) : Optional.empty();
    }

    private static List<Footnote> uncited(RepairContext context) {
        Set<String> cited = new HashSet<>();
        for (DraftRow row : context.rows()) {
            for (Column column : row.kind().columns()) {
                cited.addAll(row.get(column).footnoteIds());
            }
        }
        return context.footnotes().stream().filter(f -> !cited.contains(f.id())).toList();
    }

    private static long uncitedRanges(RepairContext context) {
        return uncited(context).stream().filter(UncitedNote::statesRange).count();
    }

    private static boolean statesRange(Footnote footnote) {
        return WeightedAveragePrice.holds(footnote, BigDecimal.ONE).isPresent();
    }

    /**
     * Every mark in one column of one table, a column that may be linked so and where no value cites a note; but
     * for prices' marks, where at least as many notes that state a price range are cited by no value: each such
     * note is a price's and is cited, so those marks are theirs, not the one note left.
     */
    private static boolean inOneUncitingColumn(RepairContext context, List<RepairContext.UnreadMark> all) {
        List<RepairContext.UnreadMark> prices = all.stream().filter(m -> m.column() == Column.TRANSACTION_PRICE).toList();
        List<RepairContext.UnreadMark> marks = all.stream().filter(m -> m.column() != Column.TRANSACTION_PRICE).toList();
        if (marks.isEmpty() || prices.size() > uncitedRanges(context)) {
            return false;
        }
        TableKind kind = marks.get(0).row().kind();
        Column column = marks.get(0).column();
        if (kind.isDerivative() || NOT_LINKED.contains(column) || marks.stream().anyMatch(m -> m.row().kind() != kind || m.column() != column)) {
            return false;
        }
        return context.rows().stream().filter(r -> r.kind() == kind).allMatch(r -> r.get(column).footnoteIds().isEmpty());
    }

    /**
     * The marks may stand where the note's number says it is first cited: a filing numbers its notes in the order
     * the form first cites them (TitleSpecks), so note k is first cited after every lower note's first citation
     * and before every higher one's, and at the latest at its first unread mark. A note left uncited out of that
     * order (F1 where F2 is cited before the marks) is cited by a mark OCR lost elsewhere, and the marks may be
     * another note's. Notes that state a price range and that no value cites have no known place and are passed.
     */
    private static boolean inCitationOrder(RepairContext context, List<RepairContext.UnreadMark> marks, Footnote note) {
        SourcePosition latest = marks.stream().filter(m -> m.column() != Column.TRANSACTION_PRICE).map(m -> m.mark().position()).min(UncitedNote::compare).orElseThrow();
        if (!latest.isKnown()) {
            return false;
        }
        int k = number(note.id());
        Map<Integer, SourcePosition> first = new java.util.HashMap<>();
        for (DraftRow row : context.rows()) {
            for (Column column : row.kind().columns()) {
                SourcePosition at = row.get(column).position();
                for (String id : row.get(column).footnoteIds()) {
                    if (at.isKnown()) {
                        first.merge(number(id), at, (x, y) -> compare(x, y) <= 0 ? x : y);
                    }
                }
            }
        }
        SourcePosition lower = null; // the last first citation of a lower note
        SourcePosition higher = latest; // the earliest place note k may be first cited after
        for (Map.Entry<Integer, SourcePosition> e : first.entrySet()) {
            if (e.getKey() < k && (lower == null || compare(e.getValue(), lower) > 0)) {
                lower = e.getValue();
            } else if (e.getKey() > k && compare(e.getValue(), higher) < 0) {
                higher = e.getValue();
            }
        }
        return lower == null || compare(lower, higher) < 0;
    }

    private static int compare(SourcePosition a, SourcePosition b) {
        return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column());
    }

    private static int number(String id) {
        return Integer.parseInt(id.substring(1));
    }

    private static void link(RepairContext context, RepairContext.UnreadMark mark, Footnote note) {
        DraftRow row = mark.row();
        FieldValue<Object> value = row.get(mark.column());
        List<String> ids = new ArrayList<>(value.footnoteIds());
        ids.add(note.id());
        row.set(mark.column(), new FieldValue<>(value.value(), ids, value.position(), Provenance.INFERRED));
        context.diagnostics().add(Diagnostic.inferred(mark.mark().position(), row.path(mark.column()), "the footnote"
                + " mark '" + mark.mark().text() + "' at " + mark.mark().position().line() + ":"
                + mark.mark().position().column() + " has no readable number; linked to " + note.id() + ", the only"
                + " note no value cites (a filing cites every note) that states no price range, and every unread mark"
                + " of the document but prices' stands in this column, whose values cite no note"));
    }
}
