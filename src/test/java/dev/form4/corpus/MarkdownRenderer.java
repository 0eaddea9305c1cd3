package dev.form4.corpus;

import dev.form4.model.Footnote;
import dev.form4.model.Form4;
import dev.form4.model.Signature;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a Form 4 model (from {@link dev.form4.edgar.EdgarXmlReader}) as the Markdown Marker writes from the
 * printed EDGAR rendering, undamaged (level 0). The structure follows the seed: headings and the OMB box, the
 * checkbox lines, one big pipe table (boxes 1 to 6, Table I, Table II, further owners), then the footnotes,
 * remarks, signatures and the closing boilerplate. See testdata/renderings/README.md for the layout decisions.
 */
public final class MarkdownRenderer {

    /** The big table's width: Table II's sixteen data columns. */
    static final int COLUMNS = 16;

    static final String SECTION_16 = "Check this box if no longer subject to Section 16. Form 4 or Form 5 obligations"
            + " may continue. See Instruction 1(b).";
    static final String RULE_10B5_1 = "Check this box to indicate that a transaction was made pursuant to a contract,"
            + " instruction or written plan for the purchase or sale of equity securities of the issuer that is intended"
            + " to satisfy the affirmative defense conditions of Rule 10b5-1(c). See Instruction 10.";
    static final List<String> CLOSING = List.of(
            "\\*\\* Signature of Reporting Person",
            "Date",
            "Reminder: Report on a separate line for each class of securities beneficially owned directly or indirectly.",
            "- \\* If the form is filed by more than one reporting person, see Instruction 4 (b)(v).\n"
                    + "- \\*\\* Intentional misstatements or omissions of facts constitute Federal Criminal Violations"
                    + " See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).",
            "Note: File three copies of this Form, one of which must be manually signed. If space is insufficient,"
                    + " see Instruction 6 for procedure.",
            "Persons who respond to the collection of information contained in this form are not required to respond"
                    + " unless the form displays a currently valid OMB Number.");

    private MarkdownRenderer() {
    }

    public static String render(Form4 form) {
        return document(form).toMarkdown();
    }

    static RenderedDocument document(Form4 form) {
        RenderedDocument doc = new RenderedDocument(new PipeTable(headerRow()));
        doc.before.addAll(beforeTable(form));
        HeaderBlockRows boxes = new HeaderBlockRows(doc.table);
        boxes.firstOwner(form);
        TableRows tables = new TableRows(doc.table);
        tables.tableI(form.nonDerivativeTable());
        tables.tableII(form.derivativeTable());
        form.reportingOwners().stream().skip(1).forEach(boxes::furtherOwner);
        PageBreaks.insert(doc.table);
        doc.after.addAll(afterTable(form));
        return doc;
    }

    /** The big table's header row: the line of the title block that Marker takes for the table's head. */
    static List<String> headerRow() {
        List<String> header = PipeTable.emptyRow(COLUMNS);
        header.set(0, "or Section 30(h) of the Investment Company Act of 1940");
        return header;
    }

    /** Headings, the OMB box and the checkbox lines before the big table. */
    static List<String> beforeTable(Form4 form) {
        List<String> before = new ArrayList<>(List.of("## FORM 4", "## UNITED STATES SECURITIES AND EXCHANGE COMMISSION",
                "Washington, D.C. 20549", "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP",
                "| OMB APPROVAL |           |\n|--------------|-----------|\n| OMB Number   | 3235-0287 |",
                "OMB Number: 3235-0287 Estimated average burden hours per response: 0.5",
                "# " + checked(form.notSubjectToSection16().value()) + SECTION_16));
        if (form.aff10b5One().isPresent()) {
            before.add(checked(form.aff10b5One().value()) + RULE_10B5_1);
        }
        before.add("Filed pursuant to Section 16(a) of the Securities Exchange Act of 1934");
        return before;
    }

    /** The footnote heading, footnotes, remarks, signatures and the closing boilerplate after the big table. */
    static List<String> afterTable(Form4 form) {
        List<String> after = new ArrayList<>();
        after.add(RenderedDocument.EXPLANATION_HEADING);
        after.addAll(footnoteBlocks(form.footnotes()));
        after.add("### Remarks:");
        if (form.remarks().isPresent()) {
            after.add(PrintedValues.paragraphText(form.remarks().value()));
        }
        for (Signature signature : form.signatures()) {
            after.add(signature.name().isPresent() ? PrintedValues.paragraphText(signature.name().value()) : "");
            after.add(signature.date().isPresent() ? PrintedValues.date(signature.date().value()) : "");
        }
        after.addAll(CLOSING);
        return after;
    }

    /**
     * As in the seed, the first two footnotes are paragraphs and the rest a bullet list ("- 3. ..."), which is
     * what Marker makes of a run of numbered paragraphs.
     */
    static List<String> footnoteBlocks(List<Footnote> footnotes) {
        List<String> blocks = new ArrayList<>();
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < footnotes.size(); i++) {
            Footnote f = footnotes.get(i);
            String entry = PrintedValues.footnoteNumber(f.id()) + ". " + PrintedValues.paragraphText(f.text());
            if (i < 2) {
                blocks.add(entry);
            } else {
                list.append(list.length() == 0 ? "" : "\n").append("- ").append(entry);
            }
        }
        if (list.length() > 0) {
            blocks.add(list.toString());
        }
        return blocks;
    }

    private static String checked(Boolean box) {
        return Boolean.TRUE.equals(box) ? "X " : "";
    }
}
