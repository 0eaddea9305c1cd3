package dev.form4.build;

import dev.form4.layout.Cell;
import dev.form4.layout.Item;
import dev.form4.layout.Row;
import dev.form4.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header block's cells in reading order, with helpers to find a label and the value printed after it
 * (in the same cell, the next cells of the row, or the first cell of the next row, as Marker may put it).
 */
final class HeaderText {

    /** A piece of header text and where it was read. */
    record Found(String text, SourcePosition position) {
    }

    private final List<Row> rows;

    HeaderText(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    List<Row> rows() {
        return rows;
    }

    /** All header text joined: cells with " | ", rows with " || ". For checkbox patterns that cross cells. */
    String joined() {
        StringBuilder sb = new StringBuilder();
        for (Row row : rows) {
            sb.append(row.text()).append(" || ");
        }
        return sb.toString();
    }

    /** The value after {@code label} in the label's own cell only (box 5's title, printed right after its box). */
    Optional<Found> valueInLabelCell(Pattern label, Pattern accept) {
        for (Row row : rows) {
            for (Cell cell : row.cells()) {
                Matcher m = label.matcher(cell.text());
                if (m.find()) {
                    return accepted(cell.text().substring(m.end()).trim(), cell, accept);
                }
            }
        }
        return Optional.empty();
    }

    /** The first value after {@code label} whose text satisfies {@code accept}. */
    Optional<Found> valueAfter(Pattern label, Pattern accept) {
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = rows.get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                Matcher m = label.matcher(cells.get(c).text());
                if (!m.find()) {
                    continue;
                }
                String rest = cells.get(c).text().substring(m.end()).trim();
                Optional<Found> found = accepted(rest, cells.get(c), accept);
                if (found.isPresent()) {
                    return found;
                }
                for (int k = c + 1; k < cells.size(); k++) {
                    if (cells.get(k).isBlank()) {
                        continue;
                    }
                    found = accepted(cells.get(k).text(), cells.get(k), accept);
                    if (found.isPresent()) {
                        return found;
                    }
                    break;
                }
                if (r + 1 < rows.size()) {
                    for (Cell next : rows.get(r + 1).cells()) {
                        if (!next.isBlank()) {
                            return accepted(next.text(), next, accept);
                        }
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> accepted(String text, Cell cell, Pattern accept) {
        Matcher m = accept.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String value = m.groupCount() >= 1 && m.group(1) != null ? m.group(1).trim() : m.group().trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(new Found(value, positionOf(cell, value)));
    }

    /** The position of the first item of {@code value} inside the cell, or the cell's own position. */
    static SourcePosition positionOf(Cell cell, String value) {
        String first = value.split("[\\s\\[\\]]+", 2)[0];
        for (Item item : cell.items()) {
            if (!first.isEmpty() && (item.text().equals(first) || first.startsWith(item.text()) && item.text().length() > 1)) {
                return item.position();
            }
        }
        return cell.position();
    }

    /** Cells whose text matches, with their row index. */
    List<int[]> find(Pattern pattern) {
        List<int[]> at = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = rows.get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                if (pattern.matcher(cells.get(c).text()).find()) {
                    at.add(new int[] {r, c});
                }
            }
        }
        return at;
    }
}
