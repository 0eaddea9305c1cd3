package dev.form4.corpus.html;

import static dev.form4.corpus.html.SecPrint.escape;
import static dev.form4.corpus.html.SecPrint.span;

/**
 * The top of the form: the title block with the OMB box and the checkboxes (Section 16; Rule 10b5-1 where the
 * schema has it), then boxes 1 to 6 in one table: box 1 (first owner) on the left over three or four rows,
 * boxes 2, 3, 4 in the middle, box 5 (relationship) and box 6 (joint filing) on the right.
 */
final class FormHeaderHtml {

    private static final String TITLE = """
            <table width="100%" border="0" cellspacing="0" cellpadding="4">
            <tr>
            <td width="20%" colspan="2" valign="top" align="center" class="FormName">FORM 4</td>
            <td rowspan="2" width="60%" valign="middle" align="center">
            <span class="FormTitle">UNITED STATES SECURITIES AND EXCHANGE COMMISSION</span><br><span class="MedSmallFormText">Washington, D.C. 20549</span><br><br><span class="FormTitle">STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP</span><br><br><span class="MedSmallFormText">Filed pursuant to Section 16(a) of the Securities Exchange Act of 1934</span><br><span class="MedSmallFormText">or Section 30(h) of the Investment Company Act of 1940</span>
            </td>
            <td rowspan="2" width="20%" valign="top" align="center"><table width="100%" border="1" summary="OMB Approval Status Box">
            <tr><td class="FormTextC">OMB APPROVAL</td></tr>
            <tr><td><table width="100%" border="0" summary="OMB Interior Box">
            <tr>
            <td class="SmallFormText" colspan="3">OMB Number:</td>
            <td class="SmallFormTextR">3235-0287</td>
            </tr>
            <tr><td class="SmallFormText" colspan="4">Estimated average burden</td></tr>
            <tr>
            <td class="SmallFormText" colspan="3">hours per response:</td>
            <td class="SmallFormTextR">0.5</td>
            </tr>
            </table></td></tr>
            </table></td>
            </tr>
            """;
    private static final String SECTION_16 = """
            <td class="SmallFormText">Check this box if no longer subject to Section 16. Form 4 or Form 5 obligations may continue.\s
                     <i>See</i>

                     Instruction 1(b).</td>
            """;
    private static final String RULE_10B5_1 = "<td class=\"SmallFormText\">Check this box to indicate that a transaction"
            + " was made pursuant to a contract, instruction or written plan for the purchase or sale of equity securities"
            + " of the issuer that is intended to satisfy the affirmative defense conditions of Rule 10b5-1(c)."
            + " See Instruction 10. </td>\n";
    static final String X = span("FormData", "X");

    private FormHeaderHtml() {
    }

    static void write(StringBuilder out, OwnershipXml doc, XslLayout layout) {
        out.append(TITLE);
        checkboxRow(out, doc.child("notSubjectToSection16").isChecked(), SECTION_16);
        if (layout == XslLayout.RULE_10B5_1) {
            checkboxRow(out, doc.child("aff10b5One").isChecked(), RULE_10B5_1);
        }
        out.append("</table>\n");
        boxes(out, doc, layout);
    }

    /**
     * A checked box prints an X; no corpus filing checks the Section 16 box, and the real pages show only empty
     * boxes, so the X's markup is the one the page uses for every other mark.
     */
    private static void checkboxRow(StringBuilder out, boolean checked, String caption) {
        out.append("<tr valign=\"middle\">\n<td><table width=\"100%\" border=\"1\" cellpadding=\"0\" cellspacing=\"0\"><tr><td>")
                .append(checked ? X : "&nbsp;&nbsp;").append("</td></tr></table></td>\n").append(caption).append("</tr>\n");
    }

    private static void boxes(StringBuilder out, OwnershipXml doc, XslLayout layout) {
        java.util.List<OwnershipXml> owners = doc.children("reportingOwner");
        OwnershipXml first = owners.isEmpty() ? OwnershipXml.MISSING : owners.get(0);
        OwnershipXml issuer = doc.child("issuer");
        out.append("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<tr>\n");
        out.append("<td rowspan=\"").append(layout == XslLayout.RULE_10B5_1 ? 4 : 3).append("\" width=\"35%\" valign=\"top\">\n")
                .append(OwnerBoxHtml.content(first)).append("</td>\n");
        out.append("<td width=\"35%\" valign=\"top\">\n<span class=\"MedSmallFormText\">2. Issuer Name <b>and</b> Ticker or Trading Symbol\n")
                .append("      </span><br>")
                .append(EdgarLink.company(issuer.child("issuerCik").text(), issuer.child("issuerName").text()))
                .append("\n     [ ").append(span("FormData", escape(issuer.child("issuerTradingSymbol").text()))).append(" ]\n   </td>\n");
        out.append("<td rowspan=\"2\" valign=\"top\">\n").append(RelationshipHtml.content(first.child("reportingOwnerRelationship"), layout))
                .append("</td>\n</tr>\n");
        out.append("<tr><td valign=\"top\">\n<span class=\"MedSmallFormText\">3. Date of Earliest Transaction\n")
                .append("         (Month/Day/Year)</span><br>").append(dateData(doc.child("periodOfReport"))).append("\n</td></tr>\n");
        out.append("<tr>\n<td valign=\"top\">\n<span class=\"MedSmallFormText\">4. If Amendment, Date of Original Filed\n")
                .append("         (Month/Day/Year)</span><br>").append(dateData(doc.child("dateOfOriginalSubmission"))).append("\n</td>\n");
        out.append("<td valign=\"top\">\n<span class=\"MedSmallFormText\">6. Individual or Joint/Group Filing (Check Applicable Line)\n")
                .append("      </span><table border=\"0\" width=\"100%\">\n");
        filingLine(out, owners.size() <= 1, "Form filed by One Reporting Person");
        filingLine(out, owners.size() > 1, "Form filed by More than One Reporting Person");
        out.append("</table>\n</td>\n</tr>\n</table>\n");
    }

    private static String dateData(OwnershipXml date) {
        return date.text().isBlank() ? "" : span("FormData", SecPrint.date(date.text()));
    }

    private static void filingLine(StringBuilder out, boolean checked, String caption) {
        out.append("<tr>\n<td width=\"15%\" align=\"center\">").append(checked ? X : "").append("</td>\n")
                .append("<td width=\"85%\" class=\"MedSmallFormText\">").append(caption).append("</td>\n</tr>\n");
    }
}
