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
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The marks no other rule could read ({@link RepairContext#unreadMarks}), linked by elimination where the
 * document leaves a note for each column they stand in: a filing cites every note it prints (in the corpus, all
 * 2,569 notes of the 323 filings are cited), so a note that no value cites is cited by some mark OCR did not
 * read; and it numbers its notes in the order the form first cites them (TitleSpecks), so of two such notes the
 * lower is the one first cited. When the notes no value cites (not counting notes that state a price range, a
 * price's) are as many as the columns the unread marks stand in, one or two, each a Table I column whose values
 * cite no note, the columns take the notes in the order of their first marks, where each note's number fits
 * the order of the notes cited around it. In the corpus, where the notes cited outside such columns leave as
 * many as the columns, every one of 1,456 marked values of one column carries the note so found, and 325 of 334
 * of two (the 9 in two filings whose XML lists the holdings after the transactions they were printed before).
 * Not codes, prices or exercise dates, whose marks often cite different notes in one column (a row's own
 * weighted-average price note; a date's vesting note beside another's); not where the notes' numbers are not
 * 1 to n (one of them lost, those left may not be all). Not in Table II, whose OCR lines wrap a row over
 * several and put a column's mark beside another's value (a footnote-only exercise price's "(1)" read as "e)"
 * after the title). Prices' unread marks may stand beside them when at least as many range notes are cited by
 * no value: each such note is a price's and is cited, so those marks are theirs. INFERRED with the evidence;
 * every other unread mark is reported as unreadable where it stands.
 */
final class UncitedNote {

    private static final Set<Column> NOT_LINKED = EnumSet.of(Column.TRANSACTION_CODE, Column.TRANSACTION_PRICE,
            Column.EXERCISE_DATE);
    /** Columns the corpus supports the elimination for at once. */
    private static final int MAX_COLUMNS = 2;

    private UncitedNote() {
    }

    /** One table's column holding unread marks, and where its first one stands. */
    private record Group(TableKind kind, Column column, SourcePosition first) {
    }

    static void apply(RepairContext context) {
        List<RepairContext.UnreadMark> marks = context.unreadMarks();
        Map<Group, Footnote> notes = marks.isEmpty() ? Map.of() : assignment(context, marks);
        Map<String, RepairContext.UnreadMark> byValue = new LinkedHashMap<>();
        marks.forEach(m -> byValue.putIfAbsent(m.row().path(m.column()), m));
        for (RepairContext.UnreadMark mark : byValue.values()) {
            Optional<Map.Entry<Group, Footnote>> note = notes.entrySet().stream()
                    .filter(e -> e.getKey().kind() == mark.row().kind() && e.getKey().column() == mark.column()).findFirst();
            if (note.isPresent()) {
                link(context, mark, note.get().getValue(), notes.size());
            } else if (mark.unreadable() != null) {
                context.diagnostics().add(mark.unreadable());
            }
        }
        marks.clear();
    }

    /** The note of each column the unread marks stand in, or none when the document does not make them certain. */
    private static Map<Group, Footnote> assignment(RepairContext context, List<RepairContext.UnreadMark> all) {
        if (!numberedOneToN(context.footnotes())) {
            return Map.of();
        }
        List<Footnote> uncited = uncited(context);
        List<Footnote> left = uncited.stream().filter(f -> !statesRange(f))
                .sorted(Comparator.comparingInt(f -> number(f.id()))).toList();
        long prices = all.stream().filter(m -> m.column() == Column.TRANSACTION_PRICE).count();
        if (prices > uncited.size() - left.size()) {
            return Map.of();
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (RepairContext.UnreadMark mark : all) {
            if (mark.column() == Column.TRANSACTION_PRICE) {
                continue;
            }
            String key = mark.row().kind() + "/" + mark.column();
            Group seen = groups.get(key);
            if (seen == null || compare(mark.mark().position(), seen.first()) < 0) {
                groups.put(key, new Group(mark.row().kind(), mark.column(), mark.mark().position()));
            }
        }
        List<Group> ordered = groups.values().stream().sorted((a, b) -> compare(a.first(), b.first())).toList();
        if (ordered.isEmpty() || ordered.size() > MAX_COLUMNS || ordered.size() != left.size()
                || ordered.stream().anyMatch(g -> !linkable(context, g))) {
            return Map.of();
        }
        Map<Integer, SourcePosition> firstCited = firstCitations(context);
        Map<Group, Footnote> notes = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (!inCitationOrder(firstCited, ordered.get(i).first(), number(left.get(i).id()), ordered.size() > 1)) {
                return Map.of();
            }
            notes.put(ordered.get(i), left.get(i));
        }
        return notes;
    }

    private static boolean numberedOneToN(List<Footnote> footnotes) {
        Set<String> ids = new HashSet<>();
        footnotes.forEach(f -> ids.add(f.id()));
        for (int n = 1; n <= footnotes.size(); n++) {
            if (!ids.contains("F" + n)) {
                return false;
            }
        }
        return true;
    }

    /** A Table I column that may be linked so, where no value cites a note, and whose first mark's place is known. */
    private static boolean linkable(RepairContext context, Group group) {
        return !group.kind().isDerivative() && !NOT_LINKED.contains(group.column()) && group.first().isKnown()
                && context.rows().stream().filter(r -> r.kind() == group.kind())
                .allMatch(r -> r.get(group.column()).footnoteIds().isEmpty());
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

    private static boolean statesRange(Footnote footnote) {
        return WeightedAveragePrice.holds(footnote, BigDecimal.ONE).isPresent();
    }

    /** Where each cited note is first cited. */
    private static Map<Integer, SourcePosition> firstCitations(RepairContext context) {
        Map<Integer, SourcePosition> first = new HashMap<>();
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
        return first;
    }

    /**
     * Note k may be first cited at or before {@code marksAt}, its column's first unread mark, and after every lower
     * note's first citation and before every higher one's. A note left uncited out of that order (F1 where F2 is
     * cited before the marks) is cited by a mark OCR lost elsewhere, and the marks may be another note's. With
     * two columns ({@code atTheMark}) the note must be first cited at the column's first mark itself: which column
     * takes which note goes by their first marks, and a column whose first mark OCR lost would take the other's.
     */
    private static boolean inCitationOrder(Map<Integer, SourcePosition> firstCited, SourcePosition marksAt, int k,
                                           boolean atTheMark) {
        SourcePosition lower = null; // the last first citation of a lower note
        SourcePosition higher = null; // the earliest first citation of a higher note
        for (Map.Entry<Integer, SourcePosition> e : firstCited.entrySet()) {
            if (e.getKey() < k && (lower == null || compare(e.getValue(), lower) > 0)) {
                lower = e.getValue();
            } else if (e.getKey() > k && (higher == null || compare(e.getValue(), higher) < 0)) {
                higher = e.getValue();
            }
        }
        if (atTheMark) {
            return (lower == null || compare(lower, marksAt) < 0) && (higher == null || compare(marksAt, higher) < 0);
        }
        SourcePosition latest = higher == null || compare(marksAt, higher) < 0 ? marksAt : higher;
        return lower == null || compare(lower, latest) < 0;
    }

    private static int compare(SourcePosition a, SourcePosition b) {
        return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column());
    }

    private static int number(String id) {
        return Integer.parseInt(id.substring(1));
    }

    private static void link(RepairContext context, RepairContext.UnreadMark mark, Footnote note, int columns) {
        DraftRow row = mark.row();
        FieldValue<Object> value = row.get(mark.column());
        List<String> ids = new ArrayList<>(value.footnoteIds());
        ids.add(note.id());
        row.set(mark.column(), new FieldValue<>(value.value(), ids, value.position(), Provenance.INFERRED));
        String why = columns == 1
                ? "the only note no value cites (a filing cites every note) that states no price range, and every"
                        + " unread mark of the document but prices' stands in this column, whose values cite no note"
                : "of the " + columns + " notes no value cites (a filing cites every note) that state no price range,"
                        + " the one this column's marks take by the order notes are numbered in (as first cited): every"
                        + " unread mark of the document but prices' stands in one of " + columns + " columns, whose"
                        + " values cite no note";
        context.diagnostics().add(Diagnostic.inferred(mark.mark().position(), row.path(mark.column()), "the footnote"
                + " mark '" + mark.mark().text() + "' at " + mark.mark().position() + " has no readable number; linked to " + note.id() + ", " + why));
    }
}
