package dev.form4.input.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * pandoc's own Markdown ({@code pandoc -t markdown}, what {@code pandoc page.html -o page.md} writes) and its
 * plain text ({@code -t plain}) draw tables with characters: grid tables ({@code +---+} borders, {@code |}
 * between cells) for the SEC page's header boxes, simple and multiline tables (columns under dash rules) for
 * Tables I and II. Rewritten line for line into layout text, whose columns the layout front-end reads: borders,
 * rules and inline markup ({@code [text]{.FormData}} spans, links, {@code \}-escapes, {@code *emphasis*},
 * {@code ^superscripts^}) become spaces, so every character that stays keeps its line, and a cell its column.
 *
 * <p>Inside a grid cell pandoc wraps long text, link targets and span attributes included
 * ({@code ](/cgi-bin/brow} / {@code se-edgar?...)}), so markup that a cell's line leaves open goes on in the same
 * cell on the next line, not at the next character of the page's line (another cell's).
 */
final class PandocText {

    private PandocText() {
    }

    /** True when the text has pandoc Markdown's inline markup; plain text has none and keeps its brackets. */
    static boolean hasMarkdown(String text) {
        return text.contains("]{.") || text.contains("](") || text.contains("\\.") || text.contains("\\$")
                || text.contains("\\[");
    }

