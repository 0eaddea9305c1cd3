package dev.form4.recognize;

import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;
import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Issuer;
import dev.form4.model.Provenance;
import dev.form4.model.ReportingOwner;
import dev.form4.model.SourcePosition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header block: boxes 1 to 6 and the checkboxes above them. A checkbox reads true when an X stands before
 * its label, false when the label is intact and unmarked, and null when OCR cut the label (the mark may have
 * gone with it).
 */
final class HeaderReader {

    /** An X mark right before a caption, across cell edges: what checks a box. */
    private static final Pattern X_BEFORE = Pattern.compile("\\bX\\b\\s*(?:\\|\\s*)*$");
    private static final String MONTH_DAY_YEAR = "(?:\\s*(?:\\|\\s*)*" + LabelPattern.regex("(Month/Day/Year)") + ")?";
    private static final Pattern NAME_LABEL = caption("Name and Address of Reporting Person", "\\s*\\**");
    private static final Pattern ISSUER_LABEL = caption("Issuer Name and Ticker or Trading Symbol", "");
    private static final Pattern EARLIEST_LABEL = caption("Date of Earliest Transaction", MONTH_DAY_YEAR);
    private static final Pattern AMENDMENT_LABEL = caption("If Amendment, Date of Original Filed", MONTH_DAY_YEAR);
    private static final Pattern DATE_VALUE = Pattern.compile("^\\s*(\\d{1,2}/\\d{1,2}/\\d{4})\\b");
    /**
     * The name: text up to box 1's own captions. Parentheses are allowed (a name is text and may hold any); the
     * captions themselves and another box's numbered caption ("2. Issuer Name ...", read from the next cell
     * when the name is missing) are not a name.
     */
    private static final String NAME_CHAR = "(?:(?!\\((?:Last|First|Middle|Street|City|State|Zip)\\))[^|])";
    private static final Pattern NAME_VALUE = Pattern.compile("^\\s*(?!\\d{1,2}\\.\\s)(" + NAME_CHAR + "*?[A-Za-z]" + NAME_CHAR
            + "*?)\\s*(\\(Last\\)|\\(First\\)|\\(Middle\\)|$)");
    private static final Pattern ISSUER_VALUE = Pattern.compile("^\\s*(.+?\\[\\s*[A-Za-z0-9.\\-]+\\s*\\])");
    private static final Pattern ISSUER_PARTS = Pattern.compile("^(.+?)\\s*\\[\\s*([A-Za-z0-9.\\-]+)\\s*\\]$");
    private static final Pattern CITY_STATE_ZIP = Pattern.compile("^\\s*([A-Za-z][A-Za-z .'\\-]*?)\\s+([A-Z]{2})\\s+(\\d{5}(?:-\\d{4})?)\\s*$");
    private static final Pattern MIDDLE_CAPTION = LabelPattern.of("(Middle)");
    private static final Pattern STREET_CAPTION = LabelPattern.of("(Street)");
    private static final Pattern CITY_CAPTION = LabelPattern.of("(City)");
    private static final Pattern OFFICER_CAPTION = LabelPattern.of("Officer (give title below)");
    private static final Pattern OTHER_CAPTION = LabelPattern.of("Other (specify below)");

    private static final Pattern DIRECTOR = checkboxLabel("Director");
    private static final Pattern TEN_PERCENT = checkboxLabel("10% Owner");
    private static final Pattern OFFICER = checkboxLabel("Officer (give title below)");
    private static final Pattern OTHER = checkboxLabel("Other (specify below)");
    private static final Pattern ONE_PERSON = checkboxLabel("Form filed by One Reporting Person");
    private static final Pattern MORE_PERSONS = checkboxLabel("Form filed by More than One Reporting Person");
    private static final Pattern NOT_SUBJECT = checkboxLabel("Check this box if no longer subject to Section 16");
    private static final Pattern RULE_10B5_1 = checkboxLabel("Check this box to indicate that a transaction was made pursuant to");

