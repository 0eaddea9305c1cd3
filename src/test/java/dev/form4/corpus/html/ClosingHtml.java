package dev.form4.corpus.html;

import java.util.List;

import static dev.form4.corpus.html.SecPrint.escape;
import static dev.form4.corpus.html.SecPrint.span;

/**
 * Everything after Table II: for a joint filing the name-and-address box of every owner (first one included,
 * as the SEC's joint-filing pages list them); the Explanation of Responses (one row per footnote, "N. text");
 * the remarks (only when the element is there, even empty); the signatures, one row each, then the captions
 * and the closing boilerplate.
 */
final class ClosingHtml {

    private static final String BOILERPLATE = """
            <tr>
            <td></td>
            <td class="MedSmallFormText">** Signature of Reporting Person</td>
            <td class="MedSmallFormText">Date</td>
            </tr>
            <tr><td colspan="3" class="MedSmallFormText">Reminder: Report on a separate line for each class of securities beneficially owned directly or indirectly.</td></tr>
            <tr><td colspan="3" class="MedSmallFormText">* If the form is filed by more than one reporting person,\s
                              <i>see</i>

                              Instruction\s
                              4

                              (b)(v).</td></tr>
            <tr><td colspan="3" class="MedSmallFormText">** Intentional misstatements or omissions of facts constitute Federal Criminal Violations\s
                              <i>See</i>

                              18 U.S.C. 1001 and 15 U.S.C. 78ff(a).</td></tr>
            <tr><td colspan="3" class="MedSmallFormText">Note: File three copies of this Form, one of which must be manually signed. If space is insufficient,\s
                              <i>see</i>

                              Instruction 6 for procedure.</td></tr>
            <tr><td colspan="3" class="MedSmallFormText"><b>Persons who respond to the collection of information contained in this form are not required to respond unless the form displays a currently valid OMB Number.</b></td></tr>
            </table>
            """;

    private ClosingHtml() {
    }

    static void write(StringBuilder out, OwnershipXml doc) {
        List<OwnershipXml> owners = doc.children("reportingOwner");
        if (owners.size() > 1) {
            out.append("<table width=\"40%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
            owners.forEach(o -> out.append("<tr><td valign=\"top\">\n").append(OwnerBoxHtml.content(o)).append("</td></tr>\n"));
            out.append("</table>\n");
        }
        out.append("<table border=\"0\" width=\"100%\">\n<tr><td class=\"MedSmallFormText\"><b>Explanation of Responses:</b></td></tr>\n");
        for (OwnershipXml footnote : doc.child("footnotes").children("footnote")) {
            out.append("<tr><td class=\"FootnoteData\">").append(SecPrint.footnoteNumber(footnote.element().getAttribute("id")))
                    .append(". ").append(escape(footnote.text())).append("</td></tr>\n");
        }
        OwnershipXml remarks = doc.child("remarks");
        if (remarks.exists()) {
            out.append("<tr><td class=\"FormText\"><b>Remarks:</b></td></tr>\n<tr><td class=\"FootnoteData\">")
                    .append(escape(remarks.text())).append("</td></tr>\n");
        }
        out.append("</table>\n<table width=\"100%\" border=\"0\">\n");
        for (OwnershipXml signature : doc.children("ownerSignature")) {
            out.append("<tr>\n<td width=\"60%\"></td>\n<td width=\"20%\"><u>")
                    .append(span("FormData", escape(signature.child("signatureName").text()))).append("</u></td>\n")
                    .append("<td width=\"20%\"><u>").append(span("FormData", SecPrint.date(signature.child("signatureDate").text())))
                    .append("</u></td>\n</tr>\n");
        }
        out.append(BOILERPLATE);
    }
}
