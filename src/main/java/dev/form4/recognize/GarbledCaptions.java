package dev.form4.recognize;

import dev.form4.model.Diagnostic;
import dev.form4.model.SourcePosition;
import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The top band's numbered captions as a degraded scan's OCR reads them, a word or two garbled ("1. Name and
 * Address of Re} Person”", "1. Name ress of Reporting Person", "Issuer Name and Ticker or Tr: Symbol"): on a line
 * without columns the caption is where a box's values are looked for, so a garbled one loses the whole box. A
 * caption is the form's own fixed text, never a value: a piece of a line within a quarter of the caption's length
 * in edits of it (the closest substring, Sellers' edit distance), holding at least half of its words as printed, is
 * that caption, and is read as printed with a diagnostic naming what was read. The form's other texts are no such
 * near miss: box 5's "Relationship of Reporting Person(s)" is 14 edits from box 1's caption, "Signature of
 * Reporting Person" 13.
 */
final class GarbledCaptions {

    /** The top band's captions, each as printed after its box number. */
    private static final List<String> CAPTIONS = List.of("Name and Address of Reporting Person",
            "Issuer Name and Ticker or Trading Symbol", "Date of Earliest Transaction", "",
            "Relationship of Reporting Person(s) to Issuer", "Individual or Joint/Group Filing");
    /**
     * Box 6's checkbox labels, long enough for a near miss to be theirs alone ("X For filed by One Reporting Person"):
     * unnumbered, so taken within a tenth of their length; they are 9 edits apart from each other.
     */
    private static final List<String> LABELS = List.of("Form filed by One Reporting Person",
            "Form filed by More than One Reporting Person");
    /** The field each caption heads (index 0: box 6's checkbox labels), for the diagnostic. */
    private static final List<String> FIELDS = List.of("jointFiling", "reportingOwners", "issuer", "periodOfReport",
            "dateOfOriginalSubmission", "reportingOwners", "jointFiling");
    /** Each box's number as it ends the text before its caption: "1.", "1,", "1". */
    private static final List<Pattern> BOX_NUMBERS = java.util.stream.IntStream.rangeClosed(1, CAPTIONS.size())
            .mapToObj(n -> Pattern.compile("(?:^|\\s)" + n + "[.,]?\\s*$")).toList();
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}/()%]+");

    private GarbledCaptions() {
    }

    /** The rows with each garbled caption of a line without columns read as printed. */
    static List<SourceRow> restore(List<SourceRow> rows, List<Diagnostic> diagnostics) {
        List<SourceRow> restored = new ArrayList<>(rows.size());
        for (SourceRow row : rows) {
            restored.add(row.hasGeometry() ? row : restore(row, diagnostics));
        }
        return restored;
    }

    private static SourceRow restore(SourceRow row, List<Diagnostic> diagnostics) {
        List<SourceCell> cells = new ArrayList<>(row.cells().size());
        boolean changed = false;
        for (SourceCell cell : row.cells()) {
            String text = cell.text();
            for (int box = 1; box <= CAPTIONS.size(); box++) {
                if (!CAPTIONS.get(box - 1).isEmpty()) { // box 4's caption has its own reading (OTHER_BOXES)
                    text = restore(text, box, CAPTIONS.get(box - 1), cell.position(), diagnostics);
                }
            }
            for (String label : LABELS) {
                text = restore(text, 0, label, cell.position(), diagnostics);
            }
            if (!text.equals(cell.text())) {
                changed = true;
                cells.add(new SourceCell(cell.index(), cell.items(), text, cell.position(), cell.x0(), cell.x1()));
            } else {
                cells.add(cell);
            }
        }
        return changed ? new SourceRow(row.line(), row.lastLine(), row.shape(), row.grid(), row.blankBefore(),
                row.continues(), cells) : row;
    }

    /**
     * {@code text} with its near miss of box {@code box}'s {@code caption} (0: a checkbox label) replaced by the
     * caption, or as it was. The near miss of a numbered caption must follow the box's number ("1.", "1", "1,"): the number tells it from the text of the boxes
     * beside it, which the closest substring could otherwise run into ("Trading Symbol 5. of Reporting Person(s)").
     */
    static String restore(String text, int box, String caption, SourcePosition at, List<Diagnostic> diagnostics) {
        if (LabelPattern.compact(text).contains(LabelPattern.compact(caption))) {
            return text; // read as printed (cuts and spaces aside)
        }
        int[] span = closest(text.toLowerCase(Locale.ROOT), caption.toLowerCase(Locale.ROOT));
        if (span[2] * (box == 0 ? 10 : 4) > caption.length()) {
            return text;
        }
        // widen to whole words: the closest substring may start or end inside a misread word ("Re}")
        int start = span[0];
        int end = span[1];
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++; // a space read for a lost letter is no part of the word before it ("59715 orm filed")
        }
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        String read = text.substring(start, end);
        if (box > 0 && !BOX_NUMBERS.get(box - 1).matcher(text.substring(0, start)).find()
                || sharedWords(read, caption) * 2 < words(caption).size()) {
            return text;
        }
        diagnostics.add(Diagnostic.repaired(at, FIELDS.get(box), "read the caption '" + read + "' as the form prints it, '"
                + caption + "' (" + span[2] + " edits of " + caption.length() + " characters)"));
        return text.substring(0, start) + caption + text.substring(end);
    }

    /**
     * The substring of {@code text} closest to {@code pattern} in edits: {start, end, distance}. Sellers' algorithm
     * (edit distance with a free start and end in the text), the start carried along each cell's best path.
     */
    private static int[] closest(String text, String pattern) {
        int m = pattern.length();
        int[] cost = new int[m + 1];
        int[] from = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            cost[i] = i;
        }
        int[] best = {0, 0, m};
        for (int j = 1; j <= text.length(); j++) {
            int diagCost = cost[0];
            int diagFrom = from[0];
            cost[0] = 0;
            from[0] = j;
            for (int i = 1; i <= m; i++) {
                int upCost = cost[i];
                int upFrom = from[i];
                int substitute = diagCost + (pattern.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1);
                int c = substitute;
                int f = diagFrom;
                if (upCost + 1 < c) { // a text character OCR added
                    c = upCost + 1;
                    f = upFrom;
                }
                if (cost[i - 1] + 1 < c) { // a caption character OCR lost
                    c = cost[i - 1] + 1;
                    f = from[i - 1];
                }
                diagCost = upCost;
                diagFrom = upFrom;
                cost[i] = c;
                from[i] = f;
            }
            if (cost[m] < best[2]) {
                best = new int[] {from[m], j, cost[m]};
            }
        }
        return best;
    }

    private static int sharedWords(String read, String caption) {
        Set<String> readWords = new HashSet<>(words(read));
        int shared = 0;
        for (String word : words(caption)) {
            if (readWords.contains(word)) {
                shared++;
            }
        }
        return shared;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : WORDS.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
