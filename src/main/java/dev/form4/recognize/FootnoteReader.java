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

    /** {@code prose}: OCR's misreads in the notes' text, for a document OCR read ({@link OcrProse#NONE} otherwise). */
    static List<Footnote> read(List<FormTree.Footnote> notes, OcrProse prose, List<Diagnostic> diagnostics) {
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
                if (!endsWithWordHyphen(text)) {
                    text.append(' ');
                }
                text.append(spaced(more.source()));
            }
            if (text.toString().isBlank()) {
                continue;
            }
            SourcePosition at = row.cells().isEmpty() ? new SourcePosition(row.line(), 1)
                    : row.cells().get(0).items().isEmpty() ? row.cells().get(0).position()
                    : row.cells().get(0).items().get(0).position();
            Footnote footnote = new Footnote("F" + number, prose.repair(text.toString().trim(), at, "footnotes.F" + number, diagnostics), at);
            Footnote earlier = byNumber.putIfAbsent(number, footnote);
            if (earlier != null) {
                diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.AMBIGUOUS, at,
                        "footnotes", "footnote " + number + " appears twice; kept the first, at " + earlier.position()));
            }
        }
        List<Footnote> read = new ArrayList<>(byNumber.values());
        for (int i = 0; i < read.size(); i++) {
            read.set(i, withFullStop(read.get(i), i + 1 < read.size() ? read.get(i + 1) : null, prose.readByOcr(), diagnostics));
        }
        return read;
    }

    /** A note's last sentence ending in a comma: "... set forth in this footnote,". */
    private static final Pattern COMMA_AT_END = Pattern.compile("(?<=[\\p{L}\\p{N})\"'”’]),$");
    /** A note that goes on with the one before: "(continued from footnote 2) and ...", or in lower case. */
    private static final Pattern CONTINUES = Pattern.compile("^\\(?\\s*(?i:continued)\\b.*|^\\p{Ll}.*");

    /** A note's last word, or the ')' or quote that closes it, with no full stop after it. */
    private static final Pattern NO_STOP_AT_END = Pattern.compile("[\\p{L}\\p{N})\"']$");

    /**
     * A note is prose and ends its last sentence: it ends in a comma only where the next note goes on with it (a
     * long note split in two, "(continued from footnote 2) ..."). Otherwise the comma is the full stop as OCR
     * misreads it (a speck under the dot), written back as a period with a diagnostic. In text OCR read, a note
     * that ends with no stop at all lost its dot: 2,551 of the 2,569 corpus notes end with one (14 with a comma
     * the next note goes on from, 4 with none).
     */
    private static Footnote withFullStop(Footnote note, Footnote next, boolean readByOcr, List<Diagnostic> diagnostics) {
        if (next != null && CONTINUES.matcher(next.text()).matches()) {
            return note;
        }
        Matcher comma = atEnd(COMMA_AT_END, note.text(), 3);
        if (comma.find()) {
            diagnostics.add(Diagnostic.repaired(note.position(), "footnotes." + note.id(), "read the comma ending note "
                    + note.id() + " as its full stop: the next note does not go on with it"));
            return new Footnote(note.id(), note.text().substring(0, comma.start()) + ".", note.position());
        }
        if (readByOcr && atEnd(NO_STOP_AT_END, note.text(), 4).find()) {
            diagnostics.add(Diagnostic.repaired(note.position(), "footnotes." + note.id(), "ended note " + note.id()
                    + " with the full stop that OCR lost: a note ends its last sentence, and the next does not go on with it"));
            return new Footnote(note.id(), note.text() + ".", note.position());
        }
        return note;
    }

    /**
     * A matcher of a pattern ending in {@code $} over the last {@code span} characters of a long note only: a match
     * of at most {@code span} characters before the end, a final line break included, starts nowhere else (the
     * text before them stays visible to a lookbehind), and find would try every character of the note.
     */
    private static Matcher atEnd(Pattern pattern, String text, int span) {
        return pattern.matcher(text).useTransparentBounds(true).region(Math.max(0, text.length() - span), text.length());
    }

    /**
     * A line ending in a word's hyphen ("the Venture 2010-" / "Seed Fund") goes on without a space: the page broke
     * a hyphenated word there (the SEC page is not hyphenated by the browser, so the hyphen is the text's own).
     */
    private static boolean endsWithWordHyphen(CharSequence text) {
        int n = text.length();
        return n >= 2 && text.charAt(n - 1) == '-' && Character.isLetterOrDigit(text.charAt(n - 2));
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
