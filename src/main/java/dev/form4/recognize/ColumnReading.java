package dev.form4.recognize;

import dev.form4.source.Atom;
import dev.form4.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;

/**
 * What the aligner put in one column of one row: the atoms it took, the text they make together (a number
 * rebuilt from pieces, or words), the footnotes attached, and the atoms it set aside next to it (fragments that
 * repair rules may use as evidence).
 *
 * @param cell the pipe cell of the reading's main piece (-1 for loose lines)
 * @param joinNote how pieces were joined, or null when the value was read from one piece
 */
public record ColumnReading(Column column, String text, Atom.Kind kind, List<Integer> footnotes,
                            SourcePosition position, int cell, String joinNote, List<Atom> fragments) {

    public ColumnReading {
        footnotes = List.copyOf(footnotes);
        fragments = List.copyOf(fragments);
    }

    /** A footnote-only value: "(9)" standing where the value would be. */
    public boolean isFootnoteOnly() {
        return kind == Atom.Kind.FOOTNOTE;
    }

    ColumnReading withFragments(List<Atom> more) {
        List<Atom> all = new ArrayList<>(fragments);
        all.addAll(more);
        return new ColumnReading(column, text, kind, footnotes, position, cell, joinNote, all);
    }

    ColumnReading withFootnote(int footnote) {
        if (footnotes.contains(footnote)) {
            return this;
        }
        List<Integer> all = new ArrayList<>(footnotes);
        all.add(footnote);
        return new ColumnReading(column, text, kind, all, position, cell, joinNote, fragments);
    }
}
