package dev.form4.corpus;

import dev.form4.model.FieldValue;
import dev.form4.model.Form4;
import dev.form4.model.ReportingOwner;

import java.util.List;

/**
 * The form's boxes 1 to 6 as rows of the big table. Box 1 (name and address) fills column 0 row by row;
 * boxes 2, 3 and 4 sit in column {@value #MIDDLE}; box 5 (relationship) in columns {@value #RELATION} and
 * {@value #RELATION_RIGHT}; box 6 (individual or joint filing) in column {@value #RELATION}, below box 5. A
 * further reporting owner of a joint filing gets the same box 1 and box 5 rows again, after Table II, the way
 * the EDGAR rendering lists further owners below the tables.
 */
final class HeaderBlockRows {

    static final int MIDDLE = 5;
    static final int RELATION = 11;
    static final int RELATION_RIGHT = 13;

    private final PipeTable table;

    HeaderBlockRows(PipeTable table) {
        this.table = table;
    }

    void firstOwner(Form4 form) {
        ReportingOwner owner = form.reportingOwners().isEmpty() ? null : form.reportingOwners().get(0);
        boolean joint = form.reportingOwners().size() > 1;
        String issuer = "2. Issuer Name and Ticker or Trading Symbol " + text(form.issuer().name())
                + " [ " + text(form.issuer().tradingSymbol()) + " ]";
        String earliest = "3. Date of Earliest Transaction (Month/Day/Year) "
                + PrintedValues.cell(form.periodOfReport(), PrintedValues::date);
        String amendment = ("4. If Amendment, Date of Original Filed (Month/Day/Year) "
                + PrintedValues.cell(form.dateOfOriginalSubmission(), PrintedValues::date)).strip();
        String filing = (joint ? "" : "X ") + "Form filed by One Reporting Person  "
                + (joint ? "X " : "") + "Form filed by More than One Reporting Person";
        ownerRows(PipeTable.Kind.HEADER_BLOCK, owner, issuer, earliest, amendment,
                "6. Individual or Joint/Group Filing (Check Applicable Line)", filing);
    }

    void furtherOwner(ReportingOwner owner) {
        ownerRows(PipeTable.Kind.OWNER_BLOCK, owner, "", "", "", "", "");
    }

    /** The seven-odd rows of box 1 beside box 5; the middle and lower-right cells carry boxes 2, 3, 4 and 6. */
    private void ownerRows(PipeTable.Kind kind, ReportingOwner owner, String issuer, String earliest,
                           String amendment, String filingCaption, String filing) {
        row(kind, "1. Name and Address of Reporting Person*  " + (owner == null ? "" : text(owner.name())), issuer,
                "5. Relationship of Reporting Person(s) to Issuer<br>(Check all applicable)", "");
        row(kind, "(Last) (First) (Middle)", earliest,
                mark(owner == null ? null : owner.isDirector()) + "Director",
                mark(owner == null ? null : owner.isTenPercentOwner()) + "10% Owner");
        String officer = mark(owner == null ? null : owner.isOfficer()) + "Officer (give title below)"
                + suffix(owner == null ? null : owner.officerTitle());
        String other = mark(owner == null ? null : owner.isOther()) + "Other (specify below)"
                + suffix(owner == null ? null : owner.otherText());
        row(kind, owner == null ? "" : text(owner.street1()), "", officer, other);
        if (owner != null && owner.street2().isPresent()) {
            row(kind, text(owner.street2()), "", "", "");
        }
        row(kind, "(Street)", amendment, filingCaption, "");
        String place = owner == null ? "" : String.join(" ", List.of(text(owner.city()), text(owner.state()),
                text(owner.zipCode()))).strip().replaceAll(" +", " ");
        row(kind, place, "", filing, "");
        row(kind, "(City) (State) (Zip)", "", "", "");
    }

    private void row(PipeTable.Kind kind, String left, String middle, String relation, String relationRight) {
        List<String> cells = PipeTable.emptyRow(table.columns());
        cells.set(0, left);
        cells.set(MIDDLE, middle);
        cells.set(RELATION, relation);
        cells.set(RELATION_RIGHT, relationRight);
        table.add(kind, cells);
    }

    private static String mark(FieldValue<Boolean> box) {
        return box != null && Boolean.TRUE.equals(box.value()) ? "X " : "";
    }

    private static String suffix(FieldValue<String> text) {
        return text == null || !text.isPresent() ? "" : "  " + PrintedValues.cellText(text.value());
    }

    private static String text(FieldValue<String> field) {
        return field.isPresent() ? PrintedValues.cellText(field.value()) : "";
    }
}