    /** The first words of each checkbox label: enough to find one a converter split over two lines. */
    private static final Pattern DIRECTOR_START = checkboxLabel("Director");
    private static final Pattern TEN_PERCENT_START = checkboxLabel("10% Owner");
    private static final Pattern OFFICER_START = checkboxLabel("Officer (give");
    private static final Pattern OTHER_START = checkboxLabel("Other (specify");
    private static final Pattern ONE_PERSON_START = checkboxLabel("Form filed by One");
    private static final Pattern MORE_PERSONS_START = checkboxLabel("Form filed by More");
    private static final Pattern NOT_SUBJECT_START = checkboxLabel("Check this box if no longer subject");
    private static final Pattern RULE_10B5_1_START = checkboxLabel("Check this box to indicate");
    private static final List<Pattern> LABEL_STARTS = List.of(DIRECTOR_START, TEN_PERCENT_START, OFFICER_START,
            OTHER_START, ONE_PERSON_START, MORE_PERSONS_START, NOT_SUBJECT_START, RULE_10B5_1_START);

    private static Pattern caption(String caption, String suffix) {
        return Pattern.compile(LabelPattern.regex(caption) + suffix, Pattern.CASE_INSENSITIVE);
    }

    /** The box's caption (which may be cut at cell edges); its X mark is looked for just before it. */
    private static Pattern checkboxLabel(String caption) {
        return Pattern.compile("\\b" + LabelPattern.regex(caption));
    }

    /** Everything the header block gives. */
    record Header(Issuer issuer, List<ReportingOwner> owners, FieldValue<LocalDate> periodOfReport,
                  FieldValue<LocalDate> dateOfOriginalSubmission, FieldValue<Boolean> notSubjectToSection16,
                  FieldValue<Boolean> jointFiling, FieldValue<Boolean> aff10b5One) {
    }

    private final HeaderText header;
    private final List<Diagnostic> diagnostics;
    private final String preambleText;

    private HeaderReader(List<SourceRow> rows, List<SourceRow> frontMatter, List<Diagnostic> diagnostics) {
        this.header = new HeaderText(rows);
        this.diagnostics = diagnostics;
        StringBuilder text = new StringBuilder();
        for (SourceRow row : frontMatter) {
            text.append(row.text()).append(" || ");
        }
        this.preambleText = text + header.joined();
    }

    /** The header's rows (box 1 of later owners included) and the rows above them, which hold the top checkboxes. */
    static Header read(List<SourceRow> rows, List<SourceRow> frontMatter, List<Diagnostic> diagnostics) {
        return new HeaderReader(rows, frontMatter, diagnostics).read();
    }

    private Header read() {
        Issuer issuer = issuer();
        FieldValue<LocalDate> period = date(EARLIEST_LABEL, "periodOfReport", true);
        FieldValue<LocalDate> original = date(AMENDMENT_LABEL, "dateOfOriginalSubmission", false);
        FieldValue<Boolean> jointFiling = jointFiling();
        return new Header(issuer, owners(), period, original, checkbox(NOT_SUBJECT, NOT_SUBJECT_START, header, preambleText),
                jointFiling, checkbox(RULE_10B5_1, RULE_10B5_1_START, header, preambleText));
    }

    private Issuer issuer() {
        Optional<HeaderText.Found> found = header.valueAfter(ISSUER_LABEL, ISSUER_VALUE);
        if (found.isEmpty()) {
            diagnostics.add(Diagnostic.unreadable(SourcePosition.UNKNOWN, "issuer",
                    "no issuer name and ticker found after '2. Issuer Name and Ticker or Trading Symbol'"));
            return new Issuer(FieldValue.absent(), FieldValue.absent(), FieldValue.absent());
        }
        Matcher parts = ISSUER_PARTS.matcher(found.get().text());
        if (!parts.matches()) {
            return new Issuer(FieldValue.absent(), FieldValue.read(found.get().text(), found.get().position()), FieldValue.absent());
        }
        return new Issuer(FieldValue.absent(), FieldValue.read(parts.group(1).trim(), found.get().position()),
                FieldValue.read(parts.group(2).trim(), found.get().position()));
    }

    private FieldValue<LocalDate> date(Pattern label, String field, boolean required) {
        Optional<HeaderText.Found> found = header.valueAfter(label, DATE_VALUE);
        if (found.isPresent()) {
            Optional<LocalDate> date = RowReader.date(found.get().text());
            if (date.isPresent()) {
                return FieldValue.read(date.get(), found.get().position());
            }
            diagnostics.add(Diagnostic.unreadable(found.get().position(), field, "'" + found.get().text() + "' is not a date"));
        } else if (required) {
            diagnostics.add(Diagnostic.unreadable(SourcePosition.UNKNOWN, field, "no date found after its label"));
        }
        return FieldValue.absent();
    }

