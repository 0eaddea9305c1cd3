package dev.form4.recognize;

import dev.form4.model.Diagnostic;
import dev.form4.model.Footnote;
import dev.form4.model.SourcePosition;
import dev.form4.parse.FormTree;
import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes of "Explanation of Responses" to footnotes F1..Fn, in number order: a note's text is its row after
 * the number, and the lines that continue it. A repeated number keeps its first text.
 */
final class FootnoteReader {

    /** "1. ", "- 3. ", "(4) ", "1, " (OCR's comma): the number and what precedes the text. */
    private static final Pattern NUMBER = Pattern.compile("^[-*•·\\s]*(?:\\((\\d{1,2})\\)|(\\d{1,2})\\s?[.,)])\\s*");

    private FootnoteReader() {
    }

    static List<Footnote> read(List<FormTree.Footnote> notes, List<Diagnostic> diagnostics) {
        Map<Integer, Footnote> byNumber = new TreeMap<>();
        for (FormTree.Footnote note : notes) {
            SourceRow row = note.first().source();
            String first = spaced(row);
            Matcher m = NUMBER.matcher(first);
            if (!m.find()) {
                continue;
            }
            int number = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            StringBuilder text = new StringBuilder(first.substring(m.end()).trim());
            for (FormTree.Row more : note.continuation()) {
                text.append(' ').append(spaced(more.source()));
            }
            if (text.toString().isBlank()) {
                continue;
            }
            SourcePosition at = row.cells().isEmpty() ? new SourcePosition(row.line(), 1)
                    : row.cells().get(0).items().isEmpty() ? row.cells().get(0).position()
                    : row.cells().get(0).items().get(0).position();
            Footnote footnote = new Footnote("F" + number, text.toString().trim(), at);
            Footnote earlier = byNumber.putIfAbsent(number, footnote);
            if (earlier != null) {
                diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.AMBIGUOUS, at,
                        "footnotes", "footnote " + number + " appears twice; kept the first, at " + earlier.position()));
            }
        }
        return new ArrayList<>(byNumber.values());
    }

    /** A row's text with its cells joined by spaces: a note is prose, its cell edges are the converter's. */
    static String spaced(SourceRow row) {
        StringBuilder sb = new StringBuilder();
        for (SourceCell cell : row.cells()) {
            if (!cell.text().isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(cell.text());
            }
        }
        return sb.toString();
    }
}
