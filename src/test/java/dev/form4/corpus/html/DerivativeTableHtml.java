package dev.form4.corpus.html;

import static dev.form4.corpus.html.FieldCells.td;

/**
 * Table II: fixed head, then a row per transaction and per holding, sixteen cells each. The amount stands
 * under (A) or (D) as its code says; the code itself is not printed.
 */
final class DerivativeTableHtml {

    private static final String HEAD = """
            <table width="100%" border="1" cellspacing="0" cellpadding="4">
            <thead>
            <tr><th width="100%" valign="top" colspan="16" align="center" class="FormTextC">
            <b>Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned</b><br><b>(e.g., puts, calls, warrants, options, convertible securities)</b>
            </th></tr>
            <tr>
            <th width="13%" valign="top" rowspan="2" align="left" class="SmallFormText">1. Title of Derivative Security (Instr.\s
                  3)
               </th>
            <th width="5%" valign="top" rowspan="2" align="left" class="SmallFormText">2. Conversion or Exercise Price of Derivative Security
               </th>
            <th width="5%" valign="top" rowspan="2" align="left" class="SmallFormText">3. Transaction Date
                  (Month/Day/Year)</th>
            <th width="5%" valign="top" rowspan="2" align="left" class="SmallFormText">3A. Deemed Execution Date, if any
                  (Month/Day/Year)</th>
            <th width="9%" valign="top" colspan="2" align="left" class="SmallFormText">4. Transaction Code (Instr.\s
                  8)
               </th>
            <th width="10%" valign="top" colspan="2" align="left" class="SmallFormText">5.\s
                  Number of Derivative Securities Acquired (A) or Disposed of (D) (Instr.\s
                  3, 4 and 5)
               </th>
            <th width="9%" valign="top" colspan="2" align="left" class="SmallFormText">6. Date Exercisable and Expiration Date\s
                  (Month/Day/Year)</th>
            <th width="17%" valign="top" colspan="2" align="left" class="SmallFormText">7. Title and Amount of Securities Underlying Derivative Security (Instr.\s
                  3 and 4)
               </th>
            <th width="6%" valign="top" rowspan="2" align="left" class="SmallFormText">8. Price of Derivative Security (Instr.\s
                  5)
               </th>
            <th width="6%" valign="top" rowspan="2" align="left" class="SmallFormText">9.\s
                  Number of derivative Securities Beneficially Owned Following Reported Transaction(s) (Instr.\s
                  4)
               </th>
            <th width="6%" valign="top" rowspan="2" align="left" class="SmallFormText">10. Ownership Form: Direct (D) or Indirect (I) (Instr.\s
                  4)
               </th>
            <th width="7%" valign="top" rowspan="2" align="left" class="SmallFormText">11. Nature of Indirect Beneficial Ownership (Instr.\s
                  4)
               </th>
            </tr>
            <tr>
            <th width="4%" valign="bottom" align="center" class="SmallFormText">Code</th>
            <th width="4%" valign="bottom" align="center" class="SmallFormText">V</th>
            <th width="5%" valign="bottom" align="center" class="SmallFormText">(A)</th>
            <th width="5%" valign="bottom" align="center" class="SmallFormText">(D)</th>
            <th width="5%" valign="bottom" align="center" class="SmallFormText">Date Exercisable</th>
            <th width="4%" valign="bottom" align="center" class="SmallFormText">Expiration Date</th>
            <th width="10%" valign="bottom" align="center" class="SmallFormText">Title</th>
            <th width="7%" valign="bottom" align="center" class="SmallFormText">Amount or Number of Shares</th>
            </tr>
            </thead>
            """;

    /** Table II prints its values small, except the underlying amount (FormData on every real page). */
    private static final String DATA = "SmallFormData";
    private static final String TEXT = "SmallFormText";
    private static final String UNDERLYING_AMOUNT = "FormData";

    private DerivativeTableHtml() {
    }

    static void write(StringBuilder out, OwnershipXml table) {
        StringBuilder rows = new StringBuilder();
        table.children("derivativeTransaction").forEach(t -> transaction(rows, t));
        table.children("derivativeHolding").forEach(h -> holding(rows, h));
        FieldCells.table(out, HEAD, rows);
    }

    private static void transaction(StringBuilder out, OwnershipXml t) {
        OwnershipXml amounts = t.child("transactionAmounts");
        OwnershipXml coding = t.child("transactionCoding");
        out.append("<tr>\n");
        titleAndPrice(out, t);
        out.append(td("center", FieldCells.date(DATA, t.child("transactionDate"))));
        out.append(td("center", FieldCells.deemedDate(DATA, t.child("deemedExecutionDate"))));
        out.append(td("center", FieldCells.code(DATA, coding)));
        out.append(td("center", FieldCells.equitySwap(DATA, coding)));
        OwnershipXml direction = amounts.child("transactionAcquiredDisposedCode");
        String amount = FieldCells.sharesOrValue(TEXT, DATA, amounts.child("transactionShares"),
                amounts.child("transactionTotalValue")) + SecPrint.marks(direction.footnoteIds());
        boolean disposed = direction.value().strip().equals("D");
        out.append(td("center", disposed ? "" : amount));
        out.append(td("center", disposed ? amount : ""));
        exerciseAndUnderlying(out, t);
        out.append(td("center", FieldCells.dollars(TEXT, DATA, amounts.child("transactionPricePerShare"))));
        out.append(FieldCells.ownership(TEXT, DATA, t));
        out.append("</tr>\n");
    }

    /** A holding has no transaction: date, deemed date, code, V, (A), (D) and price are empty. */
    private static void holding(StringBuilder out, OwnershipXml h) {
        out.append("<tr>\n");
        titleAndPrice(out, h);
        out.append(td("center", "").repeat(6));
        exerciseAndUnderlying(out, h);
        out.append(td("center", ""));
        out.append(FieldCells.ownership(TEXT, DATA, h));
        out.append("</tr>\n");
    }

    private static void titleAndPrice(StringBuilder out, OwnershipXml row) {
        out.append(td("left", FieldCells.text(DATA, row.child("securityTitle"))));
        out.append(td("center", FieldCells.dollars(TEXT, DATA, row.child("conversionOrExercisePrice"))));
    }

    /** Columns 6 and 7: date exercisable, expiration date, underlying title and amount. */
    private static void exerciseAndUnderlying(StringBuilder out, OwnershipXml row) {
        OwnershipXml underlying = row.child("underlyingSecurity");
        out.append(td("center", FieldCells.date(DATA, row.child("exerciseDate"))));
        out.append(td("center", FieldCells.date(DATA, row.child("expirationDate"))));
        out.append(td("center", FieldCells.text(DATA, underlying.child("underlyingSecurityTitle"))));
        out.append(td("center", FieldCells.sharesOrValue(TEXT, UNDERLYING_AMOUNT,
                underlying.child("underlyingSecurityShares"), underlying.child("underlyingSecurityValue"))));
    }

}
