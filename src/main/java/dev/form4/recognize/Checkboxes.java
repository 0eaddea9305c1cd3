package dev.form4.recognize;

import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * X marks standing in cells of their own (an HTML table, layout text), matched to the checkbox label they
 * check: the nearest label to the mark's right, on the mark's line or, where a converter put a two-line label's
 * lines around it ("Officer (give title" / "X  below)"), on the line above or below. A mark in the label's
 * own cell ("X Form filed by One Reporting Person") is read from the text by the header reader.
 */
final class Checkboxes {

    /** How a mark prints: X, OCR's x, a ticked box. */
    private static final Pattern MARK = Pattern.compile("^(?:[Xx✓✔☒☑■]|\\(X\\)|\\[X\\])(?:$|\\s)");

    private record Mark(int row, int x0, int x1) {
    }

    private final HeaderText header;
    private final List<Mark> marks = new ArrayList<>();

    Checkboxes(HeaderText header, List<Pattern> labels) {
        this.header = header;
        for (int r = 0; r < header.rows().size(); r++) {
            SourceRow row = header.rows().get(r);
            if (!row.hasGeometry()) {
                continue;
            }
            for (SourceCell cell : row.cells()) {
                // a mark alone, or before a label's second line ("X below)") that pdftotext set beside it
                String text = cell.text().trim();
                java.util.regex.Matcher m = MARK.matcher(text);
                if (!m.find()) {
                    continue;
                }
                String rest = text.substring(m.end());
                if (labels.stream().anyMatch(label -> label.matcher(rest).find())) {
                    continue; // "X Director": the label's own cell, read from the text
                }
                marks.add(new Mark(r, cell.x0(), rest.isEmpty() ? cell.x1() : cell.x0() + 1));
            }
        }
    }

    /**
     * Whether a standalone mark checks the label {@code label} (true), or none does (false); empty when the label
     * is not found on a row with geometry, so the text decides.
     */
    Optional<Boolean> checked(Pattern label, List<Pattern> allLabels) {
        List<HeaderText.At> found = header.find(label);
        HeaderText.At at = found.stream().filter(a -> header.rows().get(a.row()).hasGeometry()).findFirst().orElse(null);
        if (at == null) {
            return Optional.empty();
        }
        for (Mark mark : marks) {
            if (matchesLabel(mark, allLabels).filter(a -> a.equals(at)).isPresent()) {
                return Optional.of(true);
            }
        }
        return Optional.of(false);
    }

    /** The label a mark checks: the nearest to its right, its own row before the rows next to it. */
    private Optional<HeaderText.At> matchesLabel(Mark mark, List<Pattern> labels) {
        HeaderText.At best = null;
        long bestCost = Long.MAX_VALUE;
        for (Pattern label : labels) {
            for (HeaderText.At at : header.find(label)) {
                int rowDistance = Math.abs(at.row() - mark.row());
                if (rowDistance > 1 || !header.sameGrid(at.row(), mark.row())) {
                    continue;
                }
                SourceCell cell = header.rows().get(at.row()).cells().get(at.firstCell());
                if (cell.x0() < mark.x1()) {
                    continue; // a mark stands before its label
                }
                long cost = (long) (cell.x0() - mark.x1()) + (long) rowDistance * 1_000_000_000L;
                if (cost < bestCost) {
                    bestCost = cost;
                    best = at;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
