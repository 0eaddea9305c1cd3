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
 * OCR text (Tesseract's plain output): a line per line of the page, words one space apart, so there are no
 * column positions to read; what a value is comes from the value itself and the columns' order. A {@code |}
 * that OCR read from a ruled border separates cells; the rows have no geometry.
 */
public final class OcrTextFrontEnd implements FrontEnd {

    public static final OcrTextFrontEnd INSTANCE = new OcrTextFrontEnd();

    private OcrTextFrontEnd() {
    }

    @Override
    public List<SourceRow> rows(String sourceName, String text, ReadBudget budget) {
        List<String> lines = TextLines.of(text);
        List<SourceRow> rows = new ArrayList<>();
        boolean blankBefore = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                blankBefore = true;
                continue;
            }
            int number = i + 1;
            List<SourceCell> cells = new ArrayList<>();
            int start = 0;
            int segments = 0;
            for (int c = 0; c <= line.length(); c++) {
                if (c == line.length() || line.charAt(c) == '|') {
                    budget.cell(++segments, number, c + 1);
                    String raw = line.substring(start, c);
                    String cellText = RuleDebris.strip(VisibleText.collapseSpaces(raw));
                    if (!cellText.isEmpty()) {
                        SourcePosition at = new SourcePosition(number, start + raw.indexOf(cellText.charAt(0)) + 1);
                        cells.add(new SourceCell(cells.size(), TextItems.plain(cellText, at, false, budget), cellText, at,
                                cells.size(), cells.size() + 1));
                    }
                    start = c + 1;
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new SourceRow(number, number, SourceRow.Shape.LINE, -1, blankBefore, cells));
            }
            blankBefore = false;
        }
        return rows;
    }
}
