package dev.form4.input;

/**
 * Which converter wrote a text, from the text alone: an HTML page starts like one; Markdown has pipe-table rows
 * or headings (Marker's own marks, {@code \$}, {@code <br>} in cells, {@code $...$}, tell it from GitHub
 * Markdown); pandoc's own Markdown and plain text draw grid-table borders ({@code +----+----+}) or write
 * {@code [text]{.class}} spans; text laid out in columns has wide gaps inside its lines; MuPDF's text writes each cell's
 * line as a line of its own, so the sub-captions that the form prints side by side ("Code" and "V" of the
 * transaction code's column) stand one under the other, and {@code pdftotext -raw} writes the same drawing order with
 * no blank line at all; text written block by block (pdftotext's default mode) stands each sub-caption between blank
 * lines; anything else is OCR text, a line per printed line, its blocks parted by blank lines.
 * Only the first part of a long text is looked at.
 */
public final class InputDetector {

    private static final int SAMPLE = 200_000;

    private InputDetector() {
    }

    public static InputFormat detect(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        // The head's marks are matched in place, as in the lower-cased text but without lower-casing it all.
        int head = 0;
        while (head < sample.length() && Character.isWhitespace(sample.charAt(head))) {
            head++;
        }
        if (startsWithLower(sample, head, "<!doctype html") || startsWithLower(sample, head, "<html")
                || startsWithLower(sample, head, "<head") || startsWithLower(sample, head, "<body")
                || startsWithLower(sample, head, "<?xml") && containsLower(sample, head, "<html")) {
            return InputFormat.HTML;
        }
        if (containsLower(sample, head, "<sec-document>")
                || startsWithLower(sample, head, "-----begin privacy-enhanced message-----")
                || containsLower(sample, head, "<type>4")) {
            return InputFormat.LAYOUT; // an EDGAR submission of the ASCII days: text laid out in columns
        }
        int lines = 0;
        int pipeRows = 0;
        int headings = 0;
        int gapped = 0;
        int ruled = 0;
        int htmlBlocks = 0;
        int gridBorders = 0;
        int subCaptionsApart = 0;
        int blankLines = 0;
        int subCaptionsAsRun = 0;
        int codeAlone = 0;
        int vAlone = 0;
        char alone = 0; // the line before was "Code" ('C') or "V" ('V') after a blank line
        boolean blankBefore = false;
        int previousFrom = 0;
        int previousTo = 0;
        Gaps gaps = new Gaps(sample);
        Pipes pipes = new Pipes(sample);
        // each line is the range [lineStart, end) of the sample and its trimmed text [from, to): no string per line
        for (int lineStart = 0, end; lineStart <= sample.length(); lineStart = end + 1) {
            int newline = sample.indexOf('\n', lineStart);
            end = newline < 0 ? sample.length() : newline;
            int from = lineStart;
            while (from < end && Character.isWhitespace(sample.charAt(from))) {
                from++;
            }
            int to = end;
            while (to > from && Character.isWhitespace(sample.charAt(to - 1))) {
                to--;
            }
            if (from == to) {
                blankLines++;
                codeAlone += alone == 'C' ? 1 : 0;
                vAlone += alone == 'V' ? 1 : 0;
                alone = 0;
                blankBefore = true;
                continue;
            }
            lines++;
            // "Code" or "V" between blank lines: column 3's sub-captions each a block of its own
            alone = !blankBefore ? 0 : to - from == 4 && sample.startsWith("Code", from) ? 'C'
                    : to - from == 1 && sample.charAt(from) == 'V' ? 'V' : 0;
            blankBefore = false;
            // "Code" right above "V": printed side by side under column 3's caption, read line by line by OCR and
            // pdftotext, and as two lines only by a converter that writes each cell's text apart
            if (to - from == 1 && sample.charAt(from) == 'V' && previousTo - previousFrom == 4
                    && sample.startsWith("Code", previousFrom) && sample.indexOf('\n', previousTo) == lineStart - 1) {
                subCaptionsApart++;
            }
            // "Code V" with no more than a sub-caption after it ("Code V Amount", "Code V (A) (D)"): column 3's
            // sub-captions as one run of the PDF's text, not a page's whole printed line as OCR reads it
            if (to - from <= 16 && sample.startsWith("Code V", from) && (to - from == 6 || sample.charAt(from + 6) == ' ')) {
                subCaptionsAsRun++;
            }
            previousFrom = from;
            previousTo = to;
            boolean pipeFirst = sample.charAt(from) == '|';
            // indented four spaces or more, a line is no Markdown table row (it would be code): EDGAR's ASCII
            // tables have rows that start at a column rule far to the right
            if (pipeFirst && sample.charAt(to - 1) == '|' && to - from > 1 && indent(sample, lineStart, end) < 4) {
                pipeRows++;
            } else if (sample.charAt(from) == '#') {
                headings++;
            } else if (sample.charAt(from) == '+' && isGridBorder(sample, from, to)) {
                gridBorders++;
            } else if (sample.startsWith("<table", from) || sample.startsWith("<div", from) || sample.startsWith("<tr", from)) {
                htmlBlocks++;
            }
            boolean gap = gaps.inner(lineStart, end);
            if (gap) {
                gapped++;
            }
            // EDGAR's ASCII tables pad their cells to the column rules; OCR reads a border as '|' between words
            // one space apart ("Code | V_ | (A) | (D) Exercisable"), which is no layout
            if (!pipeFirst && gap && sample.charAt(lineStart) != '|' && pipes.atLeast(lineStart, end, 3)) {
                ruled++;
            }
        }
        if (lines == 0) {
            return InputFormat.MARKER;
        }
        // a grid table's cells are '|' rows too: its borders, or pandoc's span attributes, tell it first
        if (htmlBlocks == 0 && (gridBorders >= 2 || sample.contains("]{."))) {
            return InputFormat.PANDOC;
        }
        boolean markdown = pipeRows >= 3 || pipeRows * 10 >= lines || htmlBlocks > 0 || headings >= 2 && gapped * 4 < lines;
        if (markdown) {
            return isMarker(sample, htmlBlocks) ? InputFormat.MARKER : InputFormat.GFM;
        }
        // OCR reads table borders as '|' too: column rules count only where the columns also keep their gaps
        if (gapped * 5 >= lines || ruled >= 3 && gapped >= 3) {
            return InputFormat.LAYOUT;
        }
        // pdftotext -raw writes the PDF's text in the order it was drawn, as MuPDF does, but with no blank line at
        // all; OCR parts the page's blocks by blank lines (9% of its lines or more in the committed tesseract
        // outputs, under 1% in pdftotext -raw's), except in a single-block mode (--psm 6), whose lines are the
        // page's printed lines
        boolean drawnRuns = blankLines * 50 < lines + blankLines && subCaptionsAsRun > 0;
        // pdftotext's default mode writes each cell as a block, so "Code" and "V" stand between blank lines, which
        // neither MuPDF (its "Code" right above "V"), pdftotext -raw (no blank lines) nor OCR (a printed line per
        // line) does in any committed output
        if (codeAlone > 0 && vAlone > 0 && subCaptionsApart == 0 && !drawnRuns) {
            return InputFormat.BLOCKS;
        }
        return subCaptionsApart > 0 || drawnRuns ? InputFormat.MUPDF : InputFormat.OCR;
    }

