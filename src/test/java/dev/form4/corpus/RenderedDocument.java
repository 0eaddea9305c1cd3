package dev.form4.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A rendering before it is written out: the blocks before the big table (headings, OMB box, checkbox lines),
 * the big pipe table (header block, Table I, Table II, further owners), and the blocks after it (footnote
 * heading, footnotes, remarks, signatures, boilerplate). Blocks are written separated by a blank line; a block
 * may hold several lines (a bullet list). Damage operators edit it in place.
 */
final class RenderedDocument {

    static final String EXPLANATION_HEADING = "### **Explanation of Responses:**";

    final List<String> before = new ArrayList<>();
    final PipeTable table;
    final List<String> after = new ArrayList<>();

    RenderedDocument(PipeTable table) {
        this.table = table;
    }

    /** Index in {@link #after} of the footnote heading, or -1. */
    int explanationIndex() {
        return after.indexOf(EXPLANATION_HEADING);
    }

    String toMarkdown() {
        StringBuilder out = new StringBuilder();
        before.forEach(block -> out.append(block).append("\n\n"));
        out.append(table.toMarkdown()).append('\n');
        for (int i = 0; i < after.size(); i++) {
            out.append(after.get(i)).append(i + 1 < after.size() ? "\n\n" : "\n");
        }
        return out.toString();
    }
}
