package dev.form4.recognize;

import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the sub-captions of the columns that share a box stand ("(A)" and "(D)", "Date Exercisable" and
 * "Expiration Date"): the cell index is a weak hint for the aligner when the values alone cannot tell.
 */
final class CaptionHints {

    private static final Map<Column, Pattern> SUB_CAPTIONS = Map.of(
            Column.ACQUIRED_SHARES, Pattern.compile("^\\(A\\)$"),
            Column.DISPOSED_SHARES, Pattern.compile("^\\(D\\)$"),
            Column.EXERCISE_DATE, Pattern.compile("(?i)^Date\\s*Exer"),
            Column.EXPIRATION_DATE, Pattern.compile("(?i)^Expiration"),
            Column.DEEMED_EXECUTION_DATE, Pattern.compile("(?i)Deemed|Execut"));

    private CaptionHints() {
    }

    static Map<Column, Integer> of(List<SourceRow> captions) {
        Map<Column, Integer> hints = new EnumMap<>(Column.class);
        for (SourceRow row : captions) {
            for (SourceCell cell : row.cells()) {
                for (Map.Entry<Column, Pattern> entry : SUB_CAPTIONS.entrySet()) {
                    if (!hints.containsKey(entry.getKey()) && entry.getValue().matcher(cell.text().trim()).find()) {
                        hints.put(entry.getKey(), cell.index());
                    }
                }
            }
        }
        return hints;
    }
}
