package dev.form4.input;

import java.util.Locale;

/**
 * Which converter wrote a text, from the text alone: an HTML page starts like one; Markdown has pipe-table rows
 * or headings (Marker's own marks, {@code \$}, {@code <br>} in cells, {@code $...$}, tell it from GitHub
 * Markdown); text laid out in columns has wide gaps inside its lines; anything else is OCR text, a line per line.
 * Only the first part of a long text is looked at.
 */
public final class InputDetector {

    private static final int SAMPLE = 200_000;

    private InputDetector() {
    }

    public static InputFormat detect(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        String head = sample.stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body") || head.startsWith("<?xml") && head.contains("<html")) {
            return InputFormat.HTML;
        }
        if (head.contains("<sec-document>") || head.startsWith("-----begin privacy-enhanced message-----")
                || head.contains("<type>4")) {
            return InputFormat.LAYOUT; // an EDGAR submission of the ASCII days: text laid out in columns
        }
        int lines = 0;
        int pipeRows = 0;
        int headings = 0;
        int gapped = 0;
        int ruled = 0;
        int htmlBlocks = 0;
        int start = 0;
        for (int i = 0; i <= sample.length(); i++) {
            if (i < sample.length() && sample.charAt(i) != '\n') {
                continue;
            }
            String line = sample.substring(start, i);
            start = i + 1;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            lines++;
            // indented four spaces or more, a line is no Markdown table row (it would be code): EDGAR's ASCII
            // tables have rows that start at a column rule far to the right
            if (trimmed.startsWith("|") && trimmed.endsWith("|") && trimmed.length() > 1 && indent(line) < 4) {
                pipeRows++;
            } else if (trimmed.startsWith("#")) {
                headings++;
            } else if (trimmed.startsWith("<table") || trimmed.startsWith("<div") || trimmed.startsWith("<tr")) {
                htmlBlocks++;
            }
            if (hasInnerGap(line)) {
                gapped++;
            }
            // EDGAR's ASCII tables pad their cells to the column rules; OCR reads a border as '|' between words
            // one space apart ("Code | V_ | (A) | (D) Exercisable"), which is no layout
            if (line.indexOf('|') > 0 && count(line, '|') >= 3 && !trimmed.startsWith("|") && hasInnerGap(line)) {
                ruled++;
            }
        }
        if (lines == 0) {
            return InputFormat.MARKER;
        }
        boolean markdown = pipeRows >= 3 || pipeRows * 10 >= lines || htmlBlocks > 0 || headings >= 2 && gapped * 4 < lines;
        if (markdown) {
            return isMarker(sample, htmlBlocks) ? InputFormat.MARKER : InputFormat.GFM;
        }
        // OCR reads table borders as '|' too: column rules count only where the columns also keep their gaps
        if (gapped * 5 >= lines || ruled >= 3 && gapped >= 3) {
            return InputFormat.LAYOUT;
        }
        return InputFormat.OCR;
    }

    /** Marker's marks: escaped dollars, formulas, line breaks and superscripts inside pipe cells. */
    private static boolean isMarker(String sample, int htmlBlocks) {
        if (htmlBlocks > 0 || sample.contains("<span class=") || sample.contains("data-")) {
            return false; // pandoc's raw HTML
        }
        return sample.contains("\\$") || sample.contains("<br>") || sample.contains("<sup>") || sample.contains("^{(")
                || !sample.contains("$");
    }

    /** A run of three or more spaces between two words: the column gap of layout text. */
    private static boolean hasInnerGap(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        int run = 0;
        for (; i < line.length(); i++) {
            if (line.charAt(i) == ' ') {
                run++;
            } else {
                if (run >= 3) {
                    return true;
                }
                run = 0;
            }
        }
        return false;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
