package dev.form4.input.text;

import dev.form4.model.SourcePosition;
import dev.form4.source.FrontEnd;
import dev.form4.source.ReadBudget;
import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;
import dev.form4.source.TextItems;

import java.util.ArrayList;
import java.util.List;

/**
 * Text laid out in columns: {@code pdftotext -layout}, and the ASCII Form 4s that EDGAR took before 2003.
 * Every line is a row of the page's one grid, whose units are character columns: a cell is a run of text
 * between gaps of two or more spaces, or, on a line drawn with {@code |} column rules, the text between two
 * rules. Lines of an ASCII table whose cells wrap ("Options to Purchase Co" / "mmon Stock") are joined into
 * their cells here, because the rules make the cells explicit; rows that pdftotext spreads over several lines
 * are joined by the table reader, which knows where the tables are.
 */
public final class LayoutTextFrontEnd implements FrontEnd {

    public static final LayoutTextFrontEnd INSTANCE = new LayoutTextFrontEnd();

    /** Cells of one line: raw text and the column where the cell's slot starts and ends. */
    record RawCell(String text, int textStart, int x0, int x1) {
        boolean isBlank() {
            return text.isBlank();
        }
    }

    private LayoutTextFrontEnd() {
    }

    @Override
    public List<SourceRow> rows(String sourceName, String text, ReadBudget budget) {
        List<String> lines = TextLines.of(text);
        List<SourceRow> rows = new ArrayList<>();
        boolean blankBefore = false;
        PipeLine previous = null; // the last pipe-ruled line, while its cells may still wrap
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (line.isBlank() || TextLines.isRule(line)) {
                blankBefore = true;
                previous = null;
                continue;
            }
            if (TextLines.isMarkupOnly(line)) {
                continue;
            }
            if (isPipeRuled(line)) {
                List<RawCell> cells = pipeCells(line);
                if (previous != null && previous.wrapsInto(cells)) {
                    previous.join(cells, number);
                    rows.set(rows.size() - 1, previous.row(budget));
                    continue;
                }
                previous = new PipeLine(number, blankBefore, cells);
                rows.add(previous.row(budget));
            } else {
                previous = null;
                rows.add(row(number, number, blankBefore, gapCells(line), budget, SourceRow.Shape.LINE));
            }
            blankBefore = false;
        }
        return rows;
    }

    /** A line with at least two column rules that are not part of words ("|2.    |3.    |4.Securities"). */
    static boolean isPipeRuled(String line) {
        int pipes = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|') {
                pipes++;
            }
        }
        return pipes >= 2;
    }

    static List<RawCell> pipeCells(String line) {
        List<RawCell> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == '|') {
                String raw = line.substring(start, i);
                String text = raw.strip();
                int textStart = text.isEmpty() ? start : start + raw.indexOf(text.charAt(0));
                // the text after the last rule is a cell only when it holds something
                if (i < line.length() || !text.isEmpty()) {
                    cells.add(new RawCell(text, textStart, start, i));
                }
                start = i + 1;
            }
        }
        return cells;
    }

    /** Runs of text separated by two or more spaces; a run's slot is its own extent. */
    static List<RawCell> gapCells(String line) {
        List<RawCell> cells = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            if (i >= line.length()) {
                break;
            }
            int start = i;
            int end = i;
            while (i < line.length()) {
                if (line.charAt(i) == ' ') {
                    int gap = i;
                    while (gap < line.length() && line.charAt(gap) == ' ') {
                        gap++;
                    }
                    if (gap - i >= 2 || gap >= line.length()) {
                        break;
                    }
                    i = gap;
                } else {
                    end = ++i;
                }
            }
            cells.add(new RawCell(line.substring(start, end), start, start, end));
        }
        return cells;
    }

    /** Raw cells to a row: each cell's text typed, its slot kept as its extent. */
    static SourceRow row(int line, int lastLine, boolean blankBefore, List<RawCell> raw, ReadBudget budget,
                         SourceRow.Shape shape) {
        List<SourceCell> cells = new ArrayList<>();
        int count = 0;
        for (int c = 0; c < raw.size(); c++) {
            RawCell cell = raw.get(c);
            SourcePosition at = new SourcePosition(line, cell.textStart() + 1);
            budget.cell(++count, line, at.column());
            String text = dev.form4.source.VisibleText.collapseSpaces(cell.text());
            cells.add(new SourceCell(cells.size(), TextItems.plain(text, at, false, budget), text, at, cell.x0(), cell.x1()));
        }
        return new SourceRow(line, lastLine, shape, 0, blankBefore, cells);
    }

    /**
     * A line of an ASCII table and the lines that wrap into it. A following line with the same column rules
     * continues it when each of its non-blank cells stands under a non-blank cell: a cell filled to its rule
     * was cut inside a word ("Co" + "mmon"), any other one continues after a space.
     */
    private static final class PipeLine {
        private final int line;
        private int lastLine;
        private final boolean blankBefore;
        private final List<RawCell> cells;
        private final List<Integer> rules;

        PipeLine(int line, boolean blankBefore, List<RawCell> cells) {
            this.line = line;
            this.lastLine = line;
            this.blankBefore = blankBefore;
            this.cells = new ArrayList<>(cells);
            this.rules = rulesOf(cells);
        }

        boolean wrapsInto(List<RawCell> next) {
            if (!rulesOf(next).equals(rules) || next.size() != cells.size()) {
                return false;
            }
            boolean any = false;
            for (int c = 0; c < next.size(); c++) {
                if (!next.get(c).isBlank()) {
                    any = true;
                    if (cells.get(c).isBlank()) {
                        return false;
                    }
                }
            }
            return any;
        }

        void join(List<RawCell> next, int number) {
            for (int c = 0; c < next.size(); c++) {
                RawCell below = next.get(c);
                if (below.isBlank()) {
                    continue;
                }
                RawCell above = cells.get(c);
                boolean cutInWord = above.textStart() + above.text().length() >= above.x1();
                String joined = above.text() + (cutInWord ? "" : " ") + below.text();
                cells.set(c, new RawCell(joined, above.textStart(), above.x0(), above.x1()));
            }
            lastLine = number;
        }

        SourceRow row(ReadBudget budget) {
            return LayoutTextFrontEnd.row(line, lastLine, blankBefore, cells, budget, SourceRow.Shape.TABLE_ROW);
        }

        private static List<Integer> rulesOf(List<RawCell> cells) {
            List<Integer> positions = new ArrayList<>();
            cells.forEach(c -> positions.add(c.x1()));
            return positions;
        }
    }
}
