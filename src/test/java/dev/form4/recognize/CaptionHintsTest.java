package dev.form4.recognize;

import dev.form4.model.SourcePosition;
import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CaptionHintsTest {

    /** A row of the given cell texts, each cell's extent as given ({x0, x1}), on grid 0. */
    private static SourceRow row(int line, List<String> texts, List<int[]> extents) {
        List<SourceCell> cells = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            cells.add(new SourceCell(i, List.of(), texts.get(i), new SourcePosition(line, 1), extents.get(i)[0], extents.get(i)[1]));
        }
        return new SourceRow(line, line, SourceRow.Shape.TABLE_ROW, 0, false, cells);
    }

    private static List<int[]> byIndex(int n) {
        List<int[]> extents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            extents.add(new int[] {i, i + 1});
        }
        return extents;
    }

    @Test
    void inAPipeTableTheSubCaptionNearestByCellDecides() {
        CaptionHints hints = CaptionHints.of(List.of(row(1, List.of("Code", "V", "(A)", "(D)"), byIndex(4))));
        SourceRow data = row(2, List.of("M", "", "", "74,553"), byIndex(4));
        assertEquals("D", hints.acquiredOrDisposed(data, 3, 0));
        assertEquals("A", hints.acquiredOrDisposed(data, 2, 0));
        assertEquals("A", hints.acquiredOrDisposed(data, 3, 1)); // the row stands one cell right of its captions
        assertNull(CaptionHints.NONE.acquiredOrDisposed(data, 3, 0));
    }

    @Test
    void withExtentsTheSubCaptionOverTheSharesDecidesWhateverTheirCellIndex() {
        // pandoc's Table II: the data row has fewer cells than the caption row (rowspans), slots 4..5 are (A)/(D)
        CaptionHints hints = CaptionHints.of(List.of(row(1, List.of("Code", "V", "(A)", "(D)"),
                List.of(new int[] {2, 3}, new int[] {3, 4}, new int[] {4, 5}, new int[] {5, 6}))));
        SourceRow data = row(2, List.of("Restricted Stock Units", "A", "328"),
                List.of(new int[] {0, 1}, new int[] {2, 3}, new int[] {4, 5}));
        assertEquals("A", hints.acquiredOrDisposed(data, 2, 0));
    }
}