    /** One owner per "1. Name and Address of Reporting Person" label; its address lies between it and "(City)". */
    private List<ReportingOwner> owners() {
        // One owner block per row holding box 1's caption: a caption read twice in one row (OCR) is one box.
        List<HeaderText.At> labels = new ArrayList<>();
        for (HeaderText.At at : header.find(NAME_LABEL)) {
            if (labels.isEmpty() || labels.get(labels.size() - 1).row() != at.row()) {
                labels.add(at);
            }
        }
        List<ReportingOwner> owners = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String relationshipText = header.joined();
        for (int i = 0; i < labels.size(); i++) {
            int fromRow = labels.get(i).row();
            int toRow = i + 1 < labels.size() ? labels.get(i + 1).row() : header.rows().size();
            HeaderText block = new HeaderText(header.rows().subList(fromRow, toRow));
            Optional<HeaderText.Found> name = block.valueAfter(NAME_LABEL, NAME_VALUE);
            String key = name.map(f -> f.text().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT)).orElse(null);
            if (key != null && names.contains(key)) {
                // The SEC's page of a joint filing lists every owner's box after Table II, the first one too.
                diagnostics.add(new Diagnostic(Diagnostic.Severity.INFO, Diagnostic.Kind.NOISE, name.get().position(),
                        "reportingOwners[" + names.indexOf(key) + "]", "box 1 of '" + name.get().text()
                        + "' stands again at line " + name.get().position().line() + "; read as the same reporting owner"));
                continue;
            }
            names.add(key);
            String path = "reportingOwners[" + owners.size() + "]";
            if (name.isEmpty()) {
                diagnostics.add(Diagnostic.unreadable(SourcePosition.UNKNOWN, path + ".name", "no name after '1. Name and Address of Reporting Person'"));
            }
            String blockText = labels.size() > 1 ? block.joined() : relationshipText;
            SourcePosition at = block.rows().get(0).cells().isEmpty() ? SourcePosition.UNKNOWN : block.rows().get(0).cells().get(0).position();
            owners.add(owner(block, path, name, labels.size() > 1 ? block : header, blockText, at));
        }
        if (owners.isEmpty()) {
            diagnostics.add(Diagnostic.unreadable(SourcePosition.UNKNOWN, "reportingOwners",
                    "no '1. Name and Address of Reporting Person' box found"));
        }
        return owners;
    }

    private ReportingOwner owner(HeaderText block, String path, Optional<HeaderText.Found> name, HeaderText boxes,
                                 String boxText, SourcePosition boxAt) {
        FieldValue<String> city = FieldValue.absent();
        FieldValue<String> state = FieldValue.absent();
        FieldValue<String> zip = FieldValue.absent();
        int cityRow = -1;
        int[] band = ownerBand(block);
        for (int r = 0; r < block.rows().size() && cityRow < 0; r++) {
            List<HeaderText.Found> candidates = new ArrayList<>();
            for (SourceCell cell : block.rows().get(r).cells()) {
                candidates.add(new HeaderText.Found(cell.text(), cell.position()));
            }
            // city, state and zip in cells of their own (an HTML table, layout text): the band's cells together
            if (band != null && block.sameGrid(0, r)) {
                block.textIn(r, band).ifPresent(candidates::add);
            }
            for (HeaderText.Found candidate : candidates) {
                Matcher m = CITY_STATE_ZIP.matcher(candidate.text());
                if (m.matches()) {
                    SourcePosition at = candidate.position();
                    city = FieldValue.read(m.group(1).trim(), at);
                    state = FieldValue.read(m.group(2), at);
                    zip = FieldValue.read(m.group(3), at);
                    cityRow = r;
                    break;
                }
            }
        }
        if (cityRow < 0 && band != null) {
            // a city, state and zip whose cells hold several lines: the band's cells between (Street) and (City)
            List<HeaderText.At> street = block.find(STREET_CAPTION);
            List<HeaderText.At> cityCaption = block.find(CITY_CAPTION);
            if (!street.isEmpty() && !cityCaption.isEmpty() && block.sameGrid(street.get(0).row(), cityCaption.get(0).row())) {
                Optional<HeaderText.Found> text = block.columnText(street.get(0).row() + 1, cityCaption.get(0).row(), band);
                Matcher m = text.map(t -> CITY_STATE_ZIP.matcher(t.text())).orElse(null);
                if (m != null && m.matches()) {
                    SourcePosition at = text.get().position();
                    city = FieldValue.read(m.group(1).trim(), at);
                    state = FieldValue.read(m.group(2), at);
                    zip = FieldValue.read(m.group(3), at);
                    cityRow = cityCaption.get(0).row();
                }
            }
        }
        if (cityRow < 0) {
            diagnostics.add(Diagnostic.unreadable(boxAt, path + ".city", "no 'CITY ST 12345' line found above '(City) (State) (Zip)'"));
        }
        List<FieldValue<String>> street = street(block, path, boxAt);
        FieldValue<Boolean> director = checkbox(DIRECTOR, DIRECTOR_START, boxes, boxText);
        FieldValue<Boolean> tenPercent = checkbox(TEN_PERCENT, TEN_PERCENT_START, boxes, boxText);
        FieldValue<Boolean> officer = checkbox(OFFICER, OFFICER_START, boxes, boxText);
        FieldValue<Boolean> other = checkbox(OTHER, OTHER_START, boxes, boxText);
        FieldValue<String> title = textAfter(block, OFFICER_CAPTION, Pattern.compile("^\\s*([^|]*?)\\s*(Other \\(specify below\\)|$)"));
        FieldValue<String> otherText = textAfter(block, OTHER_CAPTION, Pattern.compile("^\\s*([^|]+?)\\s*$"));
        if (!title.isPresent() && !otherText.isPresent()
                && (Boolean.TRUE.equals(officer.value()) || Boolean.TRUE.equals(other.value()))) {
            // what a checked box asks for, printed under the labels
            List<FieldValue<String>> below = relationshipTexts(boxes);
            title = Boolean.TRUE.equals(officer.value()) ? below.get(0) : FieldValue.absent();
            otherText = Boolean.TRUE.equals(other.value()) ? below.get(1) : FieldValue.absent();
            if (!title.isPresent() && Boolean.TRUE.equals(officer.value()) && !Boolean.TRUE.equals(other.value())) {
                title = below.get(1); // a single text in a centred cell under both labels
            }
        }
        if (title.isPresent() && !Boolean.TRUE.equals(officer.value())) {
            officer = new FieldValue<>(Boolean.TRUE, List.of(), title.position(), Provenance.INFERRED);
            diagnostics.add(Diagnostic.inferred(title.position(), path + ".isOfficer",
                    "officer title '" + title.value() + "' is given, which the form asks only of an officer"));
        }
        if (otherText.isPresent() && !Boolean.TRUE.equals(other.value())) {
            other = new FieldValue<>(Boolean.TRUE, List.of(), otherText.position(), Provenance.INFERRED);
            diagnostics.add(Diagnostic.inferred(otherText.position(), path + ".isOther",
                    "text '" + otherText.value() + "' is given under Other (specify below)"));
        }
        FieldValue<String> nameValue = name.map(f -> FieldValue.read(f.text(), f.position())).orElse(FieldValue.absent());
        return new ReportingOwner(FieldValue.absent(), nameValue, street.get(0), street.get(1), city, state, zip,
                director, officer, tenPercent, other, title, otherText);
    }

    /**
     * Street lines stand between the "(Last) (First) (Middle)" caption and "(Street)". Without the "(Street)"
     * caption there is no telling street text from OCR debris, so both lines are null with a diagnostic.
     */
    private List<FieldValue<String>> street(HeaderText block, String path, SourcePosition boxAt) {
        List<HeaderText.At> streetCaption = block.find(STREET_CAPTION);
        if (streetCaption.isEmpty()) {
            streetCaption = cutCaption(block, "(Street)");
        }
        List<HeaderText.At> middleCaption = block.find(MIDDLE_CAPTION);
        if (streetCaption.isEmpty() || middleCaption.isEmpty()) {
            String debris = middleCaption.isEmpty() ? "" : block.textAfter(middleCaption.get(0), MIDDLE_CAPTION);
            diagnostics.add(Diagnostic.unreadable(boxAt, path + ".street1",
                    "no '(Street)' caption found, street lines unreadable" + (debris.isEmpty() ? "" : "; fragments: '" + debris + "'")));
            return List.of(FieldValue.absent(), FieldValue.absent());
        }
        HeaderText.At from = middleCaption.get(0);
        HeaderText.At to = streetCaption.get(0);
        // Box 1 is one column of the printed form: street lines stand in the caption's column, between the
        // name's "(Last) (First) (Middle)" and "(Street)"; other boxes share those rows in other columns.
        List<FieldValue<String>> lines = new ArrayList<>();
        int[] band = ownerBand(block);
        for (int r = from.row() + 1; r < to.row(); r++) {
            List<SourceCell> cells = block.rows().get(r).cells();
            SourceCell cell;
            if (band != null && block.sameGrid(0, r)) {
                Optional<SourceCell> inBand = block.cellIn(r, band);
                if (inBand.isEmpty()) {
                    continue; // the row holds only other boxes' text
                }
                cell = inBand.get();
            } else if (to.firstCell() < cells.size()) {
                cell = cells.get(to.firstCell());
            } else {
                continue;
            }
            String text = cell.text().trim();
            if (!text.isEmpty() && !NAME_LABEL.matcher(text).find()) {
                lines.add(FieldValue.read(text, HeaderText.positionOf(cell, text)));
            }
        }
        while (lines.size() < 2) {
            lines.add(FieldValue.absent());
        }
        if (lines.size() > 2) {
            String rest = String.join(" ", lines.subList(1, lines.size()).stream().map(f -> f.value()).toList());
            return List.of(lines.get(0), FieldValue.read(rest, lines.get(1).position()));
        }
        return lines;
    }

    /** Box 1's band in an owner block (its first row holds the caption), or null without geometry. */
    private static int[] ownerBand(HeaderText block) {
        List<HeaderText.At> caption = block.find(NAME_LABEL);
        return caption.isEmpty() ? null : block.band(caption.get(0).row(), caption.get(0).firstCell());
    }

    /**
     * A caption cut so badly that characters were lost ("tre | et)" for "(Street)"): a row whose first
     * non-empty cells, joined, are a piece of at least four characters of the caption and nothing else.
     */
    private static List<HeaderText.At> cutCaption(HeaderText block, String caption) {
        for (int r = 0; r < block.rows().size(); r++) {
            List<SourceCell> cells = block.rows().get(r).cells();
            StringBuilder joined = new StringBuilder();
            int first = -1;
            for (int c = 0; c < cells.size() && c < 3; c++) {
                if (!cells.get(c).isBlank()) {
                    first = first < 0 ? c : first;
                    joined.append(cells.get(c).text().replace(" ", ""));
                }
            }
            if (joined.length() >= 4 && caption.contains(joined) && first >= 0) {
                return List.of(new HeaderText.At(r, first, first));
            }
        }
        return List.of();
    }

    private FieldValue<String> textAfter(HeaderText block, Pattern label, Pattern accept) {
        Optional<HeaderText.Found> found = block.valueInLabelCell(label, accept);
        return found.filter(f -> !f.text().isBlank() && f.text().chars().anyMatch(Character::isLetter)
                        && !isLabelText(f.text()))
                .map(f -> FieldValue.read(f.text(), f.position())).orElse(FieldValue.absent());
    }

    private static final Pattern RELATIONSHIP_CAPTION = caption("Relationship of Reporting Person", "");
    /** What stands in box 5 that is no officer title or other text: its labels, their second lines, marks. */
    private static final Pattern BOX_FIVE_WORDING = Pattern.compile(
            "(?i)^(?:[Xx✓✔☒☑■]|\\(X\\)|\\[X\\]|below\\)|\\(check all applicable\\)|director|10% owner|.*\\(give title.*|.*\\(specify.*)$");

    /**
     * Box 5's texts under its checkboxes where rows have geometry: the officer title under "Officer (give title
     * below)", the other text under "Other (specify below)" (in one centred cell, a text is the officer's).
     * Returns {title, other}, each possibly absent.
     */
    private static List<FieldValue<String>> relationshipTexts(HeaderText boxes) {
        List<FieldValue<String>> none = List.of(FieldValue.absent(), FieldValue.absent());
        List<HeaderText.At> caption = boxes.find(RELATIONSHIP_CAPTION);
        List<HeaderText.At> officer = boxes.find(OFFICER_START);
        if (caption.isEmpty() || officer.isEmpty()) {
            return none;
        }
        int[] band = boxes.band(caption.get(0).row(), caption.get(0).firstCell());
        if (band == null) {
            return none;
        }
        List<HeaderText.At> other = boxes.find(OTHER_START);
        int otherX = other.isEmpty() ? Integer.MAX_VALUE
                : boxes.rows().get(other.get(0).row()).cells().get(other.get(0).firstCell()).x0();
        int from = Math.max(officer.get(0).row(), other.isEmpty() ? 0 : other.get(0).row()) + 1;
        // The texts stand on the rows under the labels, a text over several lines if its cell holds several,
        // down to the next box's caption in the band (box 6) or a blank stretch.
        StringBuilder titleText = new StringBuilder();
        StringBuilder otherTextText = new StringBuilder();
        SourcePosition titleAt = null;
        SourcePosition otherAt = null;
        for (int r = from; r < Math.min(boxes.rows().size(), from + 6) && boxes.sameGrid(caption.get(0).row(), r); r++) {
            boolean stop = false;
            for (SourceCell cell : boxes.rows().get(r).cells()) {
                String text = cell.text().trim();
                if (cell.isBlank() || !cell.overlaps(band[0], band[1])) {
                    continue;
                }
                if (HeaderText.isBoxCaption(text) || text.toLowerCase(java.util.Locale.ROOT).startsWith("form filed by")) {
                    stop = true; // box 6: box 5 ended
                    break;
                }
                if (BOX_FIVE_WORDING.matcher(text).matches() || text.chars().noneMatch(Character::isLetter) && titleAt == null) {
                    continue;
                }
                if (cell.x0() >= otherX) {
                    otherTextText.append(otherTextText.isEmpty() ? "" : " ").append(text);
                    otherAt = otherAt == null ? cell.position() : otherAt;
                } else {
                    titleText.append(titleText.isEmpty() ? "" : " ").append(text);
                    titleAt = titleAt == null ? cell.position() : titleAt;
                }
            }
            if (stop) {
                break;
            }
        }
        FieldValue<String> title = titleAt == null ? FieldValue.absent() : FieldValue.read(titleText.toString(), titleAt);
        FieldValue<String> otherText = otherAt == null ? FieldValue.absent() : FieldValue.read(otherTextText.toString(), otherAt);
        return List.of(title, otherText);
    }

    private static boolean isLabelText(String text) {
        return text.matches("(?i).*(\\(specify below\\)|\\(give title below\\)|Individual or Joint|Form filed by).*");
    }

    private FieldValue<Boolean> jointFiling() {
        FieldValue<Boolean> one = checkbox(ONE_PERSON, ONE_PERSON_START, header, header.joined());
        FieldValue<Boolean> more = checkbox(MORE_PERSONS, MORE_PERSONS_START, header, header.joined());
        if (Boolean.TRUE.equals(one.value())) {
            return new FieldValue<>(Boolean.FALSE, List.of(), one.position(), Provenance.READ);
        }
        if (Boolean.TRUE.equals(more.value())) {
            return new FieldValue<>(Boolean.TRUE, List.of(), more.position(), Provenance.READ);
        }
        return FieldValue.absent();
    }

    /**
     * A checkbox: an X in a cell of its own that stands before the label (geometry), or an X just before the
     * label in the text: true; the label found without X: false; the label not found: null.
     */
    private static FieldValue<Boolean> checkbox(Pattern label, Pattern start, HeaderText where, String text) {
        FieldValue<Boolean> read = checkbox(label, text);
        Optional<Boolean> marked = where.checkboxes(LABEL_STARTS).checked(start, LABEL_STARTS);
        if (marked.isEmpty() || Boolean.TRUE.equals(read.value())) {
            return read;
        }
        return FieldValue.of(marked.get());
    }

    /** X before the label: true; label intact without X: false; label not found: null. */
    private static FieldValue<Boolean> checkbox(Pattern label, String text) {
        Matcher m = label.matcher(text);
        if (!m.find()) {
            return FieldValue.absent();
        }
        return FieldValue.of(X_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find());
    }
}
