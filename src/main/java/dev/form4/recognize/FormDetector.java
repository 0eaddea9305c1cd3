package dev.form4.recognize;

import dev.form4.Form4Exception;
import dev.form4.source.SourceRow;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Refuses input that is not a Form 4 before any field is read, so a README or a JSON file gets a clear
 * "not a Form 4" rather than an empty extraction. Two landmarks of the printed form are enough: OCR loses some,
 * never all.
 */
public final class FormDetector {

    private static final List<Pattern> LANDMARKS = List.of(
            Pattern.compile("(?i)\\bFORM\\s*4\\b"),
            Pattern.compile("(?i)STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP"),
            Pattern.compile("(?i)Name and Address of Reporting Person"),
            Pattern.compile("(?i)Issuer Name"),
            Pattern.compile("(?i)Table I\\b|Non-Derivative Securities"),
            Pattern.compile("(?i)Derivative Securities Acquired"),
            Pattern.compile("(?i)Explanation of Responses"),
            Pattern.compile("(?i)Signature of Reporting Person"),
            Pattern.compile("(?i)Date of Earliest Transaction"),
            Pattern.compile("(?i)Relationship of Reporting Person"));

    private FormDetector() {
    }

    public static void requireForm4(String source, List<SourceRow> rows) {
        StringBuilder text = new StringBuilder();
        for (SourceRow row : rows) {
            if (text.length() > 200_000) {
                break; // landmarks stand near the top; no need to scan a huge input twice
            }
            text.append(row.text()).append('\n');
        }
        requireForm4(source, text, "the text");
    }

    /** The same decision on text already made visible (an HTML page's rendered text); {@code what} names it. */
    public static void requireForm4(String source, CharSequence text, String what) {
        long found = LANDMARKS.stream().filter(p -> p.matcher(text).find()).limit(2).count();
        if (found < 2) {
            throw new Form4Exception(source, Form4Exception.Reason.NOT_A_FORM_4,
                    "not a Form 4: " + what + " has " + found + " of the form's landmarks (expected at least 2 of 'FORM 4', "
                            + "'Statement of Changes in Beneficial Ownership', 'Name and Address of Reporting Person', "
                            + "'Issuer Name', 'Table I', 'Explanation of Responses', ...)");
        }
    }
}