    /** A grid table's border or row separator: {@code +----+:---:+===+}. */
    static boolean isGridBorder(String line) {
        String s = line.strip();
        if (s.length() < 5 || s.charAt(0) != '+' || s.charAt(s.length() - 1) != '+') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '+' && c != '-' && c != '=' && c != ':') {
                return false;
            }
        }
        return true;
    }

    /**
     * The text cleaned line for line; {@code borders} holds, for each line inside a grid table (its borders
     * included), the border line above it, whose '+' mark the cells' edges, and null elsewhere.
     */
    record Cleaned(List<String> raw, List<String> lines, List<String> borders, List<Boolean> borderLines, boolean markdown) {

        /** Line i is a grid's border (or row separator) itself. */
        boolean isBorder(int i) {
            return borderLines.get(i);
        }

        /** The text as layout text with the grid tables left out (their lines blank): {@link GridTables} reads those. */
        String withoutGrids() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                if (borders.get(i) == null) {
                    sb.append(lines.get(i).replace(MARKUP, ' '));
                }
                sb.append('\n');
            }
            return sb.toString();
        }

        /** The columns [x0, x1) of each cell of the grid row whose first line is {@code line} (0-based). */
        List<int[]> cellBounds(int line) {
            String border = borders.get(line);
            List<int[]> cells = new ArrayList<>();
            int left = border.indexOf('+');
            for (int i = left + 1; i < border.length(); i++) {
                if (border.charAt(i) == '+') {
                    cells.add(new int[] {left + 1, i});
                    left = i;
                }
            }
            return cells;
        }
    }

    /** The text as layout text, grid tables included as their cleaned lines (for tests and tooling). */
    static String asLayout(String text) {
        return String.join("\n", clean(text).lines()).replace(MARKUP, ' ');
    }

    static Cleaned clean(String text) {
        boolean markdown = hasMarkdown(text);
        List<String> raw = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<String> borders = new ArrayList<>();
        List<Boolean> borderLines = new ArrayList<>();
        String border = null; // the last border line of the grid the lines stand in
        Map<Integer, Open> open = new HashMap<>(); // per grid cell (by its left border's column): markup left open
        Open prose = new Open();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
            raw.add(line);
            if (isGridBorder(line)) {
                if (border == null || border.strip().length() != line.strip().length()) {
                    open.clear(); // a new grid
                }
                border = line;
                lines.add("");
                borders.add(border);
                borderLines.add(true);
            } else if (border != null && line.stripLeading().startsWith("|")) {
                lines.add(new String(gridLine(line, border, open, markdown)));
                borders.add(border);
                borderLines.add(false);
            } else {
                border = null;
                open.clear();
                char[] chars = line.toCharArray();
                clean(chars, 0, chars.length, prose, markdown);
                lines.add(new String(chars));
                borders.add(null);
                borderLines.add(false);
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        if (text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
            borders.remove(borders.size() - 1);
            borderLines.remove(borderLines.size() - 1);
            raw.remove(raw.size() - 1);
        }
        return new Cleaned(raw, lines, borders, borderLines, markdown);
    }

    /** A grid table's line: its cells cleaned one by one, its rules blanked. */
    private static char[] gridLine(String line, String border, Map<Integer, Open> open, boolean markdown) {
        char[] chars = line.toCharArray();
        int cellStart = -1;
        for (int i = 0; i <= chars.length; i++) {
            // the grid's own rules stand where its border has a '+'; other '|' are a nested table's, inside a cell
            boolean rule = i == chars.length || chars[i] == '|' && i < border.length() && border.charAt(i) == '+';
            if (!rule) {
                continue;
            }
            if (cellStart >= 0) {
                clean(chars, cellStart + 1, i, open.computeIfAbsent(cellStart, k -> new Open()), markdown);
            }
            if (i < chars.length) {
                chars[i] = ' ';
            }
            cellStart = i;
        }
        return chars;
    }

    /** Where markup stood: a space to the layout text, nothing to a grid cell's text. */
    static final char MARKUP = '\u0000';
    /** A ']' ended a cell's line: whether a target or attributes follow is up to the next line. */
    private static final char PENDING = '\u0001';

    /** Markup that a cell's line left open: a link target or a span's attributes, closed by this character. */
    private static final class Open {
        char closer;
    }

    /**
     * Cleans chars[from, to) in place: markup to spaces, an escape to its character (the text after it moves left
     * by one, and the next gap of two spaces or more gets the space back, so the next column keeps its place), a
     * nested table's rules to spaces.
     */
    static void clean(char[] chars, int from, int to, Open open, boolean markdown) {
        StringBuilder sb = new StringBuilder(to - from);
        int owed = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (open.closer == PENDING) {
                // a span's or link's ']' ended the cell's line above: its '{...}' or '(...)' may start this one
                if (c == ' ') {
                    sb.append(' ');
                    continue;
                }
                open.closer = c == '{' ? '}' : c == '(' ? ')' : 0;
                if (open.closer != 0) {
                    sb.append(MARKUP);
                    continue;
                }
            }
            if (open.closer != 0) {
                sb.append(c == ' ' ? ' ' : MARKUP); // a cell's padding stays a space: no target or attribute has one
                if (c == open.closer) {
                    open.closer = 0;
                }
                continue;
            }
            if (c == ' ') {
                sb.append(' ');
                if (owed > 0 && sb.length() >= 2 && sb.charAt(sb.length() - 2) == ' ') {
                    sb.append(String.valueOf(MARKUP).repeat(owed));
                    owed = 0;
                }
                continue;
            }
            if (c == '|') {
                sb.append(' ');
                continue;
            }
            if (c >= '\u2070' && c <= '\u208e' || c == '\u00b9' || c == '\u00b2' || c == '\u00b3') {
                sb.append(superscriptAsText(c)); // plain text's marks: "560,000⁽¹⁾⁽²⁾" as pdftotext writes them
                continue;
            }
            if (!markdown) {
                sb.append(c);
                continue;
            }
            char next = i + 1 < to ? chars[i + 1] : 0;
            if (c == '\\') {
                if (isPunctuation(next)) {
                    sb.append(next);
                    i++;
                    owed++;
                } else {
                    sb.append(MARKUP); // a hard line break at the end of a cell's line
                }
            } else if (c == ']' && (next == '(' || next == '{')) {
                sb.append(MARKUP).append(MARKUP);
                i++;
                open.closer = next == '(' ? ')' : '}';
            } else if (c == ']' && restIsBlank(chars, i + 1, to)) {
                sb.append(MARKUP);
                open.closer = PENDING;
            } else if (c == '[' || c == ']' || c == '*' || c == '^') {
                sb.append(MARKUP);
            } else {
                sb.append(c);
            }
        }
        int length = Math.min(sb.length(), to - from);
        for (int k = 0; k < to - from; k++) {
            chars[from + k] = k < length ? sb.charAt(k) : MARKUP;
        }
        if (onlyRule(chars, from, to)) {
            for (int k = from; k < to; k++) {
                chars[k] = ' ';
            }
        }
    }

    private static boolean restIsBlank(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    /** A nested table's rule inside a cell: dashes (three or more in a run), '+', '=' and ':' only. */
    private static boolean onlyRule(char[] chars, int from, int to) {
        int run = 0;
        int longest = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == '-' || c == '=') {
                longest = Math.max(longest, ++run);
            } else if (c == ' ' || c == '+' || c == ':' || c == MARKUP) {
                run = 0;
            } else {
                return false;
            }
        }
        return longest >= 3;
    }

    /** A superscript (or subscript) digit, sign or parenthesis as its plain character; others as a space. */
    private static char superscriptAsText(char c) {
        return switch (c) {
            case '\u00b9' -> '1';
            case '\u00b2' -> '2';
            case '\u00b3' -> '3';
            case '\u2070', '\u2080' -> '0';
            case '\u207d', '\u208d' -> '(';
            case '\u207e', '\u208e' -> ')';
            case '\u207a', '\u208a' -> '+';
            case '\u207b', '\u208b' -> '-';
            default -> c >= '\u2074' && c <= '\u2079' ? (char) ('4' + c - '\u2074')
                    : c >= '\u2081' && c <= '\u2089' ? (char) ('1' + c - '\u2081') : ' ';
        };
    }

    private static boolean isPunctuation(char c) {
        return c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
    }
}
