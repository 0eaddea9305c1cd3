package dev.form4.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "/s/" that opens an electronic signature. OCR often misreads its first slash as one other glyph ("és/",
 * "4s/", "(s/", "{s/", "‘s/"); the mark is still "s/" at the line's start with a capitalized name after it, which
 * prose does not open with.
 */
public final class SignedMark {

    /** One glyph for the slash: not a space, and no ASCII letter but "I" and "l", which look like it ("Ms/ Director"). */
    private static final Pattern DAMAGED = Pattern.compile("^[^\\s/A-HJ-Za-km-z]s/\\s?(?=\\p{Lu})");

    private SignedMark() {
    }

    /** The line (already stripped of its markup lead) opens with "/s/", or with "/s/" as OCR misreads it. */
    public static boolean opens(String text) {
        return text.regionMatches(true, 0, "/s/", 0, 3) || DAMAGED.matcher(text).find();
    }

    /** The line opens with a misread "/s/": the glyph OCR put for the first slash and the rest are "/s/ " again. */
    public static boolean damaged(String text) {
        return !text.regionMatches(true, 0, "/s/", 0, 3) && DAMAGED.matcher(text).find();
    }

    /** The text with a misread mark written as "/s/ " ("és/Sam Whittington" -> "/s/ Sam Whittington"). */
    public static String restored(String text) {
        Matcher m = DAMAGED.matcher(text);
        return m.find() ? "/s/ " + text.substring(m.end()) : text;
    }
}
