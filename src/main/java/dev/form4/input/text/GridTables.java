package dev.form4.input.text;

import dev.form4.model.SourcePosition;
import dev.form4.source.ReadBudget;
import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;
import dev.form4.source.TextItems;
import dev.form4.source.VisibleText;

import java.util.ArrayList;
import java.util.List;

/**
 * The grid tables of pandoc's Markdown and plain text, read as an HTML table is laid out
 * ({@code input/html/HtmlLayout}): each grid row gives visual lines, line k holding the k-th line of each cell
 * in that cell's columns, so the header's boxes come out as from any other converter.
 *
 * <p>pandoc wraps a cell's paragraphs to the cell's width; a line break it made is undone where the next line's
 * first word would not have fitted on the line (that is why the line broke there), so "1. Name and Address" /
 * "of Reporting" / "Person*" is one caption; where the word would have fitted, the break was the page's own
 * ({@code <br>}, a new block). A cell's nested tables (the boxes' name and address lines) stand indented, their
 * rules are dropped; a nested line cut inside a parenthesis ("(Ci" / "ty)") goes on without a space.
 */
final class GridTables {

    /** The rows of the grid tables of a cleaned text, numbered grids from {@code firstGrid} on. */
    static List<SourceRow> rows(PandocText.Cleaned text, int firstGrid, ReadBudget budget) {
        List<SourceRow> rows = new ArrayList<>();
        int lines = text.lines().size();
        int grid = firstGrid - 1;
        boolean inGrid = false;
        int rowStart = -1;
        for (int i = 0; i <= lines; i++) {
            boolean inside = i < lines && text.borders().get(i) != null;
            boolean border = inside && text.isBorder(i);
            if (rowStart >= 0 && i > rowStart && (!inside || border)) {
                rows.addAll(gridRow(text, rowStart, i, grid, budget));
            }
            if (!inside) {
                inGrid = false;
                rowStart = -1;
                continue;
            }
            if (!inGrid) {
                grid++;
                inGrid = true;
            }
            if (border) {
                rowStart = i + 1;
            }
        }
        return rows;
    }

    /** One line of a cell's visible text, each character's source line and column (0-based) beside it. */
    private static final class CellLine {
        final StringBuilder text = new StringBuilder();
        final List<int[]> at = new ArrayList<>();

