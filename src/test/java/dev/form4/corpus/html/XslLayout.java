package dev.form4.corpus.html;

/**
 * The two versions of the SEC's stylesheet the real pages show. Filings of the schemas with the Rule 10b5-1
 * box ({@code aff10b5One}, X0407 and later, 2023 on) print that box, a box 1 spanning four rows and the officer
 * title and "other" text in cells of their own (the SCWO page); earlier filings print the classic form (the
 * GOOG pages): no 10b5-1 box, and the title and text side by side in one cell.
 */
enum XslLayout {
    CLASSIC,
    RULE_10B5_1;

    static XslLayout of(OwnershipXml doc) {
        return doc.child("aff10b5One").exists() ? RULE_10B5_1 : CLASSIC;
    }
}
