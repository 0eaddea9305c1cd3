package dev.form4.recognize;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
        return compile(regex(caption), caption, Pattern.CASE_INSENSITIVE);
    }

    /**
     * A pattern whose match holds {@code caption}'s characters in order with only spaces and '|' between them,
     * whatever {@code regex} adds around it; registered so that {@link #mayMatch} can rule a text out cheaply.
     */
    static Pattern compile(String regex, String caption, int flags) {
        Pattern pattern = Pattern.compile(regex, flags);
        LITERALS.put(pattern, compact(caption));
        return pattern;
    }

    /**
     * False when {@code pattern} cannot match {@code compactText} ({@link #compact}): the caption's characters do
     * not stand there in a row. The label patterns, a cut allowed between any two letters, are the costliest
     * regexes of a header; most rows hold none of a given label.
     */
    static boolean mayMatch(Pattern pattern, String compactText) {
        String literal = LITERALS.get(pattern);
        return literal == null || compactText.contains(literal);
    }

    /** The text without what a cut may put between a caption's letters (spaces, '|'), ASCII letters in lower case. */
    static String compact(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '|' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                continue; // what \s matches, and the cell edge
            }
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return sb.toString();
    }

    /** Patterns built from a caption, by identity, and the caption's compact text. */
    private static final Map<Pattern, String> LITERALS = new ConcurrentHashMap<>();
}
