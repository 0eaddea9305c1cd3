package dev.form4.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "/s/" that opens a signer's name. OCR reads its slashes as other thin strokes: "4s/", "és/", "(s/" or
 * "is!", "is}". Three characters with the s in the middle and a stroke on each side, before a name, are that mark.
 */
public final class SignedMark {

    private static final Pattern MISREAD = Pattern.compile("^(?:[4é(|\\[{1lI!]s/|[/|]s[!}\\]|)1l]|is[!}\\]])(?=\\s*\\p{L})");

    private SignedMark() {
    }

    /** The text opens with "/s/" as printed. */
    public static boolean opens(String text) {
        return text.regionMatches(true, 0, "/s/", 0, 3);
    }

    /** The text opens with "/s/" as OCR misreads it, not as printed. */
    public static boolean opensMisread(String text) {
        return MISREAD.matcher(text).find();
    }

    /** The text with a misread "/s/" at its start written "/s/" (the text itself when it has none). */
    public static String restored(String text) {
        Matcher m = MISREAD.matcher(text);
        if (!m.find()) {
            return text;
        }
        String rest = text.substring(m.end()).stripLeading();
        return "/s/ " + rest;
    }
}
