package dev.form4.input.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Raw HTML blocks in Markdown, by CommonMark's rule for block-level tags (its HTML block type 6): a line that
 * starts, after at most three spaces, with the open or close tag of a block element begins a block, and the
 * block ends at the next blank line. Pandoc writes every table it cannot draw with pipes so.
 */
final class HtmlBlocks {

    /** CommonMark 0.31's block-level tag names (HTML block type 6). */
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "base", "basefont",
            "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
            "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu",
            "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "search", "section", "summary",
            "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul");

    /** A block: its text, its first line (1-based), and its place in the document. */
    record Block(String html, int line, int start, int end) {
    }

    private HtmlBlocks() {
    }

    static List<Block> find(String text) {
        List<Block> blocks = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            int lineEnd = lineEnd(text, i);
            if (startsBlock(text, i, lineEnd)) {
                int start = i;
                int startLine = line;
                // to the end of the line before the next blank line (or of the text)
                int end = lineEnd;
                while (true) {
                    int next = skipNewline(text, end);
                    line++;
                    if (next >= text.length()) {
                        end = text.length();
                        break;
                    }
                    int nextEnd = lineEnd(text, next);
                    if (text.substring(next, nextEnd).isBlank()) {
                        i = next;
                        break;
                    }
                    end = nextEnd;
                }
                blocks.add(new Block(text.substring(start, end), startLine, start, end));
                if (end >= text.length()) {
                    break;
                }
                continue;
            }
            i = skipNewline(text, lineEnd);
            line++;
        }
        return blocks;
    }

    /**
     * The text with its HTML comments ({@code <!-- PAGE_BREAK -->}, a block or inline) turned to spaces but their
     * line ends: a comment shows nothing, and lines and columns stay put. An unclosed comment is left as text.
     */
    static String withoutComments(String text) {
        int open = text.indexOf("<!--");
        if (open < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        while (open >= 0) {
            int close = text.indexOf("-->", open + 4);
            if (close < 0) {
                break;
            }
            for (int i = open; i < close + 3; i++) {
                if (chars[i] != '\n' && chars[i] != '\r') {
                    chars[i] = ' ';
                }
            }
            open = text.indexOf("<!--", close + 3);
        }
        return new String(chars);
    }

    /** The text with every block's characters but its line ends turned to spaces: lines and columns stay put. */
    static String masked(String text, List<Block> blocks) {
        if (blocks.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (Block block : blocks) {
            for (int i = block.start(); i < block.end(); i++) {
                if (chars[i] != '\n' && chars[i] != '\r') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    private static boolean startsBlock(String text, int from, int lineEnd) {
        int i = from;
        while (i < lineEnd && i - from < 3 && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= lineEnd || text.charAt(i) != '<') {
            return false;
        }
        i++;
        if (i < lineEnd && text.charAt(i) == '/') {
            i++;
        }
        int nameStart = i;
        while (i < lineEnd && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        if (i == nameStart) {
            return false;
        }
        String name = text.substring(nameStart, i).toLowerCase(Locale.ROOT);
        if (!BLOCK_TAGS.contains(name)) {
            return false;
        }
        return i == lineEnd || Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '>'
                || text.startsWith("/>", i);
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int skipNewline(String text, int at) {
        if (at < text.length() && text.charAt(at) == '\r') {
            at++;
        }
        if (at < text.length() && text.charAt(at) == '\n') {
            at++;
        }
        return at;
    }
}
