package dev.form4.recognize;

import dev.form4.source.Atom;
import java.util.HashMap;
import dev.form4.parse.FormTree;
import dev.form4.source.Atomizer;
import dev.form4.source.SourceCell;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Table rows that fell out of their table and stand one value per line among the footnotes (the seed's third
 * Table II row). Values keep their column order there except words, which Marker moves around ("\$26.86",
 * "11/11/2019", "Stock Option", "(right to", "buy)", ...): so the non-text values are aligned by type and
 * order, and the texts fill the text columns in order (title, underlying title, nature).
 */
final class LooseRows {

    private LooseRows() {
    }

    /** The loose lines as groups of atoms, one group per fallen-out row. */
    static List<List<Atom>> rows(List<FormTree.Row> looseRows, boolean derivative) {
        // a fallen-out row may keep its pipes: its cells are read as lines
        List<SourceCell> lines = new ArrayList<>();
        for (FormTree.Row row : looseRows) {
            lines.addAll(row.source().cells());
        }
        List<Atom> atoms = Atomizer.atoms(lines);
        List<List<Atom>> rows = new ArrayList<>();
        List<Atom> current = new ArrayList<>();
        boolean sawFollowingCandidate = false;
        for (Atom atom : atoms) {
            current.add(atom);
            if (atom.isNumeric()) {
                sawFollowingCandidate = true;
            }
            // A row ends at its ownership letter: for Table II the only letter after the numbers is D/I; in
            // Table I the A/D letter comes before the price, so D/I is a letter after a price and a number.
            if (atom.kind() == Atom.Kind.LETTER && sawFollowingCandidate && endsRow(current, derivative)) {
                rows.add(current);
                current = new ArrayList<>();
                sawFollowingCandidate = false;
            }
        }
        if (!current.isEmpty()) {
            rows.add(current);
        }
        // An indirect holding (I) has a nature of ownership, printed after the I: text opening the next group
        // belongs to the row that ended with I.
        for (int r = 1; r < rows.size(); r++) {
            List<Atom> previous = rows.get(r - 1);
            List<Atom> next = rows.get(r);
            if (previous.get(previous.size() - 1).text().equals("I")) {
                while (!next.isEmpty() && (next.get(0).kind() == Atom.Kind.TEXT
                        || next.get(0).kind() == Atom.Kind.FOOTNOTE && previous.get(previous.size() - 1).kind() == Atom.Kind.TEXT)) {
                    previous.add(next.remove(0));
                }
            }
        }
        rows.removeIf(List::isEmpty);
        rows.removeIf(row -> row.stream().filter(a -> a.kind() != Atom.Kind.TEXT && a.kind() != Atom.Kind.FOOTNOTE).count() < 3);
        return rows;
    }

    private static boolean endsRow(List<Atom> row, boolean derivative) {
        Atom letter = row.get(row.size() - 1);
        if (!letter.text().equals("D") && !letter.text().equals("I")) {
            return false;
        }
        if (derivative) {
            return true;
        }
        boolean price = false;
        for (Atom atom : row) {
            if (atom.kind() == Atom.Kind.PRICE) {
                price = true;
            } else if (price && atom.kind() == Atom.Kind.NUMBER) {
                return true;
            }
        }
        return false;
    }

    static ColumnAligner.Alignment align(List<Atom> atoms, TableKind kind, Map<Column, Integer> hints) {
        List<Atom> values = new ArrayList<>();
        List<Atom> texts = new ArrayList<>();
        Map<Atom, List<Integer>> textFootnotes = new HashMap<>();
        Atom previous = null;
        for (Atom atom : atoms) {
            if (atom.kind() == Atom.Kind.FOOTNOTE && atom.attached() && previous != null && previous.kind() == Atom.Kind.TEXT) {
                textFootnotes.computeIfAbsent(previous, a -> new ArrayList<>()).add(atom.footnote()); // "Fund, LP (2)"
                continue;
            }
            if (atom.endsText() && previous != null && previous.kind() == Atom.Kind.TEXT && previous.cell() == atom.cell()) {
                // one value a line: a price or date on a line of words ends them ("Common Stock, par value \$0.001")
                Atom joined = new Atom(Atom.Kind.TEXT, previous.text() + " " + atom, 0, previous.cell(), previous.position());
                texts.set(texts.size() - 1, joined);
                List<Integer> marks = textFootnotes.remove(previous);
                if (marks != null) {
                    textFootnotes.put(joined, marks);
                }
                previous = joined;
                continue;
            }
            (atom.kind() == Atom.Kind.TEXT ? texts : values).add(atom);
            previous = atom;
        }
        ColumnAligner.Alignment aligned = ColumnAligner.align(values, kind, hints);
        Map<Column, ColumnReading> readings = new EnumMap<>(Column.class);
        readings.putAll(aligned.readings());
        List<Column> textColumns = kind.columns().stream().filter(c -> c.accepts() == Column.Accepts.TEXT).toList();
        List<Atom> unplaced = new ArrayList<>(aligned.unplaced());
        for (int i = 0; i < texts.size(); i++) {
            Atom text = texts.get(i);
            if (i < textColumns.size()) {
                readings.put(textColumns.get(i), new ColumnReading(textColumns.get(i), text.text(), Atom.Kind.TEXT,
                        textFootnotes.getOrDefault(text, List.of()), text.position(), -1, null, List.of()));
            } else {
                unplaced.add(text);
            }
        }
        return new ColumnAligner.Alignment(readings, unplaced, aligned.cost());
    }
}
