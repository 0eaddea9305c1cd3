package dev.form4.input.text;

import java.util.Arrays;

/**
 * A box's ruled border that OCR read as marks after a cell's words ("ONE MICROSOFT WAY —— — - -", "ONE MICROSOFT
 * WAY ~ -", "Hoffman Reid ———{w—v[eu—a—e= :"): the trailing words that are strokes and specks only, or that hold
 * three long strokes (not '-') and no digit, are no text when they hold two strokes or more. None of the 323
 * corpus XML filings has a word with two of the strokes below and no digit, so no printed value ends so; a single
 * dash stays (it can be a cell's "none").
 */
final class RuleDebris {

    private static final String LONG_STROKES = "—–_~=";
    /** The specks OCR reads beside a rule's strokes. */
    private static final String SPECKS = ":.,'\"`";

    private RuleDebris() {
    }

    /** The cell's text without its trailing rule debris; unchanged when nothing else would be left. */
    static String strip(String cell) {
        String[] words = cell.split(" ");
        int keep = words.length;
        int strokes = 0;
        while (keep > 1 && debris(words[keep - 1])) {
            strokes += strokes(words[--keep]);
        }
        if (keep == words.length || strokes < 2) {
            return cell;
        }
        return String.join(" ", Arrays.asList(words).subList(0, keep));
    }

    private static boolean debris(String word) {
        boolean marksOnly = word.chars().allMatch(c -> isStroke(c) || SPECKS.indexOf(c) >= 0);
        long longStrokes = word.chars().filter(c -> LONG_STROKES.indexOf(c) >= 0).count();
        return marksOnly || longStrokes >= 3 && word.chars().noneMatch(Character::isDigit);
    }

    private static int strokes(String word) {
        return (int) word.chars().filter(RuleDebris::isStroke).count();
    }

    private static boolean isStroke(int c) {
        return c == '-' || LONG_STROKES.indexOf(c) >= 0;
    }
}
