package dev.form4.recognize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of Table I's column captions that the row classifier let through among the table's rows, as OCR
 * breaks the captions into short lines ("Owned (D) or" / "Indirect" / "Ownership"): no row's cell. A line
 * qualifies when every word it has is a word of the printed captions and one of them has two letters or more
 * ("(D) or"); its numbers only the captions' column and instruction numbers. None of the corpus XML's 2,889
 * security titles or 1,845 natures of ownership is made of such words (none holds even one of two letters or
 * more: the only caption words they have are the letters "A", "D", "S", "I"), so no line of a title or a
 * nature is taken for one.
 */
final class CaptionDebris {

    /** The words of Table I's printed captions, lower case (its column numbers aside). */
    private static final Set<String> WORDS = Set.of("title", "of", "security", "instr", "transaction", "date",
            "month", "day", "year", "deemed", "execution", "if", "any", "code", "securities", "acquired", "a", "or",
            "disposed", "d", "and", "amount", "beneficially", "owned", "following", "reported", "s", "ownership",
            "form", "direct", "indirect", "i", "nature", "beneficial", "v", "price");

    /**
     * The further words of Table II's captions ("5. Number of Derivative Securities ...", "6. Date Exercisable and
     * Expiration Date", "Amount or Number of Shares"), lower case.
     */
    private static final Set<String> DERIVATIVE_WORDS = Set.of("derivative", "conversion", "exercise", "number",
            "exercisable", "expiration", "underlying", "shares");

    /** A run of letters, a run of digits with a letter after it ("2A"), or any other character that is no space. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z]+|\\d+[A-Za-z]?|\\S");
    /** The captions' numbers: the columns' (1 to 7, "2A") and the instructions' (3, 4, 5, 8). */
    private static final Pattern CAPTION_NUMBER = Pattern.compile("[1-8]|2A");
    /** Table II's: its columns' (1 to 11, "3A") and the instructions'. */
    private static final Pattern DERIVATIVE_CAPTION_NUMBER = Pattern.compile("[1-9]|1[01]|3A");
    /**
     * The captions' punctuation: "(Instr. 3, 4 and 5)", "Form: Direct", "(Month/Day/Year)"; and Markdown's emphasis
     * around them (pdf2md writes the captions repeated after a page break in bold: "**3.** **Transaction**").
     */
    private static final String PUNCTUATION = "().,:/*|";

    private CaptionDebris() {
    }

    static boolean isCaptionLine(String line) {
        return isCaptionLine(line, false);
    }

    /**
     * Where captions are known to stand (printed again after a page break, under the table's title), a piece of
     * them need not hold a word: "8)" of "Code (Instr. 8)" is one too.
     */
    static boolean isCaptionPiece(String line, boolean derivative) {
        return isCaptionLine(line, derivative) || line.chars().noneMatch(Character::isLetter)
                && words(line, derivative) >= 0;
    }

    /** The line is made of the words of Table I's captions, or with {@code derivative} of Table II's. */
    static boolean isCaptionLine(String line, boolean derivative) {
        return words(line, derivative) > 0;
    }

    /**
     * How many words of two letters or more the line has if it is made of the captions' words, numbers and
     * punctuation only (and holds something), else -1.
     */
    private static int words(String line, boolean derivative) {
        int longWords = 0;
        Matcher m = TOKEN.matcher(line);
        boolean any = false;
        while (m.find()) {
            String token = m.group();
            any = true;
            if (Character.isLetter(token.charAt(0))) {
                String word = token.toLowerCase(Locale.ROOT);
                if (!WORDS.contains(word) && !(derivative && DERIVATIVE_WORDS.contains(word))) {
                    return -1;
                }
                longWords += token.length() >= 2 ? 1 : 0;
            } else if (Character.isDigit(token.charAt(0))) {
                if (!(derivative ? DERIVATIVE_CAPTION_NUMBER : CAPTION_NUMBER).matcher(token).matches()) {
                    return -1;
                }
            } else if (PUNCTUATION.indexOf(token.charAt(0)) < 0) {
                return -1;
            }
        }
        return any ? longWords : -1;
    }
}
