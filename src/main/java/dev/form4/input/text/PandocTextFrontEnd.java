package dev.form4.input.text;

import dev.form4.source.FrontEnd;
import dev.form4.source.ReadBudget;
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
        List<SourceRow> rows = new ArrayList<>(LayoutTextFrontEnd.INSTANCE.rows(sourceName, cleaned.withoutGrids(), budget));
        List<SourceRow> grids = GridTables.rows(cleaned, 1, budget); // the layout text is grid 0
        if (!grids.isEmpty()) {
            rows.addAll(grids);
            rows.sort(Comparator.comparingInt(SourceRow::line));
        }
        return rows;
    }
}
