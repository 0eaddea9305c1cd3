package dev.form4.layout;

import java.util.regex.Pattern;

/** Raw Markdown to the text a reader of the printed form sees: no tags, no escapes, no $...$ wrappers. */
public final class VisibleText {

    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?>");
    private static final Pattern MATH_SUP = Pattern.compile("\\^\\{\\s*(\\(\\d{1,2}\\))\\s*}");
    private static final Pattern UNESCAPED_DOLLAR = Pattern.compile("(?<!\\\\)\\$");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(.)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VisibleText() {
    }

    public static String of(String raw) {
        String s = BREAK.matcher(raw).replaceAll(" ");
        s = TAG.matcher(s).replaceAll("");
        s = MATH_SUP.matcher(s).replaceAll(" $1");
        s = UNESCAPED_DOLLAR.matcher(s).replaceAll(" ");
        s = ESCAPE.matcher(s).replaceAll("$1");
        return SPACES.matcher(s).replaceAll(" ").trim();
    }
}
