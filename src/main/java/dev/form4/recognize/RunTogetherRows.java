package dev.form4.recognize;

import dev.form4.parse.Form4Parser;
import dev.form4.parse.FormTree;
import dev.form4.source.Atom;
import dev.form4.source.Atomizer;
import dev.form4.source.Item;
import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One line that holds several rows of a table, as pdf2md writes a whole table into one paragraph ("Class A
 * Common Stock 04/13/2022 S 100 D $2,556.7346(2)^ 13,788 D Class A Common Stock 04/13/2022 S 300 D ..."). A
 * reader splits it where each piece reads as a whole row: every row starts with its title, and the split is the
 * one whose pieces fill their columns best (the aligner's cost), each further row paying a little, so that a
 * row is not cut where it reads as well whole. The ownership letter before a title ends its row ("... 13,888 D"),
 * which it cannot while the title's words stand next to it.
 */
final class RunTogetherRows {

    /** What each row of a split costs: more than a value set aside, less than a column filled. */
    private static final double PER_ROW = 0.9;
    /** A nature of indirect ownership beside a direct "D" is a title read into the wrong row. */
    private static final double NATURE_OF_DIRECT = 1.5;
    /** No row of the form holds more items than this. */
    private static final int MAX_ROW_ITEMS = 50;

    private RunTogetherRows() {
    }

    /** The line as the rows it holds (itself when it reads best as one). */
    static List<FormTree.Row> split(FormTree.Row line, boolean derivative, Map<Column, Integer> hints) {
        SourceRow source = line.source();
        if (source.cells().size() != 1 || line.type() != Form4Parser.DATA_ROW) {
            return List.of(line);
        }
        List<Item> items = source.cells().get(0).items();
        if (!holdsARowAfterTheOwnershipFlag(items)) {
            return List.of(line);
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (i == 0 || isTitleStart(items.get(i))) {
                starts.add(i);
            }
        }
        if (starts.size() < 2) {
            return List.of(line);
        }
        int n = starts.size();
        double[] best = new double[n + 1]; // best[k]: items before starts[k] split into rows (best[n]: all items)
        int[] from = new int[n + 1];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int k = 0; k < n; k++) {
            if (best[k] == Double.POSITIVE_INFINITY) {
                continue;
            }
            for (int e = k + 1; e <= n; e++) {
                int first = starts.get(k);
                int end = e < n ? starts.get(e) : items.size();
                if (end - first > MAX_ROW_ITEMS) {
                    break;
                }
                double cost = best[k] + rowCost(piece(source, items, first, end), derivative, hints);
                if (cost < best[e]) {
                    best[e] = cost;
                    from[e] = k;
                }
            }
        }
        if (best[n] == Double.POSITIVE_INFINITY) {
            return List.of(line);
        }
        List<Integer> cuts = new ArrayList<>();
        for (int e = n; e > 0; e = from[e]) {
            cuts.add(0, e);
        }
        if (cuts.size() == 1) {
            return List.of(line);
        }
        List<FormTree.Row> rows = new ArrayList<>();
        int previous = 0;
        for (int e : cuts) {
            int first = starts.get(previous);
            int end = e < n ? starts.get(e) : items.size();
            SourceRow piece = piece(source, items, first, end);
            rows.add(new FormTree.Row(Form4Parser.DATA_ROW, piece, Atomizer.atoms(piece)));
            previous = e;
        }
        return rows;
    }

    /**
     * A row ends with its ownership flag and perhaps a nature; a title after "D" or "I" followed by further
     * values is the next row's ("... 13,888 D Class A Common Stock 04/13/2022 ..."). Without one, the line is one
     * row, however many values OCR left in it.
     */
    private static boolean holdsARowAfterTheOwnershipFlag(List<Item> items) {
        for (int i = 0; i + 1 < items.size(); i++) {
            Item flag = items.get(i);
            if (flag.kind() == Item.Kind.WORD && (flag.text().equals("D") || flag.text().equals("I"))
                    && isTitleStart(items.get(i + 1))) {
                for (int j = i + 2; j < items.size(); j++) {
                    Item.Kind kind = items.get(j).kind();
                    if (kind == Item.Kind.DATE || kind == Item.Kind.NUMBER || kind == Item.Kind.PRICE) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A row starts with its title: a capitalised word. */
    private static boolean isTitleStart(Item item) {
        return item.kind() == Item.Kind.WORD && Character.isUpperCase(item.text().codePointAt(0));
    }

    private static SourceRow piece(SourceRow line, List<Item> items, int first, int end) {
        List<Item> part = items.subList(first, end);
        StringBuilder text = new StringBuilder();
        part.forEach(i -> text.append(text.isEmpty() ? "" : " ").append(i.text()));
        SourceCell cell = new SourceCell(0, part, text.toString(), part.get(0).position(), 0, 1);
        return new SourceRow(line.line(), line.lastLine(), line.shape(), -1, first == 0 && line.blankBefore(), List.of(cell));
    }

    /** How well a piece reads as one row: a title first, a value in it, its columns filled. */
    private static double rowCost(SourceRow piece, boolean derivative, Map<Column, Integer> hints) {
        List<Atom> atoms = Atomizer.atoms(piece);
        if (atoms.isEmpty() || atoms.get(0).kind() != Atom.Kind.TEXT
                || atoms.stream().noneMatch(a -> a.kind() != Atom.Kind.TEXT && a.kind() != Atom.Kind.FOOTNOTE)) {
            return Double.POSITIVE_INFINITY;
        }
        TableKind transaction = derivative ? TableKind.DERIVATIVE_TRANSACTION : TableKind.NON_DERIVATIVE_TRANSACTION;
        double best = Double.POSITIVE_INFINITY;
        for (TableKind kind : List.of(transaction, transaction.holdingKind())) {
            ColumnAligner.Alignment alignment = ColumnAligner.align(atoms, kind, hints);
            double cost = alignment.cost();
            ColumnReading di = alignment.readings().get(Column.DIRECT_OR_INDIRECT);
            if (di != null && "D".equals(di.text()) && alignment.readings().containsKey(Column.NATURE_OF_OWNERSHIP)) {
                cost += NATURE_OF_DIRECT;
            }
            best = Math.min(best, cost);
        }
        return best + PER_ROW;
    }
}
