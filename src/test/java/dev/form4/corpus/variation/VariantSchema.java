package dev.form4.corpus.variation;

import dev.form4.write.EdgarSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds a variant to the SEC's schema X0306 ({@link EdgarSchema}, the bundled ownership4Document.X0306.xsd).
 * That schema is the one for Form 4: its documentType must be "4" and it has no dateOfOriginalSubmission.
 * EDGAR's 4/A documents are the same with documentType "4/A" and the original's date right after
 * periodOfReport, and the 4/A schema is not bundled; so a 4/A is checked for exactly that difference, and its
 * Form 4 part (the document with "4" and without the date) is validated against X0306 like every variant.
 */
public final class VariantSchema {

    private static final Pattern AMENDMENT = Pattern.compile(
            "<documentType>4/A</documentType>(\\s*<periodOfReport>[^<]*</periodOfReport>)\\s*"
                    + "<dateOfOriginalSubmission>(\\d{4}-\\d{2}-\\d{2})</dateOfOriginalSubmission>");

    private VariantSchema() {
    }

    /** Every problem as "line:column: message"; empty when the variant is valid. */
    public static List<String> validate(String xml) {
        if (!xml.contains("<documentType>4/A</documentType>")) {
            return EdgarSchema.validate(xml);
        }
        Matcher m = AMENDMENT.matcher(xml);
        if (!m.find()) {
            return List.of("a 4/A needs dateOfOriginalSubmission (yyyy-mm-dd) right after periodOfReport");
        }
        List<String> problems = new ArrayList<>();
        try {
            java.time.LocalDate.parse(m.group(2));
        } catch (java.time.format.DateTimeParseException e) {
            problems.add("dateOfOriginalSubmission is no date: " + m.group(2));
        }
        String form4 = xml.substring(0, m.start()) + "<documentType>4</documentType>" + m.group(1) + xml.substring(m.end());
        problems.addAll(EdgarSchema.validate(form4));
        return problems;
    }
}
