package dev.form4.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "/s/" that opens an electronic signature. OCR reads its slashes as other thin strokes: the first as one other
 * glyph ("és/", "4s/", "(s/", "{s/", "‘s/"), or the second ("/s!", "is}", "is!"). Three characters with the s in the
 * middle and a stroke on each side, at the line's start with a capitalised name after them, are that mark; prose
 * does not open so.
 */
public final class SignedMark {

    /**
     * First slash misread: one glyph, not a space and no ASCII letter but "I" and "l", which look like a slash
     * ("Ms/ Director" is prose); second slash misread: '!', '}', ']', '|', ')', '1' or 'l' after "/s", "|s" or "is".
     */
    private static final Pattern DAMAGED = Pattern.compile(
            "^(?:[^\\s/A-HJ-Za-km-z]s/|[/|]s[!}\\]|)1l]|is[!}\\]])\\s*(?=\\p{Lu})");

    private SignedMark() {
    }

    /** The line (already stripped of its markup lead) opens with "/s/", or with "/s/" as OCR misreads it. */
    public static boolean opens(String text) {
        return text.regionMatches(true, 0, "/s/", 0, 3) || DAMAGED.matcher(text).find();
    }

    /** The line opens with a misread "/s/": the glyphs OCR put for the slashes, and the rest is "/s/ " again. */
    public static boolean damaged(String text) {
        return misreadMark(text) != null;
    }

    /** The glyphs OCR put for "/s/" at the line's start ("4s/", "is}"); null where the line opens otherwise. */
    public static String misreadMark(String text) {
        if (text.regionMatches(true, 0, "/s/", 0, 3)) {
            return null;
        }
        Matcher m = DAMAGED.matcher(text);
        return m.find() ? m.group().strip() : null;
    }

    /** The text with a misread mark written as "/s/ " ("és/Sam Whittington" -> "/s/ Sam Whittington"). */
    public static String restored(String text) {
        Matcher m = DAMAGED.matcher(text);
        return m.find() ? "/s/ " + text.substring(m.end()) : text;
    }
}
