package dev.form4.source;

import java.util.regex.Pattern;

/**
 * Raw Markdown to the text a reader of the printed form sees: no tags, no escapes, no strong emphasis, no
 * {@code $...$} wrappers (where the dialect has formulas), character references decoded.
 */
public final class VisibleText {

    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?>");
    private static final Pattern MATH_SUP = Pattern.compile("\\^\\{\\s*(\\(\\d{1,2}\\))\\s*}");
    private static final Pattern UNESCAPED_DOLLAR = Pattern.compile("(?<!\\\\)\\$");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(.)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Markdown's strong emphasis around text: "Issuer Name **and** Ticker". */
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");

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
        // this runs for every cell and line, and most have one kind of markup at most.
        String s = raw;
        if (s.indexOf('<') >= 0) {
            s = BREAK.matcher(s).replaceAll(" ");
            s = TAG.matcher(s).replaceAll("");
        }
        if (math) {
            if (s.indexOf('^') >= 0) {
                s = MATH_SUP.matcher(s).replaceAll(" $1");
            }
            if (s.indexOf('$') >= 0) {
                s = UNESCAPED_DOLLAR.matcher(s).replaceAll(" ");
            }
        }
        // bold before escapes: an escaped "\\*\\*" is text, not emphasis
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
            s = STRONG.matcher(s).replaceAll("$2");
        }
        if (s.indexOf('\\') >= 0) {
            s = ESCAPE.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('&') >= 0) {
            s = org.jsoup.parser.Parser.unescapeEntities(s, false);
        }
        return regexSpacesToOne(s).trim();
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
}
