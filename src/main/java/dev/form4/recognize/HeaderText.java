package dev.form4.recognize;

import dev.form4.source.Item;
import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;
import dev.form4.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header block's rows, each as its cells' texts joined with " | " (so a caption cut at a cell edge still
 * matches a {@link LabelPattern}), with helpers to find a caption and the value printed after it: in the rest
 * of the caption's cell, the next cells of the row, or under the caption in the next rows.
 *
 * <p>The printed header is a grid of boxes side by side. Where the rows have geometry (an HTML table, layout
 * text, a pipe grid), a box's values stand in its band: from its caption's left edge to the next box's left
 * edge, as the numbered captions of the grid's rows place them. So "GOOGLE INC. [ GOOG ]" under "2. Issuer Name"
 * is box 2's value even when box 1's "Brin Sergey" stands to its left on the same line.
 */
final class HeaderText {

    /** A piece of header text and where it was read. */
    record Found(String text, SourcePosition position) {
    }

    /** Where a caption was found: row index, cell index of its start and of its end. */
    record At(int row, int firstCell, int lastCell) {
    }

    private static final String SEPARATOR = " | ";
    // Compiled once (String's replaceAll and matches compile theirs on every call).
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SUB_CAPTION_TEXT = Pattern.compile("(?s).*\\((Last|First|Middle|Street|City|State|Zip)\\).*");

    private final List<SourceRow> rows;
    private final List<String> joined = new ArrayList<>();
    /** {@link #joined} without spaces and '|', made on the first scan: what rules a label out before its regex. */
    private List<LabelPattern.Compacted> compactJoined;
    private final List<int[]> cellStarts = new ArrayList<>();
    private final java.util.Map<Pattern, List<At>> found = new java.util.HashMap<>();
    private Checkboxes checkboxes;
    private List<Pattern> checkboxLabels;

    /** The numbered captions of boxes 1 to 6 (lower case): their left edges divide the grid into bands. */
    private static final List<String> BOX_CAPTIONS = List.of("name and address of reporting", "issuer name",
            "date of earliest", "if amendment", "relationship of reporting", "individual or joint");

    /** Per grid, the left edges of the box captions, sorted. */
    private final java.util.Map<Integer, java.util.TreeSet<Integer>> edges = new java.util.HashMap<>();

    HeaderText(List<SourceRow> rows) {
        this.rows = List.copyOf(rows);
        for (SourceRow row : this.rows) {
            if (!row.hasGeometry()) {
                continue;
            }
            for (SourceCell cell : row.cells()) {
                if (isBoxCaption(cell.text())) {
                    edges.computeIfAbsent(row.grid(), g -> new java.util.TreeSet<>()).add(cell.x0());
                }
            }
        }
        for (SourceRow row : this.rows) {
            StringBuilder text = new StringBuilder();
            int[] starts = new int[row.cells().size()];
            for (int c = 0; c < row.cells().size(); c++) {
                if (c > 0) {
                    text.append(SEPARATOR);
                }
                starts[c] = text.length();
                text.append(row.cells().get(c).text());
            }
            joined.add(text.toString());
            cellStarts.add(starts);
        }
    }

    List<SourceRow> rows() {
        return rows;
    }

    /** The standalone marks of these rows, found once: every checkbox read over them asks for the same. */
    Checkboxes checkboxes(List<Pattern> labels) {
        if (checkboxes == null || !labels.equals(checkboxLabels)) {
            checkboxes = new Checkboxes(this, labels);
            checkboxLabels = labels;
        }
        return checkboxes;
    }

