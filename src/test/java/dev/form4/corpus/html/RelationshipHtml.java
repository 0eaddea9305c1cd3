package dev.form4.corpus.html;

import static dev.form4.corpus.html.SecPrint.escape;
import static dev.form4.corpus.html.SecPrint.span;

/** Box 5, the first owner's relationship to the issuer: four checkboxes, then the officer title and other text. */
final class RelationshipHtml {

    private RelationshipHtml() {
    }

    static String content(OwnershipXml relationship, XslLayout layout) {
        StringBuilder out = new StringBuilder("<span class=\"MedSmallFormText\">5. Relationship of Reporting Person(s) to Issuer\n"
                + "      </span><br><span class=\"MedSmallFormText\">(Check all applicable)</span><table border=\"0\" width=\"100%\">\n");
        out.append("<tr>\n<td width=\"15%\" align=\"center\">").append(mark(relationship, "isDirector")).append("</td>\n")
                .append("<td width=\"35%\" class=\"MedSmallFormText\">Director</td>\n")
                .append("<td width=\"15%\" align=\"center\">").append(mark(relationship, "isTenPercentOwner")).append("</td>\n")
                .append("<td width=\"35%\" class=\"MedSmallFormText\">10% Owner</td>\n</tr>\n");
        out.append("<tr>\n<td align=\"center\">").append(mark(relationship, "isOfficer")).append("</td>\n")
                .append("<td class=\"MedSmallFormText\">Officer (give title below)</td>\n")
                .append("<td align=\"center\">").append(mark(relationship, "isOther")).append("</td>\n")
                .append("<td class=\"MedSmallFormText\">Other (specify below)</td>\n</tr>\n");
        OwnershipXml title = relationship.child("officerTitle");
        OwnershipXml other = relationship.child("otherText");
        if (layout == XslLayout.RULE_10B5_1) {
            out.append("<tr>\n<td width=\"15%\" align=\"center\"></td>\n")
                    .append("<td width=\"35%\" align=\"left\" style=\"color: blue\">").append(escape(title.text())).append("</td>\n")
                    .append("<td width=\"15%\" align=\"center\"></td>\n")
                    .append("<td width=\"35%\" align=\"left\" style=\"color: blue\">").append(escape(other.text())).append("</td>\n</tr>\n");
        } else {
            // Each of the two prints as a span when its element is there, even empty (an EDGAR page of 2023 shows two empty spans).
            String texts = (title.exists() ? span("FormData", escape(title.text())) : "")
                    + (other.exists() ? span("FormData", escape(other.text())) : "");
            out.append("<tr>").append(FieldCells.cell("colspan=\"4\" align=\"center\"", texts).strip()).append("</tr>\n");
        }
        return out.append("</table>\n").toString();
    }

    private static String mark(OwnershipXml relationship, String box) {
        return relationship.child(box).isChecked() ? FormHeaderHtml.X : "";
    }
}
