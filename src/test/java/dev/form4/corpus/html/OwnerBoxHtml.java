package dev.form4.corpus.html;

import static dev.form4.corpus.html.SecPrint.escape;
import static dev.form4.corpus.html.SecPrint.span;

/**
 * Box 1, name and address of a reporting person: the name as a link to the owner's EDGAR page, the captions
 * (Last) (First) (Middle), (Street), (City) (State) (Zip) between rules. The same box stands in the header for
 * the first owner and, for a joint filing, once per owner in the list after Table II.
 */
final class OwnerBoxHtml {

    private OwnerBoxHtml() {
    }

    static String content(OwnershipXml owner) {
        OwnershipXml id = owner.child("reportingOwnerId");
        OwnershipXml address = owner.child("reportingOwnerAddress");
        StringBuilder out = new StringBuilder();
        out.append("<span class=\"MedSmallFormText\">1. Name and Address of Reporting Person<sup>*</sup></span>")
                .append("<table border=\"0\" width=\"100%\"><tr><td>")
                .append(EdgarLink.company(id.child("rptOwnerCik").text(), id.child("rptOwnerName").text()))
                .append("</td></tr></table>\n<hr width=\"98%\">\n");
        out.append(threeCaptions("(Last)", "(First)", "(Middle)"));
        out.append("<table border=\"0\" width=\"100%\">\n");
        for (String street : new String[] {"rptOwnerStreet1", "rptOwnerStreet2"}) {
            // A street line prints when the element is there, even empty.
            if (address.child(street).exists()) {
                out.append("<tr><td>").append(span("FormData", escape(address.child(street).text()))).append("</td></tr>\n");
            }
        }
        out.append("</table>\n<hr width=\"98%\">\n<span class=\"MedSmallFormText\">(Street)</span>");
        out.append("<table border=\"0\" width=\"100%\"><tr>\n");
        for (String part : new String[] {"rptOwnerCity", "rptOwnerState", "rptOwnerZipCode"}) {
            out.append("<td width=\"33%\">").append(span("FormData", escape(address.child(part).text()))).append("</td>\n");
        }
        out.append("</tr></table>\n<hr width=\"98%\">\n");
        out.append(threeCaptions("(City)", "(State)", "(Zip)"));
        return out.toString();
    }

    private static String threeCaptions(String first, String second, String third) {
        return "<table border=\"0\" width=\"100%\"><tr>\n"
                + "<td width=\"33%\" class=\"MedSmallFormText\">" + first + "</td>\n"
                + "<td width=\"33%\" class=\"MedSmallFormText\">" + second + "</td>\n"
                + "<td width=\"33%\" class=\"MedSmallFormText\">" + third + "</td>\n"
                + "</tr></table>\n";
    }
}