    static boolean isBoxCaption(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String caption : BOX_CAPTIONS) {
            if (lower.contains(caption)) {
                return true;
            }
        }
        return false;
    }

    /** The band {x0, x1} of the box whose caption starts in cell {@code cell} of row {@code row}, or null without geometry. */
    int[] band(int row, int cell) {
        SourceRow source = rows.get(row);
        if (!source.hasGeometry() || cell >= source.cells().size()) {
            return null;
        }
        int x0 = source.cells().get(cell).x0();
        java.util.TreeSet<Integer> gridEdges = edges.get(source.grid());
        Integer next = gridEdges == null ? null : gridEdges.higher(x0);
        return new int[] {x0, next == null ? Integer.MAX_VALUE : next};
    }

    /** The cell of {@code row} that stands in {@code band}: the first non-blank one overlapping it. */
    Optional<SourceCell> cellIn(int row, int[] band) {
        SourceRow source = rows.get(row);
        for (SourceCell cell : source.cells()) {
            if (!cell.isBlank() && cell.overlaps(band[0], band[1])) {
                return Optional.of(cell);
            }
        }
        return Optional.empty();
    }

    /** The texts of {@code row}'s cells that stand in {@code band}, joined with spaces, and where the first is. */
    Optional<Found> textIn(int row, int[] band) {
        StringBuilder text = new StringBuilder();
        SourcePosition at = null;
        for (SourceCell cell : rows.get(row).cells()) {
            if (!cell.isBlank() && cell.overlaps(band[0], band[1])) {
                text.append(text.isEmpty() ? "" : " ").append(cell.text());
                at = at == null ? cell.position() : at;
            }
        }
        return at == null ? Optional.empty() : Optional.of(new Found(text.toString(), at));
    }

    /**
     * The text in {@code band} on rows {@code from} to {@code to} (exclusive), read as a column of cells:
     * cells that overlap form a column, columns left to right, each top to bottom. A value whose cell holds
     * several lines ("FRANKLIN" / "LAKES" beside "NJ  07417") reads whole.
     */
    Optional<Found> columnText(int from, int to, int[] band) {
        List<SourceCell> cells = new ArrayList<>();
        for (int r = Math.max(0, from); r < Math.min(to, rows.size()); r++) {
            for (SourceCell cell : rows.get(r).cells()) {
                if (!cell.isBlank() && cell.overlaps(band[0], band[1])) {
                    cells.add(cell);
                }
            }
        }
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        List<List<SourceCell>> columns = new ArrayList<>();
        for (SourceCell cell : cells) {
            List<SourceCell> column = columns.stream()
                    .filter(col -> col.stream().anyMatch(c -> c.overlaps(cell.x0(), cell.x1()))).findFirst().orElse(null);
            if (column == null) {
                columns.add(column = new ArrayList<>());
            }
            column.add(cell);
        }
        columns.sort(java.util.Comparator.comparingInt(col -> col.get(0).x0()));
        StringBuilder text = new StringBuilder();
        for (List<SourceCell> column : columns) {
            for (SourceCell cell : column) {
                text.append(text.isEmpty() ? "" : " ").append(cell.text());
            }
        }
        return Optional.of(new Found(text.toString(), cells.get(0).position()));
    }

    /**
     * The text after the first match of {@code from} and before the next match of {@code to}, over lines
     * joined with spaces: what lines without columns hold between two captions ("(Street) MOUNTAIN" / "VIEW" /
     * "CA 94043 (City)").
     */
    Optional<Found> between(Pattern from, Pattern to) {
        return between(from, to, java.util.function.UnaryOperator.identity());
    }

    /** The same, each line's piece first cut to what {@code ownText} keeps of it (a box's part of a shared line). */
    Optional<Found> between(Pattern from, Pattern to, java.util.function.UnaryOperator<String> ownText) {
        StringBuilder text = new StringBuilder();
        SourcePosition at = null;
        boolean open = false;
        for (int r = 0; r < rows.size(); r++) {
            String line = rows.get(r).text();
            int start = 0;
            if (!open) {
                Matcher m = from.matcher(line);
                if (!m.find()) {
                    continue;
                }
                open = true;
                start = m.end();
            }
            Matcher end = to.matcher(line);
            boolean closes = end.find(start);
            String piece = ownText.apply(line.substring(start, closes ? end.start() : line.length()).replace(" | ", " ")).trim();
            if (!piece.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(piece);
                at = at == null ? rows.get(r).cells().get(0).position() : at;
            }
            if (closes) {
                return at == null ? Optional.empty() : Optional.of(new Found(SPACES.matcher(text.toString().replace('^', ' '))
                        .replaceAll(" "), at));
            }
        }
        return Optional.empty();
    }

    /** Two rows whose cells' extents can be compared. */
    boolean sameGrid(int a, int b) {
        return rows.get(a).hasGeometry() && rows.get(b).hasGeometry() && rows.get(a).grid() == rows.get(b).grid();
    }

    /** All header text: rows' joined cells, rows separated by " || ". For checkbox patterns. */
    String joined() {
        return String.join(" || ", joined) + " || ";
    }

    private int cellAt(int row, int offset) {
        int[] starts = cellStarts.get(row);
        int cell = 0;
        for (int c = 0; c < starts.length; c++) {
            if (starts[c] <= offset) {
                cell = c;
            }
        }
        return cell;
    }

    private String cellRest(int row, int cell, int from) {
        String text = joined.get(row);
        int end = cell + 1 < cellStarts.get(row).length ? cellStarts.get(row)[cell + 1] - SEPARATOR.length() : text.length();
        return from >= end ? "" : text.substring(Math.max(from, cellStarts.get(row)[cell]), end);
    }

    /** The first value after {@code label} whose text satisfies {@code accept}. */
    Optional<Found> valueAfter(Pattern label, Pattern accept) {
        return valueAfter(label, accept, false);
    }

    /** The value after {@code label} in the cell where the caption ends only (box 5's title). */
    Optional<Found> valueInLabelCell(Pattern label, Pattern accept) {
        return valueAfter(label, accept, true);
    }

    private Optional<Found> valueAfter(Pattern label, Pattern accept, boolean sameCellOnly) {
        for (int r = 0; r < rows.size(); r++) {
            Matcher m = label.matcher(joined.get(r));
            if (!m.find()) {
                continue;
            }
            List<SourceCell> cells = rows.get(r).cells();
            int c = cellAt(r, Math.max(m.end() - 1, 0));
            Optional<Found> found = accepted(cellRest(r, c, m.end()).trim(), cells.get(c), accept);
            if (found.isPresent() || sameCellOnly) {
                return found;
            }
            int[] band = band(r, cellAt(r, m.start()));
            for (int k = c + 1; k < cells.size(); k++) {
                if (cells.get(k).isBlank()) {
                    continue;
                }
                if (band != null && !cells.get(k).overlaps(band[0], band[1])) {
                    break; // another box's
                }
                found = accepted(cells.get(k).text(), cells.get(k), accept);
                if (found.isPresent()) {
                    return found;
                }
                break;
            }
            // Under the caption: in its band where the rows have geometry, a row or two down (a converter may put
            // a line of another box between); else the next row's first cell, as a grid without columns has it.
            if (band != null) {
                for (int r2 = r + 1; r2 < Math.min(rows.size(), r + 3) && sameGrid(r, r2); r2++) {
                    Optional<SourceCell> under = cellIn(r2, band);
                    if (under.isPresent()) {
                        if (isBoxCaption(under.get().text())) {
                            break; // the next box of this band: nothing was printed here
                        }
                        found = accepted(under.get().text(), under.get(), accept);
                        if (found.isPresent()) {
                            return found;
                        }
                    }
                }
            }
            if (r + 1 < rows.size()) {
                for (SourceCell next : rows.get(r + 1).cells()) {
                    if (!next.isBlank()) {
                        found = accepted(next.text(), next, accept);
                        if (found.isPresent() || rows.get(r + 1).hasGeometry()) {
                            return found;
                        }
                        return wrapped(r + 1, next, accept);
                    }
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A value that wraps onto the lines after it where lines are all there is (pdf2md, OCR: "ARROWHEAD
     * PHARMACEUTICALS," / "INC. [ ARWR ]"): the lines joined, up to three, until the value reads whole or a
     * caption comes.
     */
    private Optional<Found> wrapped(int first, SourceCell start, Pattern accept) {
        StringBuilder text = new StringBuilder(rows.get(first).text());
        for (int r = first + 1; r < Math.min(rows.size(), first + 3); r++) {
            SourceRow row = rows.get(r);
            if (row.hasGeometry() || isBoxCaption(row.text()) || SUB_CAPTION_TEXT.matcher(row.text()).matches()) {
                break;
            }
            text.append(' ').append(row.text());
            Optional<Found> found = accepted(text.toString(), start, accept);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> accepted(String text, SourceCell cell, Pattern accept) {
        Matcher m = accept.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String value = m.groupCount() >= 1 && m.group(1) != null ? m.group(1).trim() : m.group().trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(new Found(value, positionOf(cell, value)));
    }

    private static final Pattern FIRST_WORD_END = Pattern.compile("[\\s\\[\\]]+");

    /** The position of the first item of {@code value} inside the cell, or the cell's own position. */
    static SourcePosition positionOf(SourceCell cell, String value) {
        String first = FIRST_WORD_END.split(value, 2)[0];
        for (Item item : cell.items()) {
            if (!first.isEmpty() && (item.text().equals(first) || first.startsWith(item.text()) && item.text().length() > 1)) {
                return item.position();
            }
        }
        return cell.position();
    }

    /** Where the label first stands, for a diagnostic about its missing value; unknown when it is not found. */
    SourcePosition labelAt(Pattern label) {
        List<At> at = find(label);
        if (at.isEmpty()) {
            return SourcePosition.UNKNOWN;
        }
        SourceRow row = rows.get(at.get(0).row());
        return row.cells().isEmpty() ? new SourcePosition(row.line(), 1) : row.cells().get(at.get(0).firstCell()).position();
    }

    /**
     * Where the pattern matches, row by row. Memoized: the checkbox reading asks for every label once per mark
     * and per box, the same scans of the same rows (this text never changes).
     */
    List<At> find(Pattern pattern) {
        return found.computeIfAbsent(pattern, this::scan);
    }

    private List<At> scan(Pattern pattern) {
        List<At> at = new ArrayList<>();
        if (compactJoined == null) {
            compactJoined = new ArrayList<>(joined.size());
            for (String text : joined) {
                compactJoined.add(new LabelPattern.Compacted(text));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            int row = r;
            compactJoined.get(r).eachMatch(pattern, (start, end) -> {
                at.add(new At(row, cellAt(row, start), cellAt(row, Math.max(end - 1, start))));
                return true; // every match
            });
        }
        return List.copyOf(at);
    }

    /** The text of a row's cell after the caption found there ("(First) (Middle) 6, INC." gives "6, INC."). */
    String textAfter(At at, Pattern caption) {
        String cellText = rows.get(at.row()).cells().get(at.lastCell()).text();
        Matcher m = caption.matcher(joined.get(at.row()));
        if (m.find()) {
            String rest = cellRest(at.row(), at.lastCell(), m.end());
            return rest.trim();
        }
        return cellText;
    }
}
