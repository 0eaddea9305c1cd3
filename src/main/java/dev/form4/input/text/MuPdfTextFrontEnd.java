package dev.form4.input.text;

import dev.form4.model.SourcePosition;
import dev.form4.source.FrontEnd;
import dev.form4.source.ReadBudget;
import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;
import dev.form4.source.TextItems;
import dev.form4.source.VisibleText;

import java.util.ArrayList;
import java.util.List;

/**
 * MuPDF's plain text ({@code mutool draw -F txt}, PyMuPDF's {@code page.get_text()}): the PDF's own text, so
 * nothing is misread, but no column positions either. MuPDF writes each run of text of the page as a line of its
 * own, in the order the page drew them (for a printed web page, the HTML's order: a table row's cells left to right,
 * a cell's lines top to bottom), and a blank line where the next run does not stand right under the last. So a
 * line is one line of one cell (the row's cells one a line, in column order), and a blank line parts blocks of the
 * page, not rows: a row's cells of other heights go to blocks of their own. The rows are one cell each here; the
 * table reader groups them ({@code TableRows}).
 */
public final class MuPdfTextFrontEnd implements FrontEnd {

    public static final MuPdfTextFrontEnd INSTANCE = new MuPdfTextFrontEnd();

    private MuPdfTextFrontEnd() {
    }

    @Override
    public List<SourceRow> rows(String sourceName, String text, ReadBudget budget) {
        List<String> lines = TextLines.of(text);
        List<SourceRow> rows = new ArrayList<>();
        boolean blankBefore = false;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String cellText = VisibleText.collapseSpaces(raw).strip();
            if (cellText.isEmpty()) {
                blankBefore = true; // a blank line, or the form feed MuPDF writes after each page
                continue;
            }
            int number = i + 1;
            budget.cell(1, number, 1);
            SourcePosition at = new SourcePosition(number, raw.indexOf(cellText.charAt(0)) + 1);
            SourceCell cell = new SourceCell(0, TextItems.plain(cellText, at, false, budget), cellText, at, 0, 1);
            rows.add(new SourceRow(number, number, SourceRow.Shape.LINE, -1, blankBefore, List.of(cell)));
            blankBefore = false;
        }
        return rows;
    }
}
