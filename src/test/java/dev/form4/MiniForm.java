package dev.form4;

import java.util.ArrayList;
import java.util.List;

/**
 * A small Form 4 in Marker's layout, for tests that need one rule's input and nothing else: the header block,
 * both tables' captions, the given data rows (pipe rows without the outer pipes), footnotes and extra lines.
 */
public final class MiniForm {

    private final List<String> tableOne = new ArrayList<>();
    private final List<String> tableTwo = new ArrayList<>();
    private final List<String> footnotes = new ArrayList<>();
    private final List<String> afterFootnotes = new ArrayList<>();

    public MiniForm tableOne(String row) {
        tableOne.add(row);
        return this;
    }

    public MiniForm tableTwo(String row) {
        tableTwo.add(row);
        return this;
    }

    public MiniForm footnote(String text) {
        footnotes.add(text);
        return this;
    }

    /** A line after the footnote heading: a value of a row that fell out of its table. */
    public MiniForm looseLine(String text) {
        afterFootnotes.add(text);
        return this;
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("""
                ## FORM 4

                STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP

                | 1. Name and Address of Reporting Person*  DOE JANE | | 2. Issuer Name and Ticker or Trading Symbol ACME CORP [ ACME ] | |
                |---|---|---|---|
                | (Last) (First) (Middle) | | 3. Date of Earliest Transaction (Month/Day/Year) 11/07/2019 | |
                | Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned | | | |
                | 1. Title of Security (Instr. 3) | 2. Transaction Date (Month/Day/Year) | 2A. Deemed Execution Date | 3. Transaction Code (Instr. 8) | | 4. Securities Acquired (A) or Disposed Of (D) | | | 5. Amount of Securities Beneficially Owned Following Reported Transaction(s) | 6. Ownership Form | 7. Nature of Indirect Beneficial Ownership |
                | | | | Code | V | Amount | (A) or (D) | Price | | | |
                """);
        tableOne.forEach(row -> md.append("| ").append(row).append(" |\n"));
        md.append("""
                | Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned | | |
                | 1. Title of Derivative Security (Instr. 3) | 2. Conversion or Exercise Price of Derivative Security | 3. Transaction Date | 3A. Deemed Execution Date | 4. Transaction Code | | 5. Number of Derivative Securities Acquired (A) or Disposed of (D) | | 6. Date Exercisable and Expiration Date | | 7. Title and Amount of Securities Underlying | | 8. Price | 9. Number Owned Following | 10. Ownership Form | 11. Nature |
                | | | | | Code | V | (A) | (D) | Date Exercisable | Expiration Date | Title | Amount or Number of Shares | | | | |
                """);
        tableTwo.forEach(row -> md.append("| ").append(row).append(" |\n"));
        md.append("\n### **Explanation of Responses:**\n\n");
        afterFootnotes.forEach(line -> md.append(line).append("\n\n"));
        for (int i = 0; i < footnotes.size(); i++) {
            md.append(i + 1).append(". ").append(footnotes.get(i)).append("\n\n");
        }
        md.append("### Remarks:\n\n/s/ Jane Doe\n\n11/12/2019\n\n\\*\\* Signature of Reporting Person\n\nDate\n");
        return md.toString();
    }
}