        void append(String segment, int line, int column) {
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c != PandocText.MARKUP) {
                    text.append(c);
                    at.add(new int[] {line, column + i});
                }
            }
        }

        void trim() {
            while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
                at.remove(at.size() - 1);
            }
        }

        void space() {
            while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
                at.remove(at.size() - 1);
            }
            text.append(' ');
            at.add(at.get(at.size() - 1));
        }
    }

    private static List<SourceRow> gridRow(PandocText.Cleaned text, int from, int to, int grid, ReadBudget budget) {
        List<String> lines = text.lines();
        List<int[]> cells = text.cellBounds(from);
        List<List<CellLine>> logical = new ArrayList<>();
        for (int[] cell : cells) {
            logical.add(logicalLines(text.raw(), lines, from, to, cell[0], cell[1]));
        }
        int height = logical.stream().mapToInt(List::size).max().orElse(0);
        List<SourceRow> rows = new ArrayList<>();
        for (int k = 0; k < height; k++) {
            List<SourceCell> fragments = new ArrayList<>();
            int first = Integer.MAX_VALUE;
            int last = 0;
            for (int c = 0; c < cells.size(); c++) {
                if (k >= logical.get(c).size()) {
                    continue;
                }
                CellLine cellLine = logical.get(c).get(k);
                for (LayoutTextFrontEnd.RawCell run : LayoutTextFrontEnd.gapCells(cellLine.text.toString())) {
                    int[] start = cellLine.at.get(run.textStart());
                    int[] end = cellLine.at.get(run.textStart() + run.text().length() - 1);
                    first = Math.min(first, start[0] + 1);
                    last = Math.max(last, end[0] + 1);
                    SourcePosition at = new SourcePosition(start[0] + 1, start[1] + 1);
                    budget.cell(fragments.size() + 1, at.line(), at.column());
                    String visible = VisibleText.collapseSpaces(run.text());
                    // extents on the grid's character columns, inside the cell (a cut line's pieces stand apart)
                    int x0 = Math.max(cells.get(c)[0], Math.min(start[1], cells.get(c)[1] - 1));
                    int x1 = Math.max(x0 + 1, Math.min(cells.get(c)[1], x0 + visible.length()));
                    fragments.add(new SourceCell(fragments.size(), TextItems.plain(visible, at, false, budget), visible, at, x0, x1));
                }
            }
            if (!fragments.isEmpty()) {
                rows.add(new SourceRow(first, last, SourceRow.Shape.TABLE_ROW, grid, k == 0, k > 0, fragments));
            }
        }
        return rows;
    }

    /** The cell [x0, x1)'s lines from line {@code from} to {@code to}, pandoc's wrapping undone. */
    private static List<CellLine> logicalLines(List<String> raw, List<String> lines, int from, int to, int x0, int x1) {
        int width = x1 - x0;
        List<String> segments = new ArrayList<>();
        List<String> rawSegments = new ArrayList<>(); // pandoc wrapped the markup as written: its lengths decide
        int base = Integer.MAX_VALUE; // the cell's own indent (its padding); a nested table's lines stand deeper
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            String segment = x0 < line.length() ? line.substring(x0, Math.min(x1, line.length())).stripTrailing() : "";
            segments.add(segment);
            String rawLine = raw.get(i);
            rawSegments.add(x0 < rawLine.length() ? rawLine.substring(x0, Math.min(x1, rawLine.length())).stripTrailing() : "");
            if (!visible(segment).isEmpty()) {
                base = Math.min(base, indent(segment));
            }
        }
        List<CellLine> out = new ArrayList<>();
        CellLine open = null; // the logical line being built
        boolean openNested = false;
        String previous = null; // the last physical line of it, as pandoc wrote it
        String previousVisible = "";
        for (int k = 0; k < segments.size(); k++) {
            String segment = segments.get(k);
            if (visible(segment).isEmpty()) {
                open = null;
                continue;
            }
            int indent = indent(segment);
            boolean nested = indent >= base + 2;
            String rest = segment.substring(indent);
            String rawRest = rawSegments.get(k).strip();
            if (open != null && !nested && openNested && !isCheckMark(previousVisible)) {
                // a nested table's line too long for the cell: pandoc cut it into pieces of the cell's width from its
                // end, the first piece the rest, so the cut falls inside a word ("ME" / "NLO PARK   CA   94025") unless
                // the piece after it starts one further in (a cut right after a space loses it: "BOTHA" / "ROELOF")
                if (indent > base) {
                    open.space();
                }
                open.append(rest, from + k, x0 + indent);
            } else if (open != null && !nested && !openNested && wrappedBefore(previous, rawRest, width)) {
                // a word longer than the cell's line was cut into pieces of the line's width from its end, the first
                // piece the rest ("[0" / "8/24/2019]{.FormData}"): before a full piece the break is inside a word
                if (firstWord(rawRest).length() < width - 2) {
                    open.space();
                } else {
                    open.trim();
                }
                open.append(rest, from + k, x0 + indent);
            } else {
                open = new CellLine();
                open.append(" ".repeat(indent) + rest, from + k, x0);
                out.add(open);
                openNested = nested;
            }
            previous = rawSegments.get(k);
            previousVisible = visible(segment);
        }
        out.removeIf(line -> line.text.toString().isBlank());
        return out;
    }

    private static String visible(String segment) {
        return segment.replace(String.valueOf(PandocText.MARKUP), "").strip();
    }

    /** A checkbox's mark standing alone in its nested cell ("X" before "Director"): a word of its own. */
    private static boolean isCheckMark(String text) {
        return text.equals("X") || text.equals("x");
    }

    private static int indent(String segment) {
        int i = 0;
        while (i < segment.length() && segment.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** pandoc broke the line before {@code text} because its first word would not have fitted on that line. */
    private static boolean wrappedBefore(String previous, String text, int width) {
        return previous.length() + 1 + firstWord(text).length() > width - 1;
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    private GridTables() {
    }
}
