package dev.form4.corpus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cell edits the way Marker's grid behaves: every row of a table has the same number of cells (the seed's
 * rows all have 20), so a cell pushed in at one place moves its right-hand neighbours along until an empty cell
 * absorbs the shift; failing that, the nearest empty cell to its left closes up; failing that, the last two
 * cells share one.
 */
final class RowCells {

    /** A value with its footnote marks: "\$84.6237 <sup>(2)</sup>" -> value "\$84.6237", marks "(2)". */
    static final Pattern MARKED = Pattern.compile("^(.*?)\\s*<sup>((?:\\(\\w+\\))+)</sup>$");
    static final Pattern NUMBER = Pattern.compile("^(\\\\\\$)?\\d{1,3}(,\\d{3})*(\\.\\d+)?$");
    static final Pattern DATE = Pattern.compile("^\\d{2}/\\d{2}/\\d{4}$");

    private RowCells() {
    }

    static void insertShifting(List<String> cells, int index, String value) {
        cells.add(index, value);
        for (int i = index + 1; i < cells.size(); i++) {
            if (cells.get(i).isEmpty()) {
                cells.remove(i);
                return;
            }
        }
        for (int i = index - 1; i >= 0; i--) {
            if (cells.get(i).isEmpty()) {
                cells.remove(i);
                return;
            }
        }
        String last = cells.remove(cells.size() - 1);
        cells.set(cells.size() - 1, cells.get(cells.size() - 1) + " " + last);
    }

    /** Replaces a cell by two; the extra cell shifts the rest of the row as far as the next empty cell. */
    static void splitInto(List<String> cells, int index, String left, String right) {
        cells.set(index, left);
        insertShifting(cells, index + 1, right);
    }

    /** The bare value of a cell, without its footnote marks. */
    static String value(String cell) {
        Matcher m = MARKED.matcher(cell);
        return m.matches() ? m.group(1) : cell;
    }

    /** The footnote marks of a cell as printed inside {@code <sup>}, "(1)(2)", or "" . */
    static String marks(String cell) {
        Matcher m = MARKED.matcher(cell);
        return m.matches() ? m.group(2) : "";
    }

    static boolean isNumber(String cell) {
        return NUMBER.matcher(value(cell)).matches();
    }

    static boolean isDate(String cell) {
        return DATE.matcher(value(cell)).matches();
    }
}
