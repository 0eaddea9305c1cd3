package dev.form4.input.text;

import dev.form4.source.FrontEnd;
import dev.form4.source.ReadBudget;
import dev.form4.source.SourceRow;

import java.util.List;

/**
 * pandoc's own Markdown and plain text, whose tables are drawn with characters (grid, simple and multiline
 * tables): rewritten into layout text line for line ({@link PandocText}), then read as layout text, so a value's
 * line and column are where the user's file has them.
 */
public final class PandocTextFrontEnd implements FrontEnd {

    public static final PandocTextFrontEnd INSTANCE = new PandocTextFrontEnd();

    private PandocTextFrontEnd() {
    }

    @Override
    public List<SourceRow> rows(String sourceName, String text, ReadBudget budget) {
        return LayoutTextFrontEnd.INSTANCE.rows(sourceName, PandocText.asLayout(text), budget);
    }
}
