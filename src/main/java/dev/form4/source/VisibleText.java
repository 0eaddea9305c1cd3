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
        String s = BREAK.matcher(raw).replaceAll(" ");
        s = TAG.matcher(s).replaceAll("");
        if (math) {
            s = MATH_SUP.matcher(s).replaceAll(" $1");
            s = UNESCAPED_DOLLAR.matcher(s).replaceAll(" ");
        }
        s = STRONG.matcher(s).replaceAll("$2");
        s = ESCAPE.matcher(s).replaceAll("$1");
        if (s.indexOf('&') >= 0) {
            s = org.jsoup.parser.Parser.unescapeEntities(s, false);
        }
        return SPACES.matcher(s).replaceAll(" ").trim();
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
