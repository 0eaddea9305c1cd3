package dev.form4.corpus.html;

import static dev.form4.corpus.html.FieldCells.td;

/** Table I: its fixed head (title, numbered captions, sub-captions), then a row per transaction and per holding. */
final class NonDerivativeTableHtml {

    private static final String HEAD = """
            <table width="100%" border="1" cellspacing="0" cellpadding="4">
            <thead>
            <tr><th width="100%" valign="top" colspan="11" align="center" class="FormTextC"><b>Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned</b></th></tr>
            <tr>
            <th width="36%" valign="top" rowspan="2" align="left" class="MedSmallFormText">1. Title of Security (Instr.\s
                  3)
               </th>
            <th width="6%" valign="top" rowspan="2" align="left" class="SmallFormText">2. Transaction Date
                  (Month/Day/Year)</th>
            <th width="5%" valign="top" rowspan="2" align="left" class="SmallFormText">2A. Deemed Execution Date, if any
                  (Month/Day/Year)</th>
            <th width="7%" valign="top" colspan="2" align="left" class="SmallFormText">3. Transaction Code (Instr.\s
                  8)
               </th>
            <th width="19%" valign="top" colspan="3" align="left" class="SmallFormText">4. Securities Acquired (A) or Disposed Of (D) (Instr.\s
                  3, 4 and 5)
               </th>
            <th width="11%" valign="top" rowspan="2" align="left" class="SmallFormText">5.\s
                  Amount of Securities Beneficially Owned Following Reported Transaction(s) (Instr.\s
                  3 and 4)
               </th>
            <th width="9%" valign="top" rowspan="2" align="left" class="SmallFormText">6. Ownership Form: Direct (D) or Indirect (I) (Instr.\s
                  4)
               </th>
            <th width="8%" valign="top" rowspan="2" align="left" class="SmallFormText">7. Nature of Indirect Beneficial Ownership (Instr.\s
                  4)
               </th>
            </tr>
            <tr>
            <th width="4%" align="center" class="SmallFormText">Code</th>
            <th width="3%" align="center" class="SmallFormText">V</th>
            <th width="8%" align="center" class="SmallFormText">Amount</th>
            <th width="5%" align="center" class="SmallFormText">(A) or (D)</th>
            <th width="6%" align="center" class="SmallFormText">Price</th>
            </tr>
            </thead>
            """;

    /** Table I prints its values in the normal size; codes are the exception (SmallFormData). */
    private static final String DATA = "FormData";
    private static final String TEXT = "FormText";
    private static final String CODE = "SmallFormData";

    private NonDerivativeTableHtml() {
    }

    static void write(StringBuilder out, OwnershipXml table) {
        StringBuilder rows = new StringBuilder();
        table.children("nonDerivativeTransaction").forEach(t -> transaction(rows, t));
        table.children("nonDerivativeHolding").forEach(h -> holding(rows, h));
        FieldCells.table(out, HEAD, rows);
    }

    private static void transaction(StringBuilder out, OwnershipXml t) {
        OwnershipXml amounts = t.child("transactionAmounts");
        OwnershipXml coding = t.child("transactionCoding");
        out.append("<tr>\n");
        out.append(td("left", FieldCells.text(DATA, t.child("securityTitle"))));
        out.append(td("center", FieldCells.date(DATA, t.child("transactionDate"))));
        out.append(td("center", FieldCells.deemedDate(DATA, t.child("deemedExecutionDate"))));
        out.append(td("center", FieldCells.code(CODE, coding)));
        out.append(td("center", FieldCells.equitySwap(CODE, coding)));
        out.append(td("center", FieldCells.number(DATA, amounts.child("transactionShares"))));
        out.append(td("center", FieldCells.text(DATA, amounts.child("transactionAcquiredDisposedCode"))));
        out.append(td("center", FieldCells.dollars(TEXT, DATA, amounts.child("transactionPricePerShare"))));
        out.append(FieldCells.ownership(TEXT, DATA, t));
        out.append("</tr>\n");
    }

    /** A holding has no transaction: its date, code, amount and price cells are empty. */
    private static void holding(StringBuilder out, OwnershipXml h) {
        out.append("<tr>\n");
        out.append(td("left", FieldCells.text(DATA, h.child("securityTitle"))));
        out.append(td("center", "").repeat(7));
        out.append(FieldCells.ownership(TEXT, DATA, h));
        out.append("</tr>\n");
    }

}
