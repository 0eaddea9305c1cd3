package dev.form4.recognize;

import java.util.regex.Pattern;

/**
 * A printed caption as a pattern that still matches when Marker cut it at cell edges: "1. Name and Addr | ess of
 * Reporting Person*" is the name box's caption. Matched against a row's cells joined with " | ".
 */
final class LabelPattern {

    /** Optional cell boundaries (with the empty cells between them) inside a caption. */
    private static final String CUT = "(?:\\s*\\|)*\\s*";

    private LabelPattern() {
    }

    static String regex(String caption) {
        StringBuilder regex = new StringBuilder();
        String[] words = caption.trim().split("\\s+");
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                regex.append("\\s*(?:\\|\\s*)*");
            }
            String word = words[w];
            for (int i = 0; i < word.length(); i++) {
                if (i > 0) {
                    regex.append(CUT);
                }
                regex.append(Pattern.quote(String.valueOf(word.charAt(i))));
            }
        }
        return regex.toString();
    }

    static Pattern of(String caption) {
        return Pattern.compile(regex(caption), Pattern.CASE_INSENSITIVE);
    }
}