    /**
     * {@code text} from {@code at} starts with {@code lower} (lower-case ASCII) as its lower case
     * ({@code Locale.ROOT}) would: only A-Z fold. No other character lower-cases to one of the marks' characters
     * (the Kelvin sign's 'k' and the dotted capital I's "i" + dot stand in none of them).
     */
    private static boolean startsWithLower(String text, int at, String lower) {
        if (text.length() - at < lower.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = text.charAt(at + i);
            if (c != lower.charAt(i) && !(c >= 'A' && c <= 'Z' && c + 32 == lower.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code lower} stands in {@code text} from {@code from} on, as {@link #startsWithLower} reads it; it opens with '<'. */
    private static boolean containsLower(String text, int from, String lower) {
        // '<' has no case: only where one stands can the mark start
        for (int at = text.indexOf('<', from); at >= 0; at = text.indexOf('<', at + 1)) {
            if (startsWithLower(text, at, lower)) {
                return true;
            }
        }
        return false;
    }

    /** Marker's marks: escaped dollars, formulas, line breaks and superscripts inside pipe cells. */
    private static boolean isMarker(String sample, int htmlBlocks) {
        if (htmlBlocks > 0 || sample.contains("<span class=") || sample.contains("data-")) {
            return false; // pandoc's raw HTML
        }
        return sample.contains("\\$") || sample.contains("<br>") || sample.contains("<sup>") || sample.contains("^{(")
                || !sample.contains("$");
    }

    /**
     * Runs of three or more spaces between two words, the column gaps of layout text, found line after line with
     * String.indexOf (a search the JIT makes fast) instead of a look at every character: the lines come in order,
     * so the run found for one line serves every line before it, and the text is searched once in all.
     */
    private static final class Gaps {
        private static final String RUN = "   ";
        private final String text;
        /** The first run at or after the last line's words, or -1 when none follows them. */
        private int next = Integer.MIN_VALUE;

        Gaps(String text) {
            this.text = text;
        }

        /** A run of three or more spaces between two words in the line [from, to) (to at a line end or the text's end). */
        boolean inner(int from, int to) {
            int i = from;
            while (i < to && text.charAt(i) == ' ') {
                i++;
            }
            if (next != -1 && next < i) {
                next = text.indexOf(RUN, i);
            }
            if (next == -1 || next >= to) {
                return false; // a run that starts in the line ends in it: the char at 'to' is a line end
            }
            int after = next + RUN.length();
            while (after < to && text.charAt(after) == ' ') {
                after++;
            }
            return after < to;
        }
    }

    /** [from, to) is a grid table's border: '+' at both ends, only '+', '-', '=' and ':' between. */
    private static boolean isGridBorder(String text, int from, int to) {
        if (to - from < 5 || text.charAt(to - 1) != '+') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '+' && c != '-' && c != '=' && c != ':') {
                return false;
            }
        }
        return true;
    }

    private static int indent(String text, int from, int to) {
        int i = from;
        while (i < to && text.charAt(i) == ' ') {
            i++;
        }
        return i - from;
    }

    /**
     * The '|' of the sample, asked line by line in order: found with indexOf (vectorized) from a cursor that only
     * moves forward, so the whole sample costs one pass however many lines hold none.
     */
    private static final class Pipes {
        private final String text;
        /** A '|' at or after the start of the line asked for last (-1: none left; -2: not looked for yet). */
        private int next = -2;

        Pipes(String text) {
            this.text = text;
        }

        /** Whether [from, to) holds at least {@code n} '|'; lines are asked for in order. */
        boolean atLeast(int from, int to, int n) {
            if (next != -1 && next < from) {
                next = text.indexOf('|', from);
            }
            int found = 0;
            while (next >= 0 && next < to) {
                if (++found >= n) {
                    return true;
                }
                next = text.indexOf('|', next + 1);
            }
            return false;
        }
    }
}
