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
        /** Rejoined from the pieces pandoc cut a nested table's line into: its source columns say nothing of order. */
        boolean cut;
        /** The line as pandoc laid it out, markup kept: its width is comparable with pandoc's rules. */
        final StringBuilder layout = new StringBuilder();
        /** The nested table (counted by its rules) the line stands in, -1 for the cell's own text. */
        int table = -1;
        /** Where the first piece's cut joined, in text and layout, when the spaces it ended with are unknown; or -1. */
        int unsureCut = -1;
        int unsureLayoutCut = -1;

        void append(String segment, int line, int column) {
            layout.append(segment);
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c != PandocText.MARKUP) {
                    text.append(c);
                    at.add(new int[] {line, column + i});
                }
            }
        }

        void trim() {
            while (layout.length() > 0 && layout.charAt(layout.length() - 1) == ' ') {
                layout.setLength(layout.length() - 1);
            }
            while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
                at.remove(at.size() - 1);
            }
        }

        void space() {
            trim();
            layout.append(' ');
            text.append(' ');
            at.add(at.get(at.size() - 1));
        }

        void spaceAtUnsureCut() {
            layout.insert(unsureLayoutCut, ' ');
            text.insert(unsureCut, ' ');
            at.add(unsureCut, at.get(unsureCut - 1));
            unsureCut = -1;
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
                List<LayoutTextFrontEnd.RawCell> runs = LayoutTextFrontEnd.gapCells(cellLine.text.toString());
                int cellX0 = cells.get(c)[0];
                int cellX1 = cells.get(c)[1];
                // extents on the grid's character columns, inside the cell. pandoc cuts a nested line from its end, so
                // its cells keep their columns unless the pieces put them out of order ("X" printed right of the
                // "Officer (gi" below it): then their order on the line, scaled into the cell
                boolean byOrder = cellLine.cut && !inSourceOrder(cellLine, runs);
                for (LayoutTextFrontEnd.RawCell run : runs) {
                    int[] start = cellLine.at.get(run.textStart());
                    int[] end = cellLine.at.get(run.textStart() + run.text().length() - 1);
                    first = Math.min(first, start[0] + 1);
                    last = Math.max(last, end[0] + 1);
                    SourcePosition at = new SourcePosition(start[0] + 1, start[1] + 1);
                    budget.cell(fragments.size() + 1, at.line(), at.column());
                    String visible = VisibleText.collapseSpaces(run.text());
                    int x0;
                    int x1;
                    if (byOrder) {
                        int length = Math.max(1, cellLine.text.length());
                        x0 = cellX0 + run.textStart() * (cellX1 - cellX0) / length;
                        x1 = Math.max(x0 + 1, cellX0 + (run.textStart() + run.text().length()) * (cellX1 - cellX0) / length);
                    } else {
                        x0 = Math.max(cellX0, Math.min(start[1], cellX1 - 1));
                        x1 = Math.max(x0 + 1, Math.min(cellX1, x0 + visible.length()));
                    }
                    fragments.add(new SourceCell(fragments.size(), TextItems.plain(visible, at, false, budget), visible, at, x0, x1));
                }
            }
            if (!fragments.isEmpty()) {
                rows.add(new SourceRow(first, last, SourceRow.Shape.TABLE_ROW, grid, k == 0, k > 0, fragments));
            }
        }
        return rows;
    }

    private static boolean inSourceOrder(CellLine line, List<LayoutTextFrontEnd.RawCell> runs) {
        int previousEnd = Integer.MIN_VALUE;
        for (LayoutTextFrontEnd.RawCell run : runs) {
            int startColumn = line.at.get(run.textStart())[1];
            if (startColumn < previousEnd) {
                return false;
            }
            previousEnd = line.at.get(run.textStart() + run.text().length() - 1)[1] + 1;
        }
        return true;
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
        int pieces = 0; // the physical lines the open line was joined from
        int ruleWidth = 0; // of the last nested table's rule seen, in the cell's columns
        String previous = null; // the last physical line of it, as pandoc wrote it
        String previousVisible = "";
        List<NestedRule> rules = new ArrayList<>(); // the nested tables' rules seen, the last one's table open
        for (int k = 0; k < segments.size(); k++) {
            String segment = segments.get(k);
            if (isRule(rawSegments.get(k))) {
                // a nested table's rule, cut like its lines: its width is the widest a line of the table can be
                boolean goesOn = k > 0 && isRule(rawSegments.get(k - 1));
                ruleWidth = goesOn ? ruleWidth + width - 2 : rawSegments.get(k).length();
                boolean oneRun = rawSegments.get(k).strip().indexOf(' ') < 0;
                if (goesOn && !rules.isEmpty()) {
                    rules.set(rules.size() - 1, new NestedRule(ruleWidth, rules.get(rules.size() - 1).oneColumn() && oneRun));
                } else {
                    rules.add(new NestedRule(ruleWidth, oneRun));
                }
            }
            if (visible(segment).isEmpty()) {
                String rawPiece = rawSegments.get(k).strip();
                if (open != null && !openNested && !rawPiece.isEmpty() && wrappedBefore(previous, rawPiece, width)) {
                    // markup wrapped onto a line of its own (a link's target, "mpany&CIK=0000320193)"): the words
                    // after it go on with the same line ("[APPLE INC](...)" "\[ [AAPL]{.FormData} \]")
                    previous = rawSegments.get(k);
                    continue;
                }
                if (open != null && openNested && !rawPiece.isEmpty() && fillsCell(rawSegments.get(k), width)
                        && withinRule(open, segment.length() - base, ruleWidth)) {
                    // a piece of a cut nested line that is markup only ("se-edgar?action=getco"): the line goes on
                    int indent = indent(segment);
                    if (indent > base) {
                        open.append(" ".repeat(indent - base), from + k, x0 + base);
                    }
                    open.append(segment.substring(indent), from + k, x0 + indent);
                    pieces++;
                    previous = rawSegments.get(k);
                    continue;
                }
                open = null;
                continue;
            }
            int indent = indent(segment);
            boolean nested = indent >= base + 2;
            String rest = segment.substring(indent);
            String rawRest = rawSegments.get(k).strip();
            // a nested piece that fills the cell goes on with the open nested line ("X" / "     Officer (gi") as far as
            // the table's rule reaches: past it, it is the table's next row ("Director ... 10% Owner" / "X  Officer
            // (give t"; "C/O LINKEDIN CORPORATION" / "2029 STIERLIN COURT" under a rule of 28)
            boolean fillsCell = fillsCell(rawSegments.get(k), width);
            boolean withinRule = open != null && withinRule(open, (indent - base) + rest.length(), ruleWidth);
            // a nested piece after a line that filled the cell goes on with it too: that line was the first pieces of a
            // cut line that started less deep ("[PITTSBURGH]{.FormDa" / "ta}   [PA]{.FormData}" / "   [15222]{.FormData}")
            boolean afterCut = open != null && !openNested && fillsCell(previous, width);
            if (open != null && (openNested && !nested || (openNested || afterCut) && nested && fillsCell && withinRule)) {
                // a nested table's line too long for the cell: pandoc cut it into pieces of the cell's width from its
                // end, the first piece the rest. So every piece after the first fills the cell: the spaces it starts
                // with are the line's own, and so are those a middle piece ends with ("below)" ... "Other (specify
                // below)": two columns' cells). The cut falls inside a word ("ME" / "NLO PARK") unless the piece after
                // it starts further in; one right after a space loses it ("BOTHA" / "ROELOF", left as read).
                int lost = Math.max(0, width - 1 - previous.length()); // the spaces the piece before may have ended with
                // after a first piece they are unknown, but a check mark is a cell of its own ("X" / "Director")
                int spaces = (indent - base) + (pieces >= 2 ? lost : isCheckMark(previousVisible) ? 2 : 0);
                if (spaces > 0) {
                    open.trim();
                    open.append(" ".repeat(spaces), from + k, x0 + base);
                } else if (pieces == 1) {
                    open.trim();
                    if (commaEndsWord(open.text, rest)) {
                        open.space();
                    } else {
                        open.unsureCut = open.text.length();
                        open.unsureLayoutCut = open.layout.length();
                    }
                }
                open.append(rest, from + k, x0 + indent);
                open.cut = true;
                pieces++;
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
                open.table = nested ? rules.size() - 1 : -1;
                out.add(open);
                openNested = nested;
                pieces = 1;
            }
            previous = rawSegments.get(k);
            previousVisible = visible(segment);
        }
        out.removeIf(line -> line.text.toString().isBlank());
        restoreSpacesAtCuts(out, rules);
        return out;
    }

    /**
     * A one-column nested table's rule is its widest line and 2 more. Where the only line whose first cut may have
     * lost the spaces the first piece ended with is that widest line (every other line is shorter), the rule says how
     * long it was: one character short means the cut fell right after a space ("[BOTHA" / "ROELOF](...)").
     */
    private static void restoreSpacesAtCuts(List<CellLine> lines, List<NestedRule> rules) {
        for (int t = 0; t < rules.size(); t++) {
            if (!rules.get(t).oneColumn()) {
                continue;
            }
            int widest = rules.get(t).width() - 2;
            CellLine unsure = null;
            boolean otherAsWide = false;
            for (CellLine line : lines) {
                if (line.table != t) {
                    continue;
                }
                if (line.unsureCut > 0) {
                    otherAsWide |= unsure != null;
                    unsure = line;
                } else if (line.layout.length() >= widest) {
                    otherAsWide = true;
                }
            }
            if (unsure != null && !otherAsWide && unsure.layout.length() == widest - 1) {
                unsure.spaceAtUnsureCut();
            }
        }
    }

    /** A nested table's rule, joined from the pieces pandoc cut it into: its width, and whether it is one run of dashes. */
    private record NestedRule(int width, boolean oneColumn) {
    }

    /**
     * A cut right after a word's comma, before a letter or digit ("706 MISSION ST.," / "7TH FLOOR"): written text puts
     * a space after such a comma, only a number ("1," / "250") holds one inside, so the cut lost a space.
     */
    private static boolean commaEndsWord(CharSequence before, String after) {
        int n = before.length();
        if (n < 2 || before.charAt(n - 1) != ',' || !(Character.isLetter(before.charAt(n - 2)) || before.charAt(n - 2) == '.')) {
            return false;
        }
        for (int i = 0; i < after.length(); i++) {
            char c = after.charAt(i);
            if (c != PandocText.MARKUP) {
                return Character.isLetterOrDigit(c);
            }
        }
        return false;
    }

    /** A physical line of the cell as wide as pandoc fills it: a piece of a line cut to the cell's width. */
    private static boolean fillsCell(String rawSegment, int width) {
        return rawSegment.length() >= width - 1;
    }

    /** The open line with {@code more} columns added is no wider than the nested table's rule allows. */
    private static boolean withinRule(CellLine open, int more, int ruleWidth) {
        return ruleWidth > 0 && open.layout.length() + more <= ruleWidth + 1;
    }

    private static boolean isRule(String rawSegment) {
        boolean dash = false;
        for (int i = 0; i < rawSegment.length(); i++) {
            char c = rawSegment.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != ' ') {
                return false;
            }
        }
        return dash;
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
