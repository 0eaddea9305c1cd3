package dev.form4.recognize;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
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

    /**
     * The caption's pattern with nothing before it but a word boundary: a match starts where the caption's first
     * letter stands.
     */
    static Pattern leading(String caption, int flags) {
        return captionFirst("\\b" + regex(caption), caption, flags);
    }

    /** The caption's pattern, case-insensitive, followed by {@code suffix}. */
    static Pattern of(String caption, String suffix) {
        return captionFirst(regex(caption) + suffix, caption, Pattern.CASE_INSENSITIVE);
    }

    /**
     * A pattern whose match starts with {@code caption}'s first letter, so that {@link Compacted} tries it only
     * where the caption's compact letters begin.
     */
    private static Pattern captionFirst(String regex, String caption, int flags) {
        Pattern pattern = compile(regex, caption, flags);
        CAPTION_FIRST.add(pattern);
        return pattern;
    }

    static Pattern of(String caption) {
        return of(caption, "");
    }

    /**
     * A pattern whose match holds {@code caption}'s characters in order with only spaces and '|' between them,
     * whatever {@code regex} adds around it; registered so that {@link Compacted} can rule a text out cheaply (the
     * label patterns, a cut allowed between any two letters, are the costliest regexes of a header; most rows hold
     * none of a given label).
     */
    private static Pattern compile(String regex, String caption, int flags) {
        Pattern pattern = Pattern.compile(regex, flags);
        LITERALS.put(pattern, compact(caption));
        return pattern;
    }

    /** The text without what a cut may put between a caption's letters (spaces, '|'), ASCII letters in lower case. */
    static String compact(CharSequence text) {
        char[] kept = new char[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isCut(c)) {
                kept[n++] = lower(c);
            }
        }
        return new String(kept, 0, n);
    }

    /** What {@code \s} matches, and the cell edge. */
    private static boolean isCut(char c) {
        return c == '|' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** Patterns built from a caption, by identity, and the caption's compact text. */
    private static final Map<Pattern, String> LITERALS = new ConcurrentHashMap<>();
    /** The patterns of {@link #captionFirst}. */
    private static final Set<Pattern> CAPTION_FIRST = ConcurrentHashMap.newKeySet();

    /** Told of each match; returns whether to go on. */
    interface MatchSink {
        boolean match(int start, int end);
    }

    /**
     * A text with its {@link #compact} form, made once for the many labels looked for in it, and where each compact
     * character stands in the text.
     */
    static final class Compacted {
        private final String text;
        private final String compact;
        private final int[] origin;

        Compacted(String text) {
            this.text = text;
            char[] kept = new char[text.length()];
            int[] at = new int[text.length()];
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!isCut(c)) {
                    at[n] = i;
                    kept[n++] = lower(c);
                }
            }
            this.compact = new String(kept, 0, n);
            this.origin = at;
        }

        /** Where {@code pattern}'s first match in the text starts, or -1. */
        int firstMatch(Pattern pattern) {
            int[] first = {-1};
            eachMatch(pattern, (start, end) -> {
                first[0] = start;
                return false;
            });
            return first[0];
        }

        /** {@code pattern}'s matches in the text, left to right, as repeated find gives them. */
        void eachMatch(Pattern pattern, MatchSink sink) {
            String literal = LITERALS.get(pattern);
            if (literal != null && !compact.contains(literal)) {
                return; // the caption's letters do not stand here in a row
            }
            Matcher m = pattern.matcher(text);
            if (literal == null || !CAPTION_FIRST.contains(pattern)) {
                while (m.find() && sink.match(m.start(), m.end())) {
                    // told
                }
                return;
            }
            // a match can start only where the caption's compact letters begin: the pattern is tried there alone,
            // in order, each from where the last match ended (the first success is find's), the text around the
            // region visible to a word boundary or lookaround, '^' and '$' at the text's own ends
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int from = 0;
            for (int at = compact.indexOf(literal); at >= 0; at = compact.indexOf(literal, at + 1)) {
                if (origin[at] < from) {
                    continue;
                }
                m.region(origin[at], text.length());
                if (m.lookingAt()) {
                    if (!sink.match(m.start(), m.end())) {
                        return;
                    }
                    from = m.end();
                }
            }
        }
    }
}
