package dev.form4.input.text;

import dev.form4.source.FrontEnd;
import dev.form4.source.Item;
import dev.form4.source.ReadBudget;
import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * pandoc's own Markdown and plain text, whose tables are drawn with characters: cleaned line for line
 * ({@link PandocText}); the grid tables (the header's boxes) read cell by cell as an HTML table is
 * ({@link GridTables}), the rest (simple and multiline tables, prose) as layout text, so a value's line and column
 * are where the user's file has them.
 */
public final class PandocTextFrontEnd implements FrontEnd {

    public static final PandocTextFrontEnd INSTANCE = new PandocTextFrontEnd();

    private PandocTextFrontEnd() {
    }

    @Override
    public List<SourceRow> rows(String sourceName, String text, ReadBudget budget) {
        PandocText.Cleaned cleaned = PandocText.clean(text);
        List<SourceRow> rows = inRuleColumns(LayoutTextFrontEnd.INSTANCE.rows(sourceName, cleaned.withoutGrids(), budget),
                cleaned.raw());
        List<SourceRow> grids = GridTables.rows(cleaned, 1, budget); // the layout text is grid 0
        if (!grids.isEmpty()) {
            rows.addAll(grids);
            rows.sort(Comparator.comparingInt(SourceRow::line));
        }
        return rows;
    }

    /**
     * A simple or multiline table's cells widened to the columns of its dash rule ("------ ---- -------"). pandoc
     * sets a cell's lines in its column but lets a word too long for its column push the rest of that line right,
     * so the lines of one cell need not overlap ("[Common" shifted past the "Stock]" below it); in the rule's columns
     * they do, and join in line order. A cell that does not fit one column keeps its extent.
     */
    private static List<SourceRow> inRuleColumns(List<SourceRow> rows, List<String> raw) {
        List<SourceRow> out = new ArrayList<>(rows.size());
        List<int[]> columns = null;
        String rule = null;
        int ruleLine = 0; // lines before it were looked at (rows come in line order)
        for (SourceRow row : rows) {
            while (ruleLine < row.line() - 1 && ruleLine < raw.size()) {
                String line = raw.get(ruleLine++);
                List<int[]> groups = dashGroups(line);
                if (groups == null) {
                    continue;
                }
                if (groups.size() == 1 || line.strip().equals(rule)) {
                    columns = null; // a multiline table's closing rule, or a headerless table's second rule
                    rule = null;
                } else {
                    columns = groups;
                    rule = line.strip();
                }
            }
            out.add(columns == null || row.hasGeometry() && row.grid() != 0 ? row : snapped(row, columns));
        }
        return out;
    }

    private static SourceRow snapped(SourceRow row, List<int[]> columns) {
        List<SourceCell> cells = new ArrayList<>(row.cells().size());
        boolean changed = false;
        int[] previousColumn = null;
        for (SourceCell cell : row.cells()) {
            int[] column = columns.stream().filter(c -> c[0] <= cell.x0() && cell.x1() <= c[1]).findFirst().orElse(null);
            if (column != null && column == previousColumn) {
                // pieces of one column's line are one cell's: the markup between them ("[^(2)^]{.FootnoteData}
                // [^(3)^]{.FootnoteData}", "[C]{...}[^(1)^]{...}") is no gap between cells
                SourceCell before = cells.remove(cells.size() - 1);
                List<Item> items = new ArrayList<>(before.items());
                items.addAll(cell.items());
                cells.add(new SourceCell(cells.size(), items, before.text() + " " + cell.text(), before.position(),
                        column[0], column[1]));
                changed = true;
            } else if (column == null || column[0] == cell.x0() && column[1] == cell.x1()) {
                cells.add(reindexed(cell, cells.size()));
                changed |= cell.index() != cells.size() - 1;
            } else {
                cells.add(new SourceCell(cells.size(), cell.items(), cell.text(), cell.position(), column[0], column[1],
                        cell.lines()));
                changed = true;
            }
            previousColumn = column;
        }
        return changed ? new SourceRow(row.line(), row.lastLine(), row.shape(), row.grid(), row.blankBefore(),
                row.continues(), cells, row.text()) : row;
    }

    private static SourceCell reindexed(SourceCell cell, int index) {
        return cell.index() == index ? cell
                : new SourceCell(index, cell.items(), cell.text(), cell.position(), cell.x0(), cell.x1(), cell.lines());
    }

    /** The runs of dashes of a line made of dashes and single spaces only; null for any other line. */
    private static List<int[]> dashGroups(String line) {
        List<int[]> groups = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '-') {
                int start = i;
                while (i < line.length() && line.charAt(i) == '-') {
                    i++;
                }
                groups.add(new int[] {start, i});
            } else if (c == ' ') {
                i++;
            } else {
                return null;
            }
        }
        boolean dashOnly = groups.size() == 1 && groups.get(0)[1] - groups.get(0)[0] < 3; // "-", "--": no rule
        return groups.isEmpty() || dashOnly ? null : groups;
    }
}
