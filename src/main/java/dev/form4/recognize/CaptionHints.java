package dev.form4.recognize;

import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the sub-captions of the columns that share a box stand ("(A)" and "(D)", "Date Exercisable" and
 * "Expiration Date"): the cell index is a weak hint for the aligner when the values alone cannot tell. Where the
 * captions and a row share a horizontal scale (HTML tables, page layout), a value is under the sub-caption its
 * extent meets, whatever the cells' indexes: an HTML row with a rowspan, or a line whose cells wrap, has fewer
 * cells than the caption row.
 */
final class CaptionHints {

    private static final Map<Column, Pattern> SUB_CAPTIONS = Map.of(
            Column.ACQUIRED_SHARES, Pattern.compile("^\\(A\\)$"),
            Column.DISPOSED_SHARES, Pattern.compile("^\\(D\\)$"),
            Column.EXERCISE_DATE, Pattern.compile("(?i)^Date\\s*Exer"),
            Column.EXPIRATION_DATE, Pattern.compile("(?i)^Expiration"),
            Column.DEEMED_EXECUTION_DATE, Pattern.compile("(?i)Deemed|Execut"),
            // a column of its own captioned "A/D" (or "A/" over "D"), as EDGAR's ASCII Table II has it
            Column.ACQUIRED_DISPOSED, Pattern.compile("^A/\\s*D?$"));

    static final CaptionHints NONE = new CaptionHints(Map.of(), Map.of());

    /** A sub-caption's extent, in the units of its row's grid. */
    private record Extent(int grid, int x0, int x1) {
        double centre() {
            return (x0 + x1) / 2.0;
        }
    }

    private final Map<Column, Integer> cells;
    private final Map<Column, Extent> extents;

    private CaptionHints(Map<Column, Integer> cells, Map<Column, Extent> extents) {
        this.cells = cells;
        this.extents = extents;
    }

    static CaptionHints of(List<SourceRow> captions) {
        Map<Column, Integer> cells = new EnumMap<>(Column.class);
        Map<Column, Extent> extents = new EnumMap<>(Column.class);
        // one matcher per sub-caption, reset to each cell's text: not a matcher per cell and sub-caption
        Map<Column, Matcher> matchers = new EnumMap<>(Column.class);
        SUB_CAPTIONS.forEach((column, pattern) -> matchers.put(column, pattern.matcher("")));
        for (SourceRow row : captions) {
            for (SourceCell cell : row.cells()) {
                String text = cell.text().trim();
                for (Map.Entry<Column, Matcher> entry : matchers.entrySet()) {
                    if (!cells.containsKey(entry.getKey()) && found(entry.getValue().reset(text))) {
                        cells.put(entry.getKey(), cell.index());
                        if (row.hasGeometry()) {
                            extents.put(entry.getKey(), new Extent(row.grid(), cell.x0(), cell.x1()));
                        }
                    }
                }
            }
        }
        return new CaptionHints(cells, extents);
    }

    /**
     * find, and for a pattern anchored at the text's start (without MULTILINE, '^' matches there only) lookingAt,
     * which gives the same answer without trying the pattern at every character of a long caption.
     */
    private static boolean found(Matcher matcher) {
        String regex = matcher.pattern().pattern();
        return regex.startsWith("^") || regex.startsWith("(?i)^") ? matcher.lookingAt() : matcher.find();
    }

    /** The sub-captions' cell indexes, the aligner's hint. */
    Map<Column, Integer> cells() {
        return cells;
    }

    /**
     * A pipe table places its cells by index: such extents say no more than the index, and a row whose cells
     * were merged or split stands shifted off its captions, which the cell path corrects.
     */
    private static boolean placedByIndex(SourceRow row) {
        for (SourceCell cell : row.cells()) {
            if (cell.x0() != cell.index() || cell.x1() != cell.index() + 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Table II: "A" or "D", from the sub-caption over the shares' cell {@code cell} of {@code row}: by extent when
     * the row shares the captions' scale, else by cell index ({@code shift}: how many cells the row stands off
     * its captions); null when the two are equally near.
     */
    String acquiredOrDisposed(SourceRow row, int cell, int shift) {
        Extent a = extents.get(Column.ACQUIRED_SHARES);
        Extent d = extents.get(Column.DISPOSED_SHARES);
        if (row != null && row.hasGeometry() && !placedByIndex(row) && a != null && d != null && a.grid() == row.grid()
                && d.grid() == row.grid() && row.cellIndexed(cell) != null) {
            SourceCell shares = row.cellIndexed(cell);
            boolean underA = shares.overlaps(a.x0(), a.x1());
            boolean underD = shares.overlaps(d.x0(), d.x1());
            if (underA != underD) {
                return underA ? "A" : "D";
            }
            double centre = (shares.x0() + shares.x1()) / 2.0;
            double toA = Math.abs(centre - a.centre());
            double toD = Math.abs(centre - d.centre());
            return toA == toD ? null : (toA < toD ? "A" : "D");
        }
        Integer aCell = cells.get(Column.ACQUIRED_SHARES);
        Integer dCell = cells.get(Column.DISPOSED_SHARES);
        if (aCell == null || dCell == null || cell < 0) {
            return null;
        }
        int toA = Math.abs(cell - shift - aCell);
        int toD = Math.abs(cell - shift - dCell);
        return toA == toD ? null : (toA < toD ? "A" : "D");
    }
}
