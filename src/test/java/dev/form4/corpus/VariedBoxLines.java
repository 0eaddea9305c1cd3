package dev.form4.corpus;

import dev.form4.model.FieldValue;
import dev.form4.model.Form4;
import dev.form4.model.ReportingOwner;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of each box as a {@link BoxLayout} writes them. A line is the cells it fills from its box's
 * column on (most lines fill one cell; the three cells of city, state and postal code, or box 5's two columns,
 * fill more). The texts are the printed form's, as {@link HeaderBlockRows} writes them.
 */
final class VariedBoxLines {

    static final String NAME_CAPTION = "1. Name and Address of Reporting Person*";
    static final String RELATIONSHIP_CAPTION = "5. Relationship of Reporting Person(s) to Issuer<br>(Check all applicable)";
    static final String FILING_CAPTION = "6. Individual or Joint/Group Filing (Check Applicable Line)";
    static final String ONE_PERSON = "Form filed by One Reporting Person";
    static final String MORE_PERSONS = "Form filed by More than One Reporting Person";

    private final BoxLayout layout;

    VariedBoxLines(BoxLayout layout) {
        this.layout = layout;
    }

    /** Box 1: the caption, then name, streets and place, each with its small caption before or after it. */
    List<List<String>> owner(ReportingOwner owner) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(cells(NAME_CAPTION));
        boolean before = layout.captions() == BoxLayout.Captions.BEFORE_VALUES;
        List<String> streets = new ArrayList<>();
        for (FieldValue<String> street : List.of(owner.street1(), owner.street2())) {
            if (street.isPresent() && !street.value().isBlank()) {
                streets.add(text(street));
            }
        }
        captioned(lines, List.of(List.of(text(owner.name()))), cells("(Last) (First) (Middle)"), before);
        if (layout.name() == BoxLayout.NameLine.AFTER_CAPTION && !before) {
            // The name on the caption's line, two spaces after it, as in the seed.
            lines.set(0, cells(NAME_CAPTION + "  " + text(owner.name())));
            lines.remove(1);
        }
        captioned(lines, streetLines(streets), cells("(Street)"), before);
        if (layout.streets() == BoxLayout.Streets.WITH_LINE_BEFORE && !streets.isEmpty()) {
            // The streets went in as lines of their own; join them to the line before the first of them.
            int first = before ? lines.size() - streets.size() : lines.size() - 1 - streets.size();
            String joined = String.join("<br>", lines.subList(first - 1, first + streets.size()).stream().map(l -> l.get(0)).toList());
            lines.subList(first - 1, first + streets.size()).clear();
            lines.add(first - 1, cells(joined));
        }
        captioned(lines, List.of(place(owner)), placeCaption(), before);
        if (layout.streets() == BoxLayout.Streets.WHOLE_BOX_IN_ONE_CELL) {
            return List.of(cells(String.join("<br>", lines.stream().map(l -> String.join(" ", l).strip()).toList())));
        }
        return lines;
    }

    /** Box 5 and, for the first owner, box 6 below it. */
    List<List<String>> relationship(ReportingOwner owner, boolean withFilingBox, boolean joint) {
        String director = mark(owner.isDirector()) + "Director";
        String tenPercent = mark(owner.isTenPercentOwner()) + "10% Owner";
        String officer = mark(owner.isOfficer()) + "Officer (give title below)";
        String other = mark(owner.isOther()) + "Other (specify below)";
        String title = owner.officerTitle().isPresent() ? text(owner.officerTitle()) : "";
        String otherText = owner.otherText().isPresent() ? text(owner.otherText()) : "";
        boolean beside = layout.officerTitle() == BoxLayout.OfficerTitle.BESIDE_BOX;
        if (beside) {
            officer += title.isEmpty() ? "" : "  " + title;
            other += otherText.isEmpty() ? "" : "  " + otherText;
        }
        List<List<String>> lines = new ArrayList<>();
        lines.add(cells(RELATIONSHIP_CAPTION));
        switch (layout.relationship()) {
            case TWO_COLUMNS -> {
                lines.add(List.of(director, "", tenPercent));
                lines.add(List.of(officer, "", other));
                if (!beside && !(title + otherText).isEmpty()) {
                    lines.add(List.of(title, "", otherText));
                }
            }
            case ONE_COLUMN, ONE_CELL -> {
                for (String line : List.of(director, tenPercent, officer, other)) {
                    lines.add(cells(line));
                }
                for (String text : beside ? List.<String>of() : List.of(title, otherText)) {
                    if (!text.isEmpty()) {
                        lines.add(cells(text));
                    }
                }
            }
        }
        if (layout.relationship() == BoxLayout.Relationship.ONE_CELL) {
            List<List<String>> one = new ArrayList<>();
            one.add(cells(String.join("<br>", lines.stream().map(l -> l.get(0)).toList())));
            lines = one;
        }
        if (withFilingBox) {
            lines.add(cells(FILING_CAPTION));
            String single = (joint ? "" : "X ") + ONE_PERSON;
            String several = (joint ? "X " : "") + MORE_PERSONS;
            if (layout.filingLines() == BoxLayout.FilingLines.ONE_LINE) {
                lines.add(cells(single + "  " + several));
            } else {
                lines.add(cells(single));
                lines.add(cells(several));
            }
        }
        return lines;
    }

    /** Boxes 2, 3 and 4, one under the other. */
    List<List<String>> issuerBoxes(Form4 form) {
        List<List<String>> lines = new ArrayList<>();
        captionAndValue(lines, "2. Issuer Name and Ticker or Trading Symbol",
                text(form.issuer().name()) + " [ " + text(form.issuer().tradingSymbol()) + " ]");
        captionAndValue(lines, "3. Date of Earliest Transaction (Month/Day/Year)",
                PrintedValues.cell(form.periodOfReport(), PrintedValues::date));
        captionAndValue(lines, "4. If Amendment, Date of Original Filed (Month/Day/Year)",
                PrintedValues.cell(form.dateOfOriginalSubmission(), PrintedValues::date));
        return lines;
    }

    private void captionAndValue(List<List<String>> lines, String caption, String value) {
        if (value.isEmpty()) {
            lines.add(cells(caption));
            return;
        }
        switch (layout.issuerBoxes()) {
            case VALUE_AFTER_CAPTION -> lines.add(cells(caption + " " + value));
            case VALUE_AFTER_BREAK -> lines.add(cells(caption + "<br>" + value));
            case VALUE_ON_NEXT_LINE -> {
                lines.add(cells(caption));
                lines.add(cells(value));
            }
        }
    }

    /** The values' lines, with their caption after them as printed or before them. */
    private static void captioned(List<List<String>> lines, List<List<String>> values, List<String> caption, boolean before) {
        if (before) {
            lines.add(caption);
        }
        lines.addAll(values);
        if (!before) {
            lines.add(caption);
        }
    }

    private List<List<String>> streetLines(List<String> streets) {
        if (layout.streets() == BoxLayout.Streets.ONE_LINE && !streets.isEmpty()) {
            return List.of(cells(String.join("<br>", streets)));
        }
        return streets.stream().map(VariedBoxLines::cells).toList();
    }

    private List<String> place(ReportingOwner owner) {
        List<String> parts = List.of(text(owner.city()), text(owner.state()), text(owner.zipCode()));
        if (layout.place() == BoxLayout.Place.THREE_CELLS) {
            return parts;
        }
        return cells(String.join(" ", parts).strip().replaceAll(" +", " "));
    }

    private List<String> placeCaption() {
        return layout.place() == BoxLayout.Place.THREE_CELLS ? List.of("(City)", "(State)", "(Zip)")
                : cells("(City) (State) (Zip)");
    }

    private static List<String> cells(String text) {
        return List.of(text);
    }

    private static String mark(FieldValue<Boolean> box) {
        return Boolean.TRUE.equals(box.value()) ? "X " : "";
    }

    private static String text(FieldValue<String> field) {
        return field.isPresent() ? PrintedValues.cellText(field.value()) : "";
    }
}
