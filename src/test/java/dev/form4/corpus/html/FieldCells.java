package dev.form4.corpus.html;

import static dev.form4.corpus.html.SecPrint.escape;
import static dev.form4.corpus.html.SecPrint.marks;
import static dev.form4.corpus.html.SecPrint.span;

/**
 * Table cells as the SEC's XSL writes them: the printed value in a span of the table's data class, then one
 * footnote mark per footnote. A value given only as footnotes prints the marks alone (dates: a blank span and
 * the marks, as the real pages show).
 */
final class FieldCells {

    private FieldCells() {
    }

    /** {@code <td align="...">}; a cell of several elements puts them on their own line, like the XSL's indent. */
    static String td(String align, String content) {
        return cell("align=\"" + align + "\"", content);
    }

    static String cell(String attributes, String content) {
        boolean several = content.indexOf("<span", content.indexOf("<span") + 1) > 0;
        return "<td " + attributes + ">" + (several ? "\n" + content + "\n" : content) + "</td>\n";
    }

    static String text(String cssClass, OwnershipXml field) {
        return (field.hasValue() ? span(cssClass, escape(field.value())) : "") + marks(field.footnoteIds());
    }

    static String number(String cssClass, OwnershipXml field) {
        return (field.hasValue() ? span(cssClass, SecPrint.number(field.value())) : "") + marks(field.footnoteIds());
    }

    /** A price or dollar value: the "$" in the table's text class, the number in its data class. */
    static String dollars(String textClass, String dataClass, OwnershipXml field) {
        return (field.hasValue() ? span(textClass, "$") + span(dataClass, SecPrint.number(field.value())) : "")
                + marks(field.footnoteIds());
    }

    static String date(String cssClass, OwnershipXml field) {
        String printed;
        if (field.hasValue()) {
            printed = span(cssClass, SecPrint.date(field.value()));
        } else {
            printed = field.footnoteIds().isEmpty() ? "" : span(cssClass, SecPrint.BLANK_VALUE);
        }
        return printed + marks(field.footnoteIds());
    }

    /** The deemed execution date prints a span whenever the element is there, empty or not. */
    static String deemedDate(String cssClass, OwnershipXml field) {
        if (!field.exists()) {
            return "";
        }
        return span(cssClass, field.hasValue() ? SecPrint.date(field.value()) : "") + marks(field.footnoteIds());
    }

    /** Shares, or (for rows that report a dollar value instead) the value with a "$". */
    static String sharesOrValue(String textClass, String dataClass, OwnershipXml shares, OwnershipXml value) {
        return shares.exists() || !value.exists() ? number(dataClass, shares) : dollars(textClass, dataClass, value);
    }

    /** Code column: the transaction code, then the marks of footnotes on the coding. */
    static String code(String cssClass, OwnershipXml coding) {
        String code = coding.child("transactionCode").text().strip();
        return (code.isEmpty() ? "" : span(cssClass, escape(code))) + marks(coding.footnoteIds());
    }

    /**
     * The V column. No corpus filing reports an equity swap or an early (voluntary) report, so which of the two
     * the SEC prints as V is unverified; like the project's Markdown renderer, an equity swap prints V.
     */
    static String equitySwap(String cssClass, OwnershipXml coding) {
        return coding.child("equitySwapInvolved").isChecked() ? span(cssClass, "V") : "";
    }

    /** A table: its head, then a tbody only when it has rows (the XSL writes none for an empty table). */
    static void table(StringBuilder out, String head, CharSequence rows) {
        out.append(head);
        if (!rows.isEmpty()) {
            out.append("<tbody>\n").append(rows).append("</tbody>\n");
        }
        out.append("</table>\n");
    }

    /** The last three columns of both tables: owned following, direct or indirect, nature of ownership. */
    static String ownership(String textClass, String dataClass, OwnershipXml row) {
        OwnershipXml post = row.child("postTransactionAmounts");
        OwnershipXml nature = row.child("ownershipNature");
        return td("center", sharesOrValue(textClass, dataClass, post.child("sharesOwnedFollowingTransaction"),
                post.child("valueOwnedFollowingTransaction")))
                + td("center", text(dataClass, nature.child("directOrIndirectOwnership")))
                + td("left", text(dataClass, nature.child("natureOfOwnership")));
    }
}
