package dev.form4.repair;

import dev.form4.recognize.Column;
import dev.form4.recognize.DraftRow;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Table I row whose ownership form was not read (OCR lost the "I": "15 D | $175.3260" / "20" / "By The" /
 * "Founders" ...) but whose nature of ownership was, opening with "By" or "See": the form is indirect. In the
 * corpus' 323 filings every one of the 1,845 rows with a nature is indirect, and none of the 1,044 direct rows
 * has one.
 */
final class NatureForm {

    /**
     * A nature that begins as only natures do, "By" or "See" and a word (1,452 of the corpus' 1,845; no title of
     * its 2,889 has either word): other text in the nature's column may be a title's piece read there from a
     * direct row, and the word alone ("See" of "- 6) See", a raised mark's line) is no nature.
     */
    private static final Pattern OPENS_NATURE = Pattern.compile("(?i)(?:by|see)\\s+\\w");

    private NatureForm() {
    }

    static void apply(RepairContext context) {
        for (DraftRow row : context.rows()) {
            if (row.kind().isDerivative() || row.text(Column.DIRECT_OR_INDIRECT).isPresent()) {
                continue;
            }
            Optional<String> nature = row.text(Column.NATURE_OF_OWNERSHIP);
            if (nature.isPresent() && OPENS_NATURE.matcher(nature.get()).lookingAt()) {
                context.inferred(row, Column.DIRECT_OR_INDIRECT, "I", "not read; the row's nature of ownership '"
                        + nature.get() + "' (at " + row.position(Column.NATURE_OF_OWNERSHIP).line() + ":"
                        + row.position(Column.NATURE_OF_OWNERSHIP).column() + ") is an indirect holding's: every row"
                        + " with a nature in the corpus' 323 filings is indirect");
            }
        }
    }
}
