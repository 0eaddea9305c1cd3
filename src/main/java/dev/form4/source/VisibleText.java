package dev.form4.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Raw Markdown to the text a reader of the printed form sees: no tags, no escapes, no strong emphasis, no
 * {@code $...$} wrappers (where the dialect has formulas), character references decoded.
 */
public final class VisibleText {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VisibleText() {
    }

    /** Marker's Markdown, where {@code $...$} wraps a formula. */
    public static String of(String raw) {
        return of(raw, true);
    }

    /** {@code math}: an unescaped {@code $} delimits a formula (Marker), or is a dollar sign (GitHub Markdown). */
    public static String of(String raw, boolean math) {
        if (isPlain(raw)) {
            return collapseSpaces(raw); // most cells: no tag, escape, formula or reference
        }
        // Each pass runs only when its pattern's first character is there (a pass never brings one of them in):
        // this runs for every cell and line, and most have one kind of markup at most. The passes are the
        // regexes named on each written out by hand (VisibleTextTest holds them to the regexes): a regex pass cost a
        // matcher, its groups and a buffer for every cell with a '\$' or a '<br>'.
        String s = raw;
        if (s.indexOf('<') >= 0) {
            s = withoutBreaks(s);
            s = withoutTags(s);
        }
        if (math) {
            if (s.indexOf('^') >= 0) {
                s = withMathSups(s);
            }
            if (s.indexOf('$') >= 0) {
                s = withoutUnescapedDollars(s);
            }
        }
        // bold before escapes: an escaped "\\*\\*" is text, not emphasis
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
            s = withoutStrong(s);
        }
        if (s.indexOf('\\') >= 0) {
            s = withoutEscapes(s);
        }
        if (s.indexOf('&') >= 0) {
            s = org.jsoup.parser.Parser.unescapeEntities(s, false);
        }
        return regexSpacesToOne(s).trim();
    }

    /** A line break replaced by a space: "<br", ASCII spaces, '/' or not, '>' (what the regex {@code <br\s*[/]?>} matches, ASCII case ignored). */
    static String withoutBreaks(String s) {
        // one scan for the breaks (breakParts): the text is its parts, a space where each break stood
        List<String> parts = breakParts(s);
        return parts == null ? s : String.join(" ", parts);
    }

    /**
     * The raw text's parts between its line breaks (the breaks {@link #withoutBreaks} replaces), or null when it
     * has none; a part may be empty.
     */
    public static List<String> breakParts(String raw) {
        List<String> parts = null;
        int copied = 0;
        for (int i = raw.indexOf('<'); i >= 0; i = raw.indexOf('<', i)) {
            int end = breakEnd(raw, i);
            if (end < 0) {
                i++;
                continue;
            }
            parts = parts != null ? parts : new ArrayList<>();
            parts.add(raw.substring(copied, i));
            copied = i = end;
        }
        if (parts != null) {
            parts.add(raw.substring(copied));
        }
        return parts;
    }

    /** Where a line break at {@code i} ends, or -1: "<br", ASCII case ignored, spaces, '/'?, '>'. */
    private static int breakEnd(String s, int i) {
        int j = i + 1;
        if (j + 1 >= s.length() || (s.charAt(j) != 'b' && s.charAt(j) != 'B') || (s.charAt(j + 1) != 'r' && s.charAt(j + 1) != 'R')) {
            return -1;
        }
        j += 2;
        while (j < s.length() && isRegexSpace(s.charAt(j))) {
            j++;
        }
        if (j < s.length() && s.charAt(j) == '/') {
            j++;
        }
        return j < s.length() && s.charAt(j) == '>' ? j + 1 : -1;
    }

    /** Tags removed: regex {@code </?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?>}. */
    static String withoutTags(String s) {
        StringBuilder sb = null;
        int copied = 0;
        for (int i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i)) {
            int end = tagEnd(s, i);
            if (end < 0) {
                i++;
                continue;
            }
            sb = sb != null ? sb : new StringBuilder(s.length());
            sb.append(s, copied, i);
            copied = i = end;
        }
        return sb == null ? s : sb.append(s, copied, s.length()).toString();
    }

    /**
     * Where a tag at {@code i} ends, or -1. No backtracking changes the answer: the name's
     * characters are neither a space nor '>', and what follows a space runs to the first '<' or '>'.
     */
    private static int tagEnd(String s, int i) {
        int j = i + 1;
        if (j < s.length() && s.charAt(j) == '/') {
            j++;
        }
        if (j >= s.length() || !isAsciiLetter(s.charAt(j))) {
            return -1;
        }
        j++;
        while (j < s.length() && (isAsciiLetter(s.charAt(j)) || s.charAt(j) >= '0' && s.charAt(j) <= '9')) {
            j++;
        }
        if (j < s.length() && isRegexSpace(s.charAt(j))) {
            j++;
            while (j < s.length() && s.charAt(j) != '<' && s.charAt(j) != '>') {
                j++;
            }
        }
        return j < s.length() && s.charAt(j) == '>' ? j + 1 : -1;
    }

    /** A formula's superscript marker, regex {@code \^\{\s*(\(\d{1,2}\))\s*}}, to a space and the marker: "^{(1)}" reads " (1)". */
    static String withMathSups(String s) {
        StringBuilder sb = null;
        int copied = 0;
        for (int i = s.indexOf('^'); i >= 0; i = s.indexOf('^', i)) {
            int j = i + 1;
            if (j >= s.length() || s.charAt(j) != '{') {
                i++;
                continue;
            }
            j = skipRegexSpaces(s, j + 1);
            int open = j;
            if (j >= s.length() || s.charAt(j) != '(' || !isAsciiDigit(s, j + 1)) {
                i++;
                continue;
            }
            j += isAsciiDigit(s, j + 2) ? 3 : 2;
            if (j >= s.length() || s.charAt(j) != ')') {
                i++;
                continue;
            }
            int close = j + 1;
            j = skipRegexSpaces(s, close);
            if (j >= s.length() || s.charAt(j) != '}') {
                i++;
                continue;
            }
            sb = sb != null ? sb : new StringBuilder(s.length());
            sb.append(s, copied, i).append(' ').append(s, open, close);
            copied = i = j + 1;
        }
        return sb == null ? s : sb.append(s, copied, s.length()).toString();
    }

    /** A '$' not right after a backslash of the text (regex {@code (?<!\\)\$}) replaced by a space. */
    static String withoutUnescapedDollars(String s) {
        char[] chars = null;
        for (int i = s.indexOf('$'); i >= 0; i = s.indexOf('$', i + 1)) {
            if (i == 0 || s.charAt(i - 1) != '\\') {
                chars = chars != null ? chars : s.toCharArray();
                chars[i] = ' ';
            }
        }
        return chars == null ? s : new String(chars);
    }

    /**
     * Markdown's strong emphasis around text ("Issuer Name **and** Ticker"; regex
     * {@code (\*\*|__)(?=\S)(.+?)(?<=\S)\1}) replaced by its text: "**" or "__", a non-space, the shortest run within the line that ends
     * on a non-space right before the same mark again. Where no run closes, the search goes on one character on,
     * as the pattern's does.
     */
    static String withoutStrong(String s) {
        StringBuilder sb = null;
        int copied = 0;
        int i = 0;
        while (i + 1 < s.length()) {
            char mark = s.charAt(i);
            int close = mark == '*' || mark == '_' ? strongClose(s, i) : -1;
            if (close < 0) {
                i++;
                continue;
            }
            sb = sb != null ? sb : new StringBuilder(s.length());
            sb.append(s, copied, i).append(s, i + 2, close);
            copied = i = close + 2;
        }
        return sb == null ? s : sb.append(s, copied, s.length()).toString();
    }

    /** Where the run of bold text opened at {@code i} ends (its closing mark's index), or -1. */
    private static int strongClose(String s, int i) {
        char mark = s.charAt(i);
        int from = i + 2;
        if (s.charAt(i + 1) != mark || from >= s.length() || isRegexSpace(s.charAt(from))) {
            return -1;
        }
        for (int end = from + 1; end <= s.length(); end++) {
            char last = s.charAt(end - 1);
            if (isLineTerminator(last)) {
                return -1; // '.' takes no line terminator
            }
            if (!isRegexSpace(last) && end + 1 < s.length() && s.charAt(end) == mark && s.charAt(end + 1) == mark) {
                return end;
            }
        }
        return -1;
    }

    /** Escapes (regex {@code \\(.)}) to the escaped character: a backslash goes, unless a line terminator or nothing follows. */
    static String withoutEscapes(String s) {
        StringBuilder sb = null;
        int copied = 0;
        for (int i = s.indexOf('\\'); i >= 0; i = s.indexOf('\\', i)) {
            if (i + 1 >= s.length() || isLineTerminator(s.charAt(i + 1))) {
                i++;
                continue;
            }
            sb = sb != null ? sb : new StringBuilder(s.length());
            sb.append(s, copied, i);
            copied = i + 1;
            i += 2; // the escaped character is kept as it is, a backslash too
        }
        return sb == null ? s : sb.append(s, copied, s.length()).toString();
    }

    private static int skipRegexSpaces(String s, int i) {
        while (i < s.length() && isRegexSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiDigit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** What the regex '.' does not match (no DOTALL, no UNIX_LINES). */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** {@code \s+} to one space; the regex runs only when some run is not one space already. */
    static String regexSpacesToOne(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isRegexSpace(c) && (c != ' ' || i + 1 < s.length() && isRegexSpace(s.charAt(i + 1)))) {
                return SPACES.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    /** The characters of the regex's {@code \s} (no UNICODE_CHARACTER_CLASS): ASCII whitespace. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isPlain(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '<' || c == '$' || c == '\\' || c == '^' || c == '&' || c == '*' || c == '_') {
                return false;
            }
        }
        return true;
    }

    /** Runs of whitespace to one space, trimmed: the visible text of text that has no markup. */
    public static String collapseSpaces(String raw) {
        if (isCollapsed(raw)) {
            return raw; // most cells: words one space apart, nothing to copy
        }
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** No whitespace but single spaces between other characters: what {@link #collapseSpaces} gives back unchanged. */
    private static boolean isCollapsed(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isWhitespace(raw.charAt(i))
                    && (raw.charAt(i) != ' ' || i == 0 || i + 1 == raw.length() || Character.isWhitespace(raw.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }
}
