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
    // Compiled once: String's matches, replaceAll and split compile their regex on every call, and these run per
    // line, per box or per owner.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_SPACES_OR_STARS = Pattern.compile("^[\\s*]+|\\s+$");
    /** Lone punctuation after a line's words, one piece or several ("ONE MICROSOFT WAY : -"). */
    private static final Pattern TRAILING_DEBRIS = Pattern.compile("(?:\\s+[-.,:;•_|~]+)+\\s*$");
    private static final Pattern LEADING_DEBRIS = Pattern.compile("^\\s*[-,;•_|]+\\s+");
    private static final Pattern GAPS_AND_COMMAS = Pattern.compile("[\\s|,]+");
    private static final Pattern THREE_LETTERS = Pattern.compile("(?s).*\\p{L}{3}.*");
    private static final Pattern TWO_LETTERS = Pattern.compile("(?s).*\\p{L}{2}.*");
    private static final Pattern NAME_BREAK = Pattern.compile("[\\s,.]+");
    private static final Pattern TRAILING_MARK = Pattern.compile("\\s+[Xx✓✔☒☑■]$");
    private static final Pattern LABEL_TEXT =
            Pattern.compile("(?i).*(\\(specify below\\)|\\(give title below\\)|Individual or Joint|Form filed by).*");
    /** The mark before a label: X, or as OCR reads it, "x", or X on the box's rule ("X__ Director"). */
    private static final Pattern X_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])[Xx]_*(?![\\p{L}\\p{N}])\\s*(?:\\|\\s*)*$");
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
    private static final Pattern NAME_VALUE = Pattern.compile("^[\\s*]*(?!\\d{1,2}\\.\\s)(" + NAME_CHAR + "*?[A-Za-z]" + NAME_CHAR
            + "*?)\\s*(\\(Last\\)|\\(First\\)|\\(Middle\\)|$)");
    /** The ticker's closing bracket, or what OCR reads for it before a space or the line's end ("[ MDB }"). */
    private static final String CLOSING = "(?:\\]|[}|](?=\\s|$))";
    private static final Pattern ISSUER_VALUE = Pattern.compile("^\\s*(.+?\\[\\s*[A-Za-z0-9.\\-]+\\s*" + CLOSING + ")");
    private static final Pattern ISSUER_PARTS = Pattern.compile("^(.+?)\\s*\\[\\s*([A-Za-z0-9.\\-]+)\\s*" + CLOSING + "$");
    /**
     * What stands to the right of box 1 on a line without columns (OCR): another box's numbered caption, box
     * 2's "[ TICKER ]", a date, box 5's and box 6's labels and marks (an X, or X on the box's rule: "BOTHA ROELOF
     * X__ Director"). Box 1 is the form's leftmost column, so a line's text up to the first of these is box 1's.
     */
    private static final Pattern OTHER_BOXES = Pattern.compile("(?i)\\s(?:[2-6][.,]\\s+(?:Issuer|Date|lf|If|Relationship|Individual)"
            // box 4's caption as OCR misreads its number or its "If" ("A. lf Amendment", "4, It Amendment"), or
            // loses one of them ("4. Amendment,", ". If Amendment,"); no corpus XML value holds "Amendment"
            + "|[2-6A][.,]\\s+\\S{1,3}\\s+Amendment|[2-6A][.,]\\s+Amendment|\\b[Il][ft]\\s+Amendment|Date of Original"
            + "|\\[|\\d{1,2}/\\d{1,2}/\\d{2,4}|X_*\\s+(?:Director|10%|Officer|Other|Form)|Director\\b|10% Owner|Officer \\(give"
            + "|Other \\(specify|\\(Check all|Form filed by|below\\)|Line\\))");
    private static final Pattern CARE_OF = Pattern.compile("(?i)c/o\\s");
    private static final Pattern MIDDLE_CAPTION = LabelPattern.of("(Middle)");
    private static final Pattern LAST_CAPTION = LabelPattern.of("(Last)");
    /** The name's sub-captions, after which its line may go on with the street ("(Middle) C/O GOOGLE INC. ..."). */
    private static final Pattern NAME_SUB_CAPTION = Pattern.compile("\\((?:Last|First|Middle)\\)");
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
        return LabelPattern.of(caption, suffix);
    }

    /** The box's caption (which may be cut at cell edges); its X mark is looked for just before it. */
    private static Pattern checkboxLabel(String caption) {
        return LabelPattern.leading(caption, 0);
    }

    /** Everything the header block gives. */
    record Header(Issuer issuer, List<ReportingOwner> owners, FieldValue<LocalDate> periodOfReport,
                  FieldValue<LocalDate> dateOfOriginalSubmission, FieldValue<Boolean> notSubjectToSection16,
                  FieldValue<Boolean> jointFiling, FieldValue<Boolean> aff10b5One) {
    }

    private final HeaderText header;
    private final List<Diagnostic> diagnostics;
    private final String preambleText;
    /** The text outside the header as given; lower-cased and its spaces collapsed on first use (rarely needed). */
    private final String elsewhereText;
    private String elsewhere;
    /** Box 2's value shares its line with box 1's name and where one ends is not printed: both names unread. */
    private boolean namesRunTogether;
    /** Box 1's name as the top band placed it (lines without columns), or null. */
    private HeaderText.Found bandOwner;
    /** The top band read box 1's name twice, differently, and nothing tells which is right: it stays unread. */
    private boolean ownerConflict;
    /** The signatures' and remarks' text, where the owner's name is spelled again. */
    private final String signedText;
    /** Box 2's issuer name as read, or null: its line among box 1's is no street line. */
    private String issuerName;
    /** The rows above the header, where OCR may have read box 1's values before its caption. */
    private final List<SourceRow> frontRows;
    /** The texts the checkboxes are read from (the preamble, a box's text), each compacted once for all labels. */
    private final java.util.Map<String, LabelPattern.Compacted> compacted = new java.util.HashMap<>();

    private HeaderReader(List<SourceRow> rows, List<SourceRow> frontMatter, String elsewhere, String signed,
                         List<Diagnostic> diagnostics) {
        this.header = new HeaderText(rows);
        this.signedText = signed;
        this.frontRows = frontMatter;
        this.diagnostics = diagnostics;
        this.elsewhereText = elsewhere;
        StringBuilder text = new StringBuilder();
        for (SourceRow row : frontMatter) {
            text.append(row.text()).append(" || ");
        }
        this.preambleText = text + header.joined();
    }

    /** The header's rows (box 1 of later owners included) and the rows above them, which hold the top checkboxes. */
    /**
     * {@code elsewhere}: the document's text outside the header (tables, notes, remarks), where the issuer's name
     * may stand again; {@code signed}: the signatures' and remarks' text, where the owner's name may.
     */
    static Header read(List<SourceRow> rows, List<SourceRow> frontMatter, String elsewhere, String signed,
                       List<Diagnostic> diagnostics) {
        return new HeaderReader(GarbledCaptions.restore(rows, diagnostics), frontMatter, elsewhere, signed, diagnostics).read();
    }

    private String elsewhere() {
        if (elsewhere == null) {
            elsewhere = SPACES.matcher(elsewhereText.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
        }
        return elsewhere;
    }

    private Header read() {
        Issuer issuer = issuer();
        FieldValue<LocalDate> period = date(EARLIEST_LABEL, "periodOfReport", true);
        FieldValue<LocalDate> original = date(AMENDMENT_LABEL, "dateOfOriginalSubmission", false);
        FieldValue<Boolean> jointFiling = jointFiling();
        List<ReportingOwner> owners = owners(issuer.name().value());
        if (!jointFiling.isPresent() && owners.size() > 1) {
            // box 6 unreadable, but the form lists more than one reporting person: filed by more than one
            SourcePosition at = owners.get(1).name().position();
            jointFiling = new FieldValue<>(Boolean.TRUE, List.of(), at, Provenance.INFERRED);
            diagnostics.add(Diagnostic.inferred(at, "jointFiling", "box 6 could not be read; the form lists "
                    + owners.size() + " reporting persons' boxes, so it is filed by more than one"));
        } else if (!jointFiling.isPresent() && owners.size() == 1
                && header.find(NAME_LABEL).stream().map(HeaderText.At::row).distinct().count() == 1) {
            // box 6 unreadable, and box 1 printed once: a joint filing prints each person's box 1 (the 22
            // multi-owner filings of testdata/converters show two captions at least in all five converters' text,
            // the 91 others one or, in the degraded scans, none)
            SourceRow boxOne = header.rows().get(header.find(NAME_LABEL).get(0).row());
            SourcePosition at = firstCellAt(boxOne);
            jointFiling = new FieldValue<>(Boolean.FALSE, List.of(), at, Provenance.INFERRED);
            diagnostics.add(Diagnostic.inferred(at, "jointFiling", "box 6 could not be read; the form prints one"
                    + " reporting person's box 1 and no other, so it is filed by one"));
        }
        return new Header(issuer, owners, period, original, checkbox(NOT_SUBJECT, NOT_SUBJECT_START, header, preambleText),
                jointFiling, checkbox(RULE_10B5_1, RULE_10B5_1_START, header, preambleText));
    }

    private Issuer issuer() {
        Optional<TopBand.Reading> band = topBand();
        if (band.isPresent()) {
            return issuerInBand(band.get());
        }
        Optional<HeaderText.Found> found = header.valueAfter(ISSUER_LABEL, ISSUER_VALUE);
        if (found.isEmpty() && header.find(ISSUER_LABEL).isEmpty()) {
            diagnostics.add(new Diagnostic(Diagnostic.Severity.ERROR, Diagnostic.Kind.UNREADABLE, where(), "issuer",
                    "no box 2 'Issuer Name and Ticker or Trading Symbol' found " + lookedIn()));
            return new Issuer(FieldValue.absent(), FieldValue.absent(), FieldValue.absent());
        }
        if (found.isEmpty()) {
            diagnostics.add(Diagnostic.unreadable(header.labelAt(ISSUER_LABEL), "issuer",
                    "no issuer name and ticker found after '2. Issuer Name and Ticker or Trading Symbol'"));
            return new Issuer(FieldValue.absent(), FieldValue.absent(), FieldValue.absent());
        }
        Matcher parts = ISSUER_PARTS.matcher(found.get().text());
        if (parts.matches() && sharesBoxOnesLine()) {
            return issuerBesideOwner(parts, found.get().position());
        }
        int shared = parts.matches() && HeaderText.isBoxCaption(parts.group(1)) ? stackedCaptionsValueRow() : -1;
        if (shared >= 0) {
            // box 2's value as read ran over another box's caption: the captions stand one under another, and the
            // line under them holds box 1's and box 2's values together
            Matcher value = ISSUER_VALUE.matcher(header.rows().get(shared).text());
            Matcher beside = value.find() ? ISSUER_PARTS.matcher(value.group(1).trim()) : null;
            if (beside != null && beside.matches()) {
                return issuerBesideOwner(beside, firstCellAt(header.rows().get(shared)));
            }
        }
        if (!parts.matches()) {
            return new Issuer(FieldValue.absent(), FieldValue.read(found.get().text(), found.get().position()), FieldValue.absent());
        }
        FieldValue<String> ticker = FieldValue.read(parts.group(2).trim(), found.get().position());
        if (HeaderText.isBoxCaption(parts.group(1))) {
            // what stands before "[ TICKER ]" is another box's caption ("1. Name and Address of Reporting Person [ LNKD
            // ]"): OCR lost the issuer's name, and a caption is no name
            diagnostics.add(Diagnostic.unreadable(found.get().position(), "issuer.name", "box 2's value reads '"
                    + parts.group(1).trim() + "' before its ticker, a box's caption: the issuer's name is not printed there"));
            return new Issuer(FieldValue.absent(), FieldValue.absent(), ticker);
        }
        return new Issuer(FieldValue.absent(), FieldValue.read(parts.group(1).trim(), found.get().position()), ticker);
    }

    /**
     * On lines without columns, box 2's caption on box 1's line means their values share the lines under it too
     * (OCR: "COOK TIMOTHY D Apple Inc. [ AAPL ]").
     */
    private boolean sharesBoxOnesLine() {
        return captionsLine() >= 0;
    }

    /** The row of box 1's and box 2's captions on one line without columns, or -1. */
    private int captionsLine() {
        for (HeaderText.At at : header.find(ISSUER_LABEL)) {
            SourceRow row = header.rows().get(at.row());
            if (!row.hasGeometry() && NAME_LABEL.matcher(row.text()).find()) {
                return at.row();
            }
        }
        return -1;
    }

    /** A line that is only a parenthesised note: "(Check all applicable)". */
    private static final Pattern NOTE_IN_PARENTHESES = Pattern.compile("^\\s*\\([^()]*\\)\\s*$");

    /**
     * OCR that reads the top band's captions one under another ("1. Name and Address of Reporting Person" / "2.
     * Issuer Name and Ticker or Trading Symbol" / "5. Relationship ..." / "(Check all applicable)") reads the
     * values under them as one line too, "OWNER ISSUER [ TICKER ]" ("Hoffman Reid MICROSOFT CORP [ Msrr ]"): box
     * 1's caption with nothing after it, then only captions, blank lines and notes in parentheses down to the first
     * line of text, which holds box 2's "[ ... ]". That line's row, or -1 where the band is not so read.
     */
    private int stackedCaptionsValueRow() {
        List<HeaderText.At> name = header.find(NAME_LABEL);
        List<HeaderText.At> issuer = header.find(ISSUER_LABEL);
        if (name.isEmpty() || issuer.isEmpty() || issuer.get(0).row() <= name.get(0).row()) {
            return -1;
        }
        int from = name.get(0).row();
        SourceRow caption = header.rows().get(from);
        Matcher label = NAME_LABEL.matcher(caption.text());
        if (caption.hasGeometry() || !label.find() || TWO_LETTERS.matcher(caption.text().substring(label.end())).matches()) {
            return -1;
        }
        for (int r = from + 1; r < header.rows().size(); r++) {
            SourceRow row = header.rows().get(r);
            String text = row.text();
            if (row.hasGeometry()) {
                return -1;
            }
            if (text.isBlank() || HeaderText.isBoxCaption(text) || NOTE_IN_PARENTHESES.matcher(text).matches()) {
                continue;
            }
            return r > issuer.get(0).row() && ISSUER_VALUE.matcher(text).find() ? r : -1;
        }
        return -1;
    }

    /** The top band read across boxes 1, 2 and 5 where their captions share a line without columns. */
    private Optional<TopBand.Reading> topBand() {
        int row = captionsLine();
        return row < 0 ? Optional.empty() : TopBand.read(header, row, issuerEvidence(), signedText);
    }

    /** Box 2 as the top band gave it; box 1's name, when the band placed it, is kept for {@link #owners}. */
    private Issuer issuerInBand(TopBand.Reading band) {
        FieldValue<String> ticker = FieldValue.read(band.ticker().text(), band.ticker().position());
        bandOwner = band.owner();
        if (band.ownerConflict() != null) {
            ownerConflict = true;
            diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.AMBIGUOUS, band.ownerConflict().position(),
                    "reportingOwners[0].name", "box 1's name is read twice, " + band.ownerConflict().text()
                            + ", and the signature spells neither; the name is left unread"));
        }
        if (band.runTogether() != null) {
            namesRunTogether = true;
            diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.AMBIGUOUS, band.runTogether().position(),
                    "issuer.name", "box 2's value '" + band.runTogether().text() + "' shares its line with box 1's name, and"
                            + " neither the issuer's name printed elsewhere nor the owner's in the signature or remarks shows"
                            + " where one ends; the issuer's and the owner's names are left unread"));
            return new Issuer(FieldValue.absent(), FieldValue.absent(), ticker);
        }
        if (band.issuer() == null) {
            diagnostics.add(Diagnostic.unreadable(band.ticker().position(), "issuer.name",
                    "no issuer name before the ticker '" + band.ticker().text() + "' in box 2"));
            return new Issuer(FieldValue.absent(), FieldValue.absent(), ticker);
        }
        if (band.splitByCase()) {
            SourcePosition at = band.issuer().position();
            diagnostics.add(Diagnostic.inferred(at, "issuer.name", "box 2's value shares its line with box 1's name and"
                    + " neither name is printed again; the names change case where one ends, '" + band.owner().text()
                    + "' and '" + band.issuer().text() + "', as the page prints each as filed"));
            return new Issuer(FieldValue.absent(), new FieldValue<>(band.issuer().text(), List.of(), at, Provenance.INFERRED), ticker);
        }
        return new Issuer(FieldValue.absent(), FieldValue.read(band.issuer().text(), band.issuer().position()), ticker);
    }

    /** Where the issuer's name may stand again: the text outside the header and box 1's care-of lines. */
    private String issuerEvidence() {
        StringBuilder boxes = new StringBuilder(elsewhereText);
        for (SourceRow row : header.rows()) {
            String text = row.text().strip();
            if (CARE_OF.matcher(text).lookingAt()) {
                boxes.append('\n').append(text);
            }
        }
        return boxes.toString();
    }

    /**
     * "OWNER ISSUER [ TICKER ]" on one line: the issuer's name is the end of the text that the document prints
     * again elsewhere (a footnote, the remarks); with no such evidence, where the owner's name ends is not
     * printed, so both names are left unread and said so. The ticker is certain either way.
     */
    private Issuer issuerBesideOwner(Matcher parts, SourcePosition at) {
        String[] words = SPACES.split(parts.group(1).trim());
        FieldValue<String> ticker = FieldValue.read(parts.group(2).trim(), at);
        // box 1's care-of line names the issuer where the owner gives the company's address ("C/O AURORA
        // INNOVATION, INC."): evidence as good as a footnote's
        String evidence = SPACES.matcher(issuerEvidence().toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
        for (int start = 1; start < words.length; start++) {
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
            if (candidate.length() >= 5 && evidence.contains(candidate.toLowerCase(java.util.Locale.ROOT))) {
                return new Issuer(FieldValue.absent(), FieldValue.read(candidate, at), ticker);
            }
        }
        namesRunTogether = true;
        diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.AMBIGUOUS, at, "issuer.name",
                "box 2's value '" + parts.group(1).trim() + "' shares its line with box 1's name, and no text of the"
                        + " document shows where one ends; the issuer's and the owner's names are left unread"));
        return new Issuer(FieldValue.absent(), FieldValue.absent(), ticker);
    }

    /** Where the header was looked for: its first row, or the document's start. */
    private SourcePosition where() {
        return header.rows().isEmpty() ? new SourcePosition(1, 1) : new SourcePosition(header.rows().get(0).line(), 1);
    }

    private String lookedIn() {
        if (header.rows().isEmpty()) {
            return "(no rows of the header: no box caption before the tables)";
        }
        return "in the header's rows (lines " + header.rows().get(0).line() + "-"
                + header.rows().get(header.rows().size() - 1).lastLine() + ") and the owners' boxes after the tables";
    }

    private FieldValue<LocalDate> date(Pattern label, String field, boolean required) {
        Optional<HeaderText.Found> found = header.valueAfter(label, DATE_VALUE);
        if (found.isEmpty()) {
            found = dateOnLines(label);
        }
        if (found.isPresent()) {
            Optional<LocalDate> date = RowReader.date(found.get().text());
            if (date.isPresent()) {
                return FieldValue.read(date.get(), found.get().position());
            }
            diagnostics.add(Diagnostic.unreadable(found.get().position(), field, "'" + found.get().text() + "' is not a date"));
        } else if (required) {
            diagnostics.add(Diagnostic.unreadable(header.labelAt(label), field, "no date found after its label"));
        }
        return FieldValue.absent();
    }

    private static final Pattern ANY_DATE = Pattern.compile("\\b(\\d{1,2}/\\d{1,2}/\\d{4})\\b");

    /** Where the row's first cell stands, for a diagnostic about the row; unknown for a row without cells. */
    private static SourcePosition firstCellAt(SourceRow row) {
        return row.cells().isEmpty() ? SourcePosition.UNKNOWN : row.cells().get(0).position();
    }

    /**
     * Box 3 unplaced (OCR read the band box by box and put its date lines away from the caption): a date printed in
     * the header is box 3's when it is the header's only date and the earliest transaction's date, which box 3
     * asks for (in 318 of the 323 corpus filings periodOfReport is the earliest transaction date of the tables;
     * box 4's date, the only other date of the header, is an original filing's, after its transactions).
     */
    static Header withPeriodFromTables(Header header, List<SourceRow> headerRows, List<LocalDate> transactionDates,
                                       List<Diagnostic> diagnostics) {
        if (header.periodOfReport().isPresent() || transactionDates.isEmpty()) {
            return header;
        }
        LocalDate earliest = java.util.Collections.min(transactionDates);
        java.util.Set<LocalDate> printed = new java.util.HashSet<>();
        SourcePosition at = null;
        for (SourceRow row : headerRows) {
            Matcher m = ANY_DATE.matcher(row.text());
            while (m.find()) {
                Optional<LocalDate> date = RowReader.date(m.group(1));
                if (date.isPresent() && printed.add(date.get()) && date.get().equals(earliest)) {
                    at = firstCellAt(row);
                }
            }
        }
        if (printed.size() != 1 || at == null) {
            return header;
        }
        diagnostics.add(Diagnostic.inferred(at, "periodOfReport", "box 3's date not found under its caption; " + earliest
                + ", the header's only date, is the tables' earliest transaction date, which box 3 gives"));
        return new Header(header.issuer(), header.owners(), new FieldValue<>(earliest, List.of(), at, Provenance.INFERRED),
                header.dateOfOriginalSubmission(), header.notSubjectToSection16(), header.jointFiling(), header.aff10b5One());
    }

    /**
     * On lines without columns a date box's value is the first date after its caption, on the caption's line or
     * the next, whatever other boxes' text stands before it ("ONE APPLE PARK WAY 08/24/2021"): a date is the only
     * date-shaped value of the header's boxes 3 and 4, whose captions stand in the same column.
     */
    private Optional<HeaderText.Found> dateOnLines(Pattern label) {
        return dateOnLines(header, label).map(at -> {
            SourceRow row = header.rows().get(at[0]);
            return new HeaderText.Found(row.text().substring(at[1], at[2]), row.cells().get(0).position());
        });
    }

    /** The date of {@link #dateOnLines(Pattern)}: its row, and where it begins and ends on the row's text. */
    private static Optional<int[]> dateOnLines(HeaderText where, Pattern label) {
        List<HeaderText.At> caption = where.find(label);
        if (caption.isEmpty() || where.rows().get(caption.get(0).row()).hasGeometry()) {
            return Optional.empty();
        }
        int row = caption.get(0).row();
        for (int r = row; r < Math.min(where.rows().size(), row + 2); r++) {
            String text = where.rows().get(r).text();
            int from = 0;
            if (r == row) {
                Matcher m = label.matcher(text);
                from = m.find() ? m.end() : 0;
            }
            Matcher date = ANY_DATE.matcher(text);
            if (date.find(from)) {
                return Optional.of(new int[] {r, date.start(1), date.end(1)});
            }
        }
        return Optional.empty();
    }

    /** A line that is a piece of a text over lines: short, without a digit ("&", "Technology", "Life Sciences"). */
    private static final Pattern TEXT_PIECE = Pattern.compile("^\\s*[^\\d\\s]+(?:\\s+[^\\d\\s]+)?\\s*$");
    private static final Pattern OPEN_ENDS = Pattern.compile("^[&,\\-/].*|.*[&,\\-/]$");

    /**
     * Box 5's text right of box 3's date on lines without columns ("12/13/2022 Chief Financial Officer", "C/O
     * TESLA, INC. 12/02/2021 CEO"): box 5 is the band's right column, box 3 the middle one, so what follows the
     * date on its line is box 5's. Taken only whole: no piece of it after box 3's caption on the line above (only
     * the labels' "below)"), none on the line under it (a short line without digits, "&"), and no open end.
     */
    private static FieldValue<String> textBesideDate(HeaderText boxes) {
        Optional<int[]> date = dateOnLines(boxes, EARLIEST_LABEL);
        if (date.isEmpty()) {
            return FieldValue.absent();
        }
        int row = date.get()[0];
        int captionRow = boxes.find(EARLIEST_LABEL).get(0).row();
        Matcher caption = EARLIEST_LABEL.matcher(boxes.rows().get(captionRow).text());
        String afterCaption = caption.find() ? boxes.rows().get(captionRow).text().substring(caption.end()) : "";
        if (row == captionRow || afterCaption.chars().anyMatch(Character::isLetter) && !LABEL_ENDS.matcher(afterCaption).matches()) {
            return FieldValue.absent();
        }
        if (row + 1 < boxes.rows().size()) {
            String under = boxes.rows().get(row + 1).text();
            if (TEXT_PIECE.matcher(under).matches() && !HeaderText.isBoxCaption(under) && !OWNER_SUB_CAPTION.matcher(under).find()) {
                return FieldValue.absent();
            }
        }
        String text = withoutDebris(boxes.rows().get(row).text().substring(date.get()[2]).replace(" | ", " ")).trim();
        if (!TWO_LETTERS.matcher(text).matches() || OPEN_ENDS.matcher(text).matches() || HeaderText.isBoxCaption(text)
                || BOX_FIVE_WORDING.matcher(text).matches() || LABEL_ENDS.matcher(text).matches()) {
            return FieldValue.absent();
        }
        SourceCell cell = boxes.rows().get(row).cells().get(0);
        return FieldValue.read(text, HeaderText.positionOf(cell, text));
    }

    /** One owner per "1. Name and Address of Reporting Person" label; its address lies between it and "(City)". */
    private List<ReportingOwner> owners(String issuerName) {
        this.issuerName = issuerName;
        // One owner block per row holding box 1's caption: a caption read twice in one row (OCR) is one box.
        List<HeaderText.At> labels = new ArrayList<>();
        for (HeaderText.At at : header.find(NAME_LABEL)) {
            if (labels.isEmpty() || labels.get(labels.size() - 1).row() != at.row()) {
                labels.add(at);
            }
        }
        List<ReportingOwner> owners = new ArrayList<>();
        List<HeaderText> blocks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String relationshipText = header.joined();
        for (int i = 0; i < labels.size(); i++) {
            int fromRow = labels.get(i).row();
            int toRow = i + 1 < labels.size() ? labels.get(i + 1).row() : header.rows().size();
            HeaderText block = new HeaderText(header.rows().subList(fromRow, toRow));
            Optional<List<FieldValue<String>>> asLines = boxAsLines(block);
            Optional<List<FieldValue<String>>> around = i == 0 && !ownerConflict ? boxAroundCaption(fromRow) : Optional.empty();
            if (around.isPresent() && bandOwner != null && !bandOwner.text().equals(around.get().get(0).value())) {
                around = Optional.empty(); // the top band placed another name: nothing tells which is box 1's
            }
            asLines = around.isPresent() ? around : asLines;
            Optional<HeaderText.Found> name = around.isPresent()
                    ? Optional.of(new HeaderText.Found(around.get().get(0).value(), around.get().get(0).position()))
                    : i == 0 && ownerConflict ? Optional.empty()
                    : i == 0 && bandOwner != null ? Optional.of(bandOwner) : asLines.isPresent()
                    ? Optional.of(new HeaderText.Found(asLines.get().get(0).value(), asLines.get().get(0).position()))
                    : block.rows().get(0).hasGeometry() ? block.valueAfter(NAME_LABEL, NAME_VALUE) : nameOnLines(block, issuerName);
            if (namesRunTogether && owners.isEmpty() && name.isPresent()) {
                diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.AMBIGUOUS, name.get().position(),
                        "reportingOwners[0].name", "'" + name.get().text() + "' runs into box 2's value on its line;"
                        + " the name is left unread"));
                name = Optional.empty();
            }
            String key = name.map(f -> SPACES.matcher(f.text()).replaceAll(" ").toLowerCase(java.util.Locale.ROOT)).orElse(null);
            if (key != null && names.contains(key)) {
                // The SEC's page of a joint filing lists every owner's box after Table II, the first one too.
                diagnostics.add(new Diagnostic(Diagnostic.Severity.INFO, Diagnostic.Kind.NOISE, name.get().position(),
                        "reportingOwners[" + names.indexOf(key) + "]", "box 1 of '" + name.get().text()
                        + "' stands again at line " + name.get().position().line() + "; read as the same reporting owner"));
                int first = names.indexOf(key);
                owners.set(first, withRepeatedAddress(owners.get(first), "reportingOwners[" + first + "]", block, name,
                        labels.size() > 1 ? block : header, labels.size() > 1 ? block.joined() : relationshipText));
                continue;
            }
            names.add(key);
            String path = "reportingOwners[" + owners.size() + "]";
            if (name.isEmpty() && !(owners.isEmpty() && ownerConflict)) {
                diagnostics.add(Diagnostic.unreadable(block.labelAt(NAME_LABEL), path + ".name", "no name after '1. Name and Address of Reporting Person'"));
            }
            // a joint filing: each owner's box 5 stands in its own block, the first owner's also above its box 1,
            // where OCR may read the top band's boxes 2, 3 and 5 before box 1 ("5. Relationship ..." / "X Director
            // X 10% Owner" / "1. Name and Address of Reporting Person")
            HeaderText boxes = labels.size() == 1 ? header : i == 0 && fromRow > 0
                    ? new HeaderText(header.rows().subList(0, toRow)) : block;
            String blockText = labels.size() > 1 ? boxes.joined() : relationshipText;
            SourcePosition at = firstCellAt(block.rows().get(0));
            if (around.isPresent()) {
                List<FieldValue<String>> a = around.get();
                owners.add(relationship(block, path, a.get(0), List.of(a.get(1), a.get(2)), a.get(3), a.get(4), a.get(5),
                        boxes, blockText));
            } else {
                owners.add(owner(block, path, name, boxes, blockText, at));
            }
            blocks.add(block);
        }
        for (int i = 0; i < owners.size(); i++) {
            owners.set(i, withSharedAddress(owners, i, blocks.get(i)));
        }
        if (owners.isEmpty()) {
            diagnostics.add(new Diagnostic(Diagnostic.Severity.ERROR, Diagnostic.Kind.UNREADABLE, where(),
                    "reportingOwners", "no box 1 'Name and Address of Reporting Person' found " + lookedIn()));
        }
        return owners;
    }

    private ReportingOwner owner(HeaderText block, String path, Optional<HeaderText.Found> name, HeaderText boxes,
                                 String boxText, SourcePosition boxAt) {
        Optional<List<FieldValue<String>>> inOneCell = boxAsLines(block);
        if (inOneCell.isPresent()) {
            List<FieldValue<String>> a = inOneCell.get();
            return relationship(block, path, a.get(0), List.of(a.get(1), a.get(2)), a.get(3), a.get(4), a.get(5),
                    boxes, boxText);
        }
        FieldValue<String> city = FieldValue.absent();
        FieldValue<String> state = FieldValue.absent();
        FieldValue<String> zip = FieldValue.absent();
        int cityRow = -1;
        int[] band = ownerBand(block);
        for (int r = 0; r < block.rows().size() && cityRow < 0; r++) {
            List<HeaderText.Found> candidates = new ArrayList<>();
            for (SourceCell cell : block.rows().get(r).cells()) {
                candidates.add(new HeaderText.Found(cell.text(), cell.position()));
                if (!block.rows().get(r).hasGeometry()) {
                    candidates.add(new HeaderText.Found(boxOneText(cell.text()), cell.position()));
                }
            }
            // city, state and zip in cells of their own (an HTML table, layout text): the band's cells together
            if (band != null && block.sameGrid(0, r)) {
                block.textIn(r, band).ifPresent(candidates::add);
            }
            boolean columns = block.rows().get(r).hasGeometry();
            for (HeaderText.Found candidate : candidates) {
                Optional<String[]> m = columns ? CityLine.read(candidate.text()) : CityLine.opening(candidate.text());
                if (m.isPresent()) {
                    SourcePosition at = candidate.position();
                    city = FieldValue.read(m.get()[0], at);
                    state = FieldValue.read(m.get()[1], at);
                    zip = m.get()[2] == null ? FieldValue.absent() : FieldValue.read(m.get()[2], at);
                    cityRow = r;
                    break;
                }
            }
        }
        if (band == null) {
            // lines without columns (pdf2md, OCR): the text between "(Street)" and "(City)", over lines or on one;
            // also where one line read as a city line is only the city's last line ("MOUNTAIN" / "VIEW CA 94043")
            Optional<HeaderText.Found> between = block.between(STREET_CAPTION, CITY_CAPTION);
            Optional<String[]> m = between.flatMap(t -> CityLine.read(t.text()));
            if (m.isEmpty()) {
                // other boxes' words beside the city's lines ("MOUNTAIN Form filed by One Reporting Person" /
                // "VIEW CA 94043 xX Form filed by More ..."): each line's box 1 part, joined
                between = block.between(STREET_CAPTION, CITY_CAPTION, HeaderReader::boxOneText);
                m = between.flatMap(t -> CityLine.opening(t.text()));
            }
            if (m.isEmpty() || m.get()[0].equals(city.value())) {
                // box 6's debris after a city's first line ("MOUNTAIN y porting" / "VIEW CA 94043"): a city line is
                // printed in capitals (all 345 corpus cities are), so each line's part before a lower-case word
                Optional<HeaderText.Found> capitals = block.between(STREET_CAPTION, CITY_CAPTION,
                        line -> capitalsOpening(boxOneText(line)));
                Optional<String[]> read = capitals.flatMap(t -> CityLine.opening(t.text()));
                if (read.isPresent()) {
                    between = capitals;
                    m = read;
                }
            }
            String cityRead = city.value();
            if (m.isPresent() && (cityRow < 0 || cityRead != null && m.get()[0].endsWith(" " + cityRead)
                    && m.get()[1].equals(state.value()))) {
                SourcePosition at = between.get().position();
                city = FieldValue.read(m.get()[0], at);
                state = FieldValue.read(m.get()[1], at);
                zip = m.get()[2] == null ? FieldValue.absent() : FieldValue.read(m.get()[2], at);
                cityRow = 0;
            }
        }
        if (cityRow < 0 && band != null) {
            // a city, state and zip whose cells hold several lines: the band's cells between (Street) and (City)
            List<HeaderText.At> street = block.find(STREET_CAPTION);
            List<HeaderText.At> cityCaption = block.find(CITY_CAPTION);
            if (!street.isEmpty() && !cityCaption.isEmpty() && block.sameGrid(street.get(0).row(), cityCaption.get(0).row())) {
                Optional<HeaderText.Found> text = block.columnText(street.get(0).row() + 1, cityCaption.get(0).row(), band);
                Optional<String[]> m = text.flatMap(t -> CityLine.read(t.text()));
                if (m.isPresent()) {
                    SourcePosition at = text.get().position();
                    city = FieldValue.read(m.get()[0], at);
                    state = FieldValue.read(m.get()[1], at);
                    zip = m.get()[2] == null ? FieldValue.absent() : FieldValue.read(m.get()[2], at);
                    cityRow = cityCaption.get(0).row();
                }
            }
        }
        if (cityRow < 0) {
            diagnostics.add(Diagnostic.unreadable(boxAt, path + ".city", "no 'CITY ST 12345' line found above '(City) (State) (Zip)'"));
        }
        List<FieldValue<String>> street = street(block, path, boxAt);
        FieldValue<String> nameValue = name.map(f -> FieldValue.read(f.text(), f.position())).orElse(FieldValue.absent());
        return relationship(block, path, nameValue, street, city, state, zip, boxes, boxText);
    }

    /**
     * The owner with the city line, or the street lines, that its first box left unread taken from the same box
     * printed again (the SEC's page of a joint filing lists every owner's box after Table II, the first one too):
     * the values are printed there, and a degraded scan spoils one copy and not the other.
     */
    private ReportingOwner withRepeatedAddress(ReportingOwner owner, String path, HeaderText block,
                                               Optional<HeaderText.Found> name, HeaderText boxes, String blockText) {
        boolean noCity = !owner.city().isPresent() && !owner.state().isPresent() && !owner.zipCode().isPresent();
        boolean noStreet = !owner.street1().isPresent() && !owner.street2().isPresent();
        if (!noCity && !noStreet) {
            return owner;
        }
        int before = diagnostics.size();
        ReportingOwner again = owner(block, path, name, boxes, blockText, firstCellAt(block.rows().get(0)));
        diagnostics.subList(before, diagnostics.size()).clear(); // the copy's own reading is not reported twice
        noCity &= again.city().isPresent();
        noStreet &= again.street1().isPresent();
        if (!noCity && !noStreet) {
            return owner;
        }
        List<String> found = new ArrayList<>(); // the fields no longer unread
        if (noCity) {
            found.addAll(List.of(path + ".city", path + ".state", path + ".zipCode"));
        }
        if (noStreet) {
            found.addAll(List.of(path + ".street1", path + ".street2"));
        }
        diagnostics.removeIf(d -> d.kind() == Diagnostic.Kind.UNREADABLE && found.contains(d.field()));
        SourcePosition at = (noCity ? again.city() : again.street1()).position();
        diagnostics.add(Diagnostic.inferred(at, path, "the " + (noCity && noStreet ? "street and city lines" : noCity
                ? "city line" : "street lines") + " of this owner's box 1, unread where it stands first, read where it"
                + " stands again at line " + at.line()));
        return new ReportingOwner(owner.cik(), owner.name(), noStreet ? again.street1() : owner.street1(),
                noStreet ? again.street2() : owner.street2(), noCity ? again.city() : owner.city(),
                noCity ? again.state() : owner.state(), noCity ? again.zipCode() : owner.zipCode(), owner.isDirector(),
                owner.isOfficer(), owner.isTenPercentOwner(), owner.isOther(), owner.officerTitle(), owner.otherText());
    }

    /**
     * A joint filing's owner whose city line OCR spoiled ("MOUNTAIN" / "VIEW oS =") takes the city, state and ZIP of
     * another owner's box of the same document whose street lines read the same and whose city line was read, when
     * this box's own text under "(Street)" opens with that city: of the 22 pairs of owners in the 323 corpus filings
     * that share both street lines, all 22 share the city, state and ZIP too. INFERRED, the other box named.
     */
    private ReportingOwner withSharedAddress(List<ReportingOwner> owners, int i, HeaderText block) {
        ReportingOwner owner = owners.get(i);
        if (owner.city().isPresent() || owner.state().isPresent() || owner.street1().value() == null) {
            return owner;
        }
        Optional<HeaderText.Found> own = block.between(STREET_CAPTION, CITY_CAPTION, HeaderReader::boxOneText);
        if (own.isEmpty()) {
            return owner;
        }
        for (ReportingOwner other : owners) {
            if (other == owner || !other.city().isPresent() || !other.state().isPresent()
                    || !owner.street1().value().equals(other.street1().value())
                    || !java.util.Objects.equals(owner.street2().value(), other.street2().value())) {
                continue;
            }
            String city = other.city().value();
            String text = own.get().text();
            if (!text.equals(city) && !text.startsWith(city + " ")) {
                continue;
            }
            String path = "reportingOwners[" + i + "]";
            SourcePosition at = own.get().position();
            diagnostics.removeIf(d -> d.kind() == Diagnostic.Kind.UNREADABLE && d.field().equals(path + ".city"));
            diagnostics.add(Diagnostic.inferred(at, path + ".city", "the city line under '(Street)' reads '" + text
                    + "'; the box at line " + other.city().position().line() + " has the same street lines and the city line '"
                    + city + " " + other.state().value() + (other.zipCode().isPresent() ? " " + other.zipCode().value() : "")
                    + "', which this one opens with: owners sharing their street lines share city, state and ZIP"
                    + " (22 of 22 such pairs in the corpus filings)"));
            return new ReportingOwner(owner.cik(), owner.name(), owner.street1(), owner.street2(),
                    new FieldValue<>(city, List.of(), at, Provenance.INFERRED),
                    new FieldValue<>(other.state().value(), List.of(), at, Provenance.INFERRED),
                    other.zipCode().isPresent() ? new FieldValue<>(other.zipCode().value(), List.of(), at, Provenance.INFERRED)
                            : FieldValue.absent(),
                    owner.isDirector(), owner.isOfficer(), owner.isTenPercentOwner(), owner.isOther(), owner.officerTitle(),
                    owner.otherText());
        }
        return owner;
    }

    /** Box 5's texts after their captions: the officer's title (up to "Other"), what "other" is. */
    // a converter may drop the space between the caption's lines ("Other (specifybelow)", pdf2md)
    private static final Pattern OFFICER_TITLE = Pattern.compile("^\\s*([^|]*?)\\s*(Other \\(specify ?below\\)|$)");
    private static final Pattern OTHER_TEXT = Pattern.compile("^\\s*([^|]+?)\\s*$");

    /** The owner with box 5's relationship to the issuer read beside box 1's name and address. */
    private ReportingOwner relationship(HeaderText block, String path, FieldValue<String> nameValue,
                                        List<FieldValue<String>> street, FieldValue<String> city, FieldValue<String> state,
                                        FieldValue<String> zip, HeaderText boxes, String boxText) {
        FieldValue<Boolean> director = checkbox(DIRECTOR, DIRECTOR_START, boxes, boxText);
        FieldValue<Boolean> tenPercent = checkbox(TEN_PERCENT, TEN_PERCENT_START, boxes, boxText);
        FieldValue<Boolean> officer = checkbox(OFFICER, OFFICER_START, boxes, boxText);
        FieldValue<Boolean> other = checkbox(OTHER, OTHER_START, boxes, boxText);
        List<FieldValue<String>> inLines = relationshipInLines(boxes, officer, other);
        FieldValue<String> title = inLines.get(0).isPresent() || inLines.get(1).isPresent() ? inLines.get(0)
                : textAfter(block, OFFICER_CAPTION, OFFICER_TITLE);
        FieldValue<String> otherText = inLines.get(0).isPresent() || inLines.get(1).isPresent() ? inLines.get(1)
                : textAfter(block, OTHER_CAPTION, OTHER_TEXT);
        if (!title.isPresent() && !otherText.isPresent()
                && (Boolean.TRUE.equals(officer.value()) || Boolean.TRUE.equals(other.value()))) {
            // what a checked box asks for, printed under the labels
            List<FieldValue<String>> below = relationshipTexts(boxes);
            title = Boolean.TRUE.equals(officer.value()) ? below.get(0) : FieldValue.absent();
            otherText = Boolean.TRUE.equals(other.value()) ? below.get(1) : FieldValue.absent();
            if (!title.isPresent() && Boolean.TRUE.equals(officer.value()) && !Boolean.TRUE.equals(other.value())) {
                title = below.get(1); // a single text in a centred cell under both labels
            }
            if (!otherText.isPresent() && Boolean.TRUE.equals(other.value()) && !Boolean.TRUE.equals(officer.value())) {
                otherText = below.get(0); // the only text, under labels in one column
            }
            if (!title.isPresent() && !otherText.isPresent() && Boolean.TRUE.equals(officer.value()) != Boolean.TRUE.equals(other.value())) {
                // one box checked: the text beside box 3's date is what it asks for
                FieldValue<String> beside = textBesideDate(boxes);
                title = Boolean.TRUE.equals(officer.value()) ? beside : title;
                otherText = Boolean.TRUE.equals(other.value()) ? beside : otherText;
            }
        }
        title = withoutEdgeDebris(title);
        otherText = withoutEdgeDebris(otherText);
        if (!title.isPresent() && otherText.isPresent() && Boolean.TRUE.equals(officer.value())
                && Boolean.FALSE.equals(other.value())) {
            // box 5 on one line, its texts after both labels ("X Officer (give title below) Other (specify below) CEO"):
            // with Officer checked and Other not, the one text is what the checked box asks for
            title = otherText;
            otherText = FieldValue.absent();
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
        List<HeaderText.At> lastCaption = block.find(LAST_CAPTION);
        if (!streetCaption.isEmpty() && !lastCaption.isEmpty() && !block.rows().get(lastCaption.get(0).row()).hasGeometry()
                && lastCaption.get(0).row() < streetCaption.get(0).row()
                && (middleCaption.isEmpty() || middleCaption.get(0).row() > lastCaption.get(0).row())) {
            // OCR lost "(Middle)" or read it on a line of its own after the street lines ("(Last) (First)" /
            // "C/O SEQUOIA CAPITAL," / "2800 SAND HILL ROAD SUITE 101" / "(Middle)"): the name's "(Last)" opens them
            return linesBetween(block, lastCaption.get(0), streetCaption.get(0), issuerName);
        }
        if (streetCaption.isEmpty() || middleCaption.isEmpty()) {
            String debris = middleCaption.isEmpty() ? "" : block.textAfter(middleCaption.get(0), MIDDLE_CAPTION);
            diagnostics.add(Diagnostic.unreadable(boxAt, path + ".street1",
                    "no '(Street)' caption found, street lines unreadable" + (debris.isEmpty() ? "" : "; fragments: '" + debris + "'")));
            return List.of(FieldValue.absent(), FieldValue.absent());
        }
        HeaderText.At from = middleCaption.get(0);
        HeaderText.At to = streetCaption.get(0);
        if (!block.rows().get(from.row()).hasGeometry()) {
            return linesBetween(block, from, to, issuerName);
        }
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
        return twoStreetLines(lines);
    }

    private static final Pattern TICKER_BRACKETS = Pattern.compile("^(.+?)\\[\\s*[A-Za-z0-9.\\-]+\\s*\\]");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Box 2's value alone on its line: the issuer's name as read, then its ticker in brackets. */
    private static boolean isIssuerLine(String line, String issuerName) {
        Matcher m = TICKER_BRACKETS.matcher(line.trim());
        if (issuerName == null || !m.find()) {
            return false;
        }
        String before = NOT_ALPHANUMERIC.matcher(m.group(1)).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        String issuer = NOT_ALPHANUMERIC.matcher(issuerName).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        return !issuer.isEmpty() && before.equals(issuer);
    }

    /** A "care of" line that runs into the street address after it: "C/O ALPHABET INC. 1600 AMPHITHEATRE PKWY". */
    private static final Pattern CARE_OF_AND_STREET = Pattern.compile("^((?:C/O|c/o|Attn:?)\\s.+?)\\s+(\\d+\\s+\\S.*)$");

    /**
     * Street lines on lines without columns (OCR, pdf2md): what stands after "(Middle)" and before "(Street)",
     * line by line, each up to what belongs to the boxes right of box 1. Box 2's value printed among them ("Block,
     * Inc. [ sq ]", under its caption where OCR read box 2 inside box 1's lines) is the issuer's, not a street line.
     */
    private static List<FieldValue<String>> linesBetween(HeaderText block, HeaderText.At from, HeaderText.At to,
                                                         String issuerName) {
        List<FieldValue<String>> lines = new ArrayList<>();
        for (int r = from.row(); r <= to.row(); r++) {
            String text = block.rows().get(r).text();
            if (r == from.row()) {
                // after the line's last sub-caption: "(Middle)", or "(First)" where "(Last)" opens the lines
                Matcher m = MIDDLE_CAPTION.matcher(text);
                int end = m.find() ? m.end() : -1;
                Matcher sub = NAME_SUB_CAPTION.matcher(text);
                while (sub.find()) {
                    end = Math.max(end, sub.end());
                }
                text = end >= 0 ? text.substring(end) : "";
            }
            if (r == to.row()) {
                Matcher m = STREET_CAPTION.matcher(text);
                text = m.find() ? text.substring(0, m.start()) : text;
            }
            if (isIssuerLine(text, issuerName)) {
                continue;
            }
            text = boxOneText(text.replace(" | ", " ").trim());
            if (isAddressText(text) && !NAME_LABEL.matcher(text).find() && !CAPTION_PIECE.matcher(text).matches()) {
                lines.add(FieldValue.read(text, block.rows().get(r).cells().get(0).position()));
            }
        }
        if (lines.size() == 1) {
            Matcher m = CARE_OF_AND_STREET.matcher(lines.get(0).value());
            if (m.matches()) {
                SourcePosition at = lines.get(0).position();
                return List.of(FieldValue.read(m.group(1), at), FieldValue.read(m.group(2), at));
            }
        }
        return twoStreetLines(lines);
    }

    /**
     * What a caption leaves beside box 1's sub-captions: pieces in parentheses, opened or closed by one ("( yiYear)",
     * OCR's "(Month/Day/Year)"; "elow) elow)", box 5's "below) below)"; "(Street", a sub-caption cut; "(check ol are
     * alc al issuer", box 5's); a line opening with one, "( ) on varelralpee Transaction (Month/Day/Year)". No street
     * line is so: none of the corpus XML's 690 street lines holds a parenthesis.
     */
    private static final Pattern CAPTION_PIECE = Pattern.compile("^\\s*\\(.*|^(?:\\s*(?:\\([^()]*\\)?|[^\\s()]*\\)))+\\s*$");

    /** A line that opens an address line of its own: a unit, a floor, a post box, a "care of". */
    private static final Pattern OPENS_STREET_LINE = Pattern.compile(
            "(?i)^(SUITE|STE\\.?|FLOOR|FL\\.?|UNIT|APT\\.?|ROOM|RM\\.?|BUILDING|BLDG\\.?|#|P\\.?\\s?O\\.?\\s+BOX|C/O|ATTN)\\b.*");

    /** A wrapped line reached the box's edge: it is about as long as the box's longest line. */
    private static final double WRAPPED_SHARE = 0.8;

    /**
     * EDGAR keeps two street lines; more lines in the box are a line the page wrapped ("C/O SEQUOIA CAPITAL, 2800
     * SAND HILL" / "ROAD" / "SUITE 101"). The wrapped line is the longest one, the one that reached the box's edge,
     * and what follows it continues it unless it opens a line of its own (a suite, a floor, a "C/O"). Where no line
     * is that long (OCR's debris from the next box among the lines), the lines after the first make the second.
     */
    static List<FieldValue<String>> twoStreetLines(List<FieldValue<String>> found) {
        List<FieldValue<String>> lines = new ArrayList<>(found);
        while (lines.size() > 2) {
            int wrapped = -1;
            for (int i = 0; i + 1 < lines.size(); i++) {
                if (!OPENS_STREET_LINE.matcher(lines.get(i + 1).value()).matches()
                        && (wrapped < 0 || lines.get(i).value().length() > lines.get(wrapped).value().length())) {
                    wrapped = i;
                }
            }
            int longest = lines.stream().mapToInt(l -> l.value().length()).max().orElse(0);
            int at = wrapped < 0 || lines.get(wrapped).value().length() < WRAPPED_SHARE * longest ? 1 : wrapped;
            lines.set(at, FieldValue.read(lines.get(at).value() + " " + lines.get(at + 1).value(), lines.get(at).position()));
            lines.remove(at + 1);
        }
        while (lines.size() < 2) {
            lines.add(FieldValue.absent());
        }
        return lines;
    }

    /**
     * Box 1 read as the form orders it, whatever a converter did with its captions: the name, the street lines,
     * the city line (known by its shape), with the sub-captions "(Last) (First) (Middle)", "(Street)", "(City)
     * (State) (Zip)" before or after their values. The lines are the caption cell's own where the whole box stands
     * in it, broken with {@code <br>}; else the box's band, row by row. Only a clean box is read so: a line that
     * holds a sub-caption and other text (a converter merged two lines) leaves the box to the caption-bound reading,
     * which says what it could not read. Returns {name, street1, street2, city, state, zip}.
     */
    private Optional<List<FieldValue<String>>> boxAsLines(HeaderText block) {
        List<HeaderText.At> caption = block.find(NAME_LABEL);
        if (caption.isEmpty()) {
            return Optional.empty();
        }
        int row = caption.get(0).row();
        SourceCell cell = block.rows().get(row).cells().get(caption.get(0).lastCell());
        List<String> lines = new ArrayList<>();
        SourcePosition at = cell.position();
        int first = -1;
        for (int i = 0; i < cell.lines().size() && first < 0; i++) {
            if (NAME_LABEL.matcher(cell.lines().get(i)).find()) {
                first = i;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        Matcher rest = NAME_LABEL.matcher(cell.lines().get(first));
        lines.add(rest.find() ? cell.lines().get(first).substring(rest.end()) : "");
        lines.addAll(cell.lines().subList(first + 1, cell.lines().size()));
        int[] band = ownerBand(block);
        if (lines.size() < 3 && band != null) {
            for (int r = row + 1; r < block.rows().size() && block.sameGrid(row, r); r++) {
                List<SourceCell> inBand = block.rows().get(r).cells().stream()
                        .filter(c -> !c.isBlank() && c.overlaps(band[0], band[1])).toList();
                lines.addAll(cutLines(inBand));
            }
        }
        List<String> values = new ArrayList<>();
        for (String line : lines) {
            if (isSubCaptionPiece(line)) {
                continue; // "(Stree t)": a sub-caption cut at a cell edge
            }
            String value = valueOf(line);
            if (!value.isEmpty() && OWNER_SUB_CAPTION.matcher(line).find()) {
                return Optional.empty(); // a sub-caption and a value merged into one line
            }
            if (isAddressText(value)) {
                values.add(value);
            }
        }
        int cityAt = -1;
        for (int i = 0; i < values.size() && cityAt < 0; i++) {
            if (CityLine.read(values.get(i)).isPresent()) {
                cityAt = i;
            }
        }
        if (cityAt < 1) {
            return Optional.empty(); // no name before a city line: not a box this reading can place
        }
        String[] city = CityLine.read(values.get(cityAt)).orElseThrow();
        List<FieldValue<String>> streets = twoStreetLines(values.subList(1, cityAt).stream()
                .map(v -> FieldValue.read(v, at)).toList());
        return Optional.of(List.of(FieldValue.read(values.get(0), at), streets.get(0), streets.get(1),
                FieldValue.read(city[0], at), FieldValue.read(city[1], at),
                city[2] == null ? FieldValue.absent() : FieldValue.read(city[2], at)));
    }

    /** A US ZIP (+4) alone on its line: OCR read it apart from its city and state. */
    private static final Pattern LONE_ZIP = Pattern.compile("^\\d{5}(?:-\\d{4})?$");
    private static final List<String> BOX_ONE_SUB_CAPTIONS = List.of("(Last)", "(First)", "(Middle)", "(Street)", "(City)",
            "(State)", "(Zip)");

    /**
     * Box 1 whose column OCR read before its caption (lines without columns): "Hoffman Reid" / "(Last) (First)" /
     * "ONE MICROSOFT WAY" / "(Street)" / "REDMOND WA" / "(City) (State)" above "1. Name and Address of Reporting
     * Person", and "(Middle)" / "C/O MICROSOFT CORPORATION" / "98052-6399" / "(Zip)" under it. The box's own
     * sub-captions mark its extent: read only when all seven stand, each on a line of sub-captions alone, from the
     * "(Last)" above the caption to the "(Zip)" under it, with nothing there but lines of one value each. The name
     * is the line right above "(Last)"; the city line is the one that reads as a city and state with the ZIP on it
     * or on the ZIP's lone line; the other lines are the street lines, a "care of" line first (it is printed above
     * the street it is sent to). Returns {name, street1, street2, city, state, zip}, or empty.
     */
    private Optional<List<FieldValue<String>>> boxAroundCaption(int captionRow) {
        List<SourceRow> rows = new ArrayList<>(frontRows);
        rows.addAll(header.rows());
        int caption = frontRows.size() + captionRow;
        Matcher label = NAME_LABEL.matcher(rows.get(caption).text());
        if (!label.find() || rows.get(caption).text().substring(0, label.start()).replaceFirst("1\\s*\\.", "").chars().anyMatch(Character::isLetterOrDigit)
                || rows.get(caption).text().substring(label.end()).chars().anyMatch(Character::isLetterOrDigit)) {
            return Optional.empty(); // the caption shares its line with other text: not a column read on its own
        }
        java.util.Set<String> captions = new java.util.HashSet<>();
        List<SourceRow> valueRows = new ArrayList<>();
        int last = -1;
        for (int r = caption - 1; r >= 0 && last < 0; r--) {
            String text = rows.get(r).text().trim();
            if (text.isEmpty()) {
                continue;
            }
            if (!boxOneLine(text, captions, valueRows, rows.get(r))) {
                return Optional.empty();
            }
            last = text.contains("(Last)") ? r : -1;
        }
        java.util.Collections.reverse(valueRows);
        int name = last - 1;
        while (name >= 0 && rows.get(name).text().isBlank()) {
            name--;
        }
        if (last < 0 || name < 0) {
            return Optional.empty();
        }
        String nameText = rows.get(name).text().trim();
        if (OWNER_SUB_CAPTION.matcher(nameText).find() || HeaderText.isBoxCaption(nameText) || !isAddressText(nameText)
                || Character.isDigit(nameText.charAt(0))) {
            return Optional.empty();
        }
        boolean zipSeen = false;
        for (int r = caption + 1; r < rows.size() && !zipSeen; r++) {
            String text = rows.get(r).text().trim();
            if (!text.isEmpty() && !boxOneLine(text, captions, valueRows, rows.get(r))) {
                return Optional.empty();
            }
            zipSeen = text.contains("(Zip)");
        }
        if (!zipSeen || !captions.containsAll(BOX_ONE_SUB_CAPTIONS)) {
            return Optional.empty();
        }
        List<SourceRow> zips = valueRows.stream().filter(v -> LONE_ZIP.matcher(v.text().trim()).matches()).toList();
        if (zips.size() > 1) {
            return Optional.empty();
        }
        String zipText = zips.isEmpty() ? "" : " " + zips.get(0).text().trim();
        List<SourceRow> cities = valueRows.stream().filter(v -> !zips.contains(v)
                && CityLine.read(v.text().trim() + zipText).filter(c -> c[1] != null && c[2] != null).isPresent()).toList();
        if (cities.size() != 1) {
            return Optional.empty();
        }
        List<FieldValue<String>> streets = new ArrayList<>();
        for (SourceRow row : valueRows) {
            if (!zips.contains(row) && !cities.contains(row)) {
                FieldValue<String> line = FieldValue.read(row.text().trim(), row.cells().get(0).position());
                boolean careOf = line.value().matches("(?i)^(?:C/O|ATTN:?)\\s.*");
                streets.add(careOf ? 0 : streets.size(), line);
            }
        }
        if (streets.size() > 3) {
            return Optional.empty();
        }
        List<FieldValue<String>> two = twoStreetLines(streets);
        SourcePosition cityAt = cities.get(0).cells().get(0).position();
        String[] city = CityLine.read(cities.get(0).text().trim() + zipText).orElseThrow();
        SourcePosition zipAt = zips.isEmpty() ? cityAt : zips.get(0).cells().get(0).position();
        return Optional.of(List.of(FieldValue.read(nameText, rows.get(name).cells().get(0).position()), two.get(0), two.get(1),
                FieldValue.read(city[0], cityAt), FieldValue.read(city[1], cityAt), FieldValue.read(city[2], zipAt)));
    }

    /**
     * One line of box 1 read around its caption: sub-captions alone (their names added to {@code captions}) or one
     * value (added to {@code values}); false for anything else, another box's caption or a mixed line.
     */
    private static boolean boxOneLine(String text, java.util.Set<String> captions, List<SourceRow> values, SourceRow row) {
        Matcher sub = OWNER_SUB_CAPTION.matcher(text);
        if (sub.find()) {
            do {
                captions.add(sub.group());
            } while (sub.find());
            return GAPS_AND_COMMAS.matcher(withoutDebris(OWNER_SUB_CAPTION.matcher(text).replaceAll(""))).replaceAll("").isEmpty();
        }
        if (HeaderText.isBoxCaption(text) || NAME_LABEL.matcher(text).find() || !isAddressText(text) || text.contains("|")) {
            return false;
        }
        values.add(row);
        return true;
    }

    /**
     * The lines of a row's cells in box 1's band: cells side by side are one line cut at their edges ("HAMILTON | D0 |
     * HM 11"), and where a cell holds several lines the cut joins the last line of one to the first of the next, so
     * "(Stree | t)<br>152 TEHERAN-RO" is the sub-caption "(Stree t)" and the street below it.
     */
    static List<String> cutLines(List<SourceCell> cells) {
        List<String> lines = new ArrayList<>();
        for (SourceCell cell : cells) {
            List<String> own = cell.lines();
            if (lines.isEmpty()) {
                lines.addAll(own);
            } else {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + own.get(0));
                lines.addAll(own.subList(1, own.size()));
            }
        }
        return lines;
    }

    /** A line of box 1 without its sub-captions, the caption's star and the debris of cell edges (", "). */
    private static String valueOf(String line) {
        String cut = EDGE_SPACES_OR_STARS.matcher(OWNER_SUB_CAPTION.matcher(withoutDebris(line)).replaceAll(" ")).replaceAll("");
        return withoutDebris(SPACES.matcher(cut).replaceAll(" ")).trim();
    }

    /** A title or other text without the lone punctuation cell edges leave at its ends ("Former Director -"). */
    static FieldValue<String> withoutEdgeDebris(FieldValue<String> text) {
        if (!text.isPresent()) {
            return text;
        }
        String clean = withoutDebris(text.value()).trim();
        if (clean.equals(text.value())) {
            return text;
        }
        return clean.isEmpty() ? FieldValue.absent() : text.withValue(clean, text.provenance());
    }

    /** A line without the lone punctuation that cell edges and OCR's specks leave at its ends ("C/O EVENTBRITE, INC. -"). */
    private static String withoutDebris(String line) {
        return LEADING_DEBRIS.matcher(TRAILING_DEBRIS.matcher(line).replaceAll("")).replaceAll("");
    }

    private static final List<String> SUB_CAPTION_LINES = List.of("(last)(first)(middle)", "(street)", "(city)(state)(zip)");

    /** A line that is box 1's sub-captions or a piece of them ("(Stree t)", "Stre et)", "(S tate)"), nothing else. */
    private static boolean isSubCaptionPiece(String raw) {
        String line = withoutDebris(raw);
        String compact = GAPS_AND_COMMAS.matcher(line.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        if (compact.isEmpty()) {
            return false;
        }
        String rest = GAPS_AND_COMMAS.matcher(OWNER_SUB_CAPTION.matcher(line).replaceAll("")).replaceAll("");
        if (rest.isEmpty()) {
            return true;
        }
        return compact.length() >= 4 && SUB_CAPTION_LINES.stream().anyMatch(c -> c.contains(compact));
    }

    /** Text that can be an address line: a digit, or a word of three letters ("Xx", a mark read twice, is not). */
    private static boolean isAddressText(String text) {
        return text.chars().anyMatch(Character::isDigit) || THREE_LETTERS.matcher(text).matches();
    }

    /**
     * The name on lines without columns: box 1's text after its caption, on the caption's line or the next ones,
     * up to its "(Last) (First) (Middle)".
     */
    private static Optional<HeaderText.Found> nameOnLines(HeaderText block, String issuerName) {
        for (int r = 0; r < block.rows().size(); r++) {
            String text = block.rows().get(r).text().replace(" | ", " ");
            if (r == 0) {
                Matcher caption = NAME_LABEL.matcher(text);
                text = caption.find() ? text.substring(caption.end()) : text;
            }
            if (OWNER_SUB_CAPTION.matcher(text).find() && OWNER_SUB_CAPTION.matcher(text).lookingAt()) {
                return Optional.empty(); // the name's caption came first: no name above it
            }
            Matcher name = NAME_VALUE.matcher(withoutIssuer(boxOneText(text), issuerName));
            if (name.find() && isAddressText(name.group(1)) && !Character.isDigit(name.group(1).trim().charAt(0))) {
                return Optional.of(new HeaderText.Found(name.group(1).trim(), block.rows().get(r).cells().get(0).position()));
            }
        }
        return Optional.empty();
    }

    /**
     * The text without box 2's value, which stands right of the owner's name on the same line: cut where the
     * issuer's name (as box 2 gives it) begins, by its first word, which OCR rarely spoils.
     */
    static String withoutIssuer(String text, String issuerName) {
        if (issuerName == null || issuerName.isBlank()) {
            return text;
        }
        String first = NAME_BREAK.split(issuerName.trim())[0];
        if (first.length() < 3) {
            return text;
        }
        Matcher m = Pattern.compile("(?i)(^|\\s)" + Pattern.quote(first) + "\\b").matcher(text);
        return m.find() ? text.substring(0, m.start()).trim() : text;
    }

    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?:^|\\s)\\S*\\p{Ll}");

    /** A line's opening words up to the first that holds a lower-case letter. */
    static String capitalsOpening(String line) {
        Matcher m = LOWER_CASE_WORD.matcher(line);
        return (m.find() ? line.substring(0, m.start()) : line).trim();
    }

    /** A line's text up to what stands right of box 1 (for lines without columns). */
    static String boxOneText(String line) {
        Matcher m = OTHER_BOXES.matcher(" " + line);
        // the other boxes' rules and OCR's specks end it ("ONE MICROSOFT WAY : -")
        return withoutDebris((m.find() ? (" " + line).substring(0, m.start()) : " " + line).trim()).trim();
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
        // the next label's mark may close the text ("Co-Founder X Other (specify below)"): it is no part of it
        Optional<HeaderText.Found> found = block.valueInLabelCell(label, accept)
                .map(f -> new HeaderText.Found(TRAILING_MARK.matcher(f.text()).replaceAll("").trim(), f.position()));
        return found.filter(f -> !f.text().isBlank() && TWO_LETTERS.matcher(f.text()).matches()
                        && !isLabelText(f.text()))
                .map(f -> FieldValue.read(f.text(), f.position())).orElse(FieldValue.absent());
    }

    private static final Pattern RELATIONSHIP_CAPTION = caption("Relationship of Reporting Person", "");

    /**
     * Box 5 written in one cell broken into lines ("X Director<br>X Officer (give title below)<br>X Other (specify
     * below)<br>President and CEO<br>Trustee of 10% holder"): a text on a label's own line is that label's; the
     * texts on the lines after the labels come in order, the officer's title first, each only for a checked box.
     * Returns {title, other}, absent when the box is not written so.
     */
    private static List<FieldValue<String>> relationshipInLines(HeaderText boxes, FieldValue<Boolean> officer,
                                                                FieldValue<Boolean> other) {
        List<FieldValue<String>> none = java.util.Arrays.asList(FieldValue.absent(), FieldValue.absent());
        List<HeaderText.At> label = boxes.find(OFFICER_START);
        if (label.isEmpty()) {
            return none;
        }
        SourceCell cell = boxes.rows().get(label.get(0).row()).cells().get(label.get(0).firstCell());
        if (cell.lines().size() < 3) {
            return none;
        }
        String title = null;
        String otherText = null;
        List<String> after = new ArrayList<>();
        boolean labelsSeen = false;
        for (String line : cell.lines()) {
            Matcher o = OFFICER_CAPTION.matcher(line);
            Matcher t = OTHER_CAPTION.matcher(line);
            if (o.find()) {
                labelsSeen = true;
                title = textOf(line.substring(o.end()));
            } else if (t.find()) {
                labelsSeen = true;
                otherText = textOf(line.substring(t.end()));
            } else if (labelsSeen && !BOX_FIVE_WORDING.matcher(line.trim()).matches() && TWO_LETTERS.matcher(line).matches()) {
                after.add(line.trim());
            }
        }
        boolean officerChecked = Boolean.TRUE.equals(officer.value());
        boolean otherChecked = Boolean.TRUE.equals(other.value());
        java.util.Iterator<String> next = after.iterator();
        if (title == null && officerChecked && next.hasNext()) {
            title = next.next();
        }
        if (otherText == null && otherChecked && next.hasNext()) {
            otherText = next.next();
        }
        SourcePosition at = cell.position();
        return java.util.Arrays.asList(title == null ? FieldValue.absent() : FieldValue.read(title, at),
                otherText == null ? FieldValue.absent() : FieldValue.read(otherText, at));
    }

    /** The text after a label on its line, if it has two letters; the next label's mark is none of it. */
    private static String textOf(String rest) {
        String text = TRAILING_MARK.matcher(rest).replaceAll("").trim();
        return TWO_LETTERS.matcher(text).matches() ? text : null;
    }
    /** Box 1's sub-captions: where they stand, box 5's texts have ended (OCR puts the boxes one after another). */
    private static final Pattern OWNER_SUB_CAPTION = Pattern.compile("\\((?:Last|First|Middle|Street|City|State|Zip)\\)");
    /**
     * The labels' second lines side by side with OCR's debris around them (". , 5 below) below)"): no text of box
     * 5. Possessive: nothing to backtrack over in a line of dots.
     */
    private static final Pattern LABEL_ENDS = Pattern.compile("(?i)^[\\s\\p{Punct}\\d]*+(?:below\\)?+[\\s\\p{Punct}\\d]*+)++$");
    /** What stands in box 5 that is no officer title or other text: its labels, their second lines, marks. */
    private static final Pattern BOX_FIVE_WORDING = Pattern.compile(
            "(?i)^(?:[Xx✓✔☒☑■]|\\(X\\)|\\[X\\]|(?:[Xx✓✔☒☑■]\\s+)?below\\)|\\(check all applicable\\)|director|10% owner|.*\\(give title.*|.*\\(specify.*)$");

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
            band = new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE}; // lines without columns: the whole line
        }
        List<HeaderText.At> other = boxes.find(OTHER_START);
        int otherX = other.isEmpty() ? Integer.MAX_VALUE
                : boxes.rows().get(other.get(0).row()).cells().get(other.get(0).firstCell()).x0();
        int officerX = boxes.rows().get(officer.get(0).row()).cells().get(officer.get(0).firstCell()).x0();
        // labels one under the other (one column): the texts come in their order, the officer's title first
        boolean oneColumn = otherX == officerX;
        int lines = 0;
        int from = Math.max(officer.get(0).row(), other.isEmpty() ? 0 : other.get(0).row()) + 1;
        // The texts stand on the rows under the labels, a text over several lines if its cell holds several,
        // down to the next box's caption in the band (box 6) or a blank stretch.
        StringBuilder titleText = new StringBuilder();
        StringBuilder otherTextText = new StringBuilder();
        SourcePosition titleAt = null;
        SourcePosition otherAt = null;
        boolean geometry = boxes.rows().get(caption.get(0).row()).hasGeometry();
        for (int r = from; r < Math.min(boxes.rows().size(), from + 10)
                && (geometry ? boxes.sameGrid(caption.get(0).row(), r) : !boxes.rows().get(r).hasGeometry()); r++) {
            boolean stop = false;
            for (SourceCell cell : boxes.rows().get(r).cells()) {
                String text = cell.text().trim();
                if (cell.isBlank() || !cell.overlaps(band[0], band[1])) {
                    continue;
                }
                if (HeaderText.isBoxCaption(text) || text.toLowerCase(java.util.Locale.ROOT).startsWith("form filed by")
                        || OWNER_SUB_CAPTION.matcher(text).find()) {
                    stop = true; // box 6: box 5 ended
                    break;
                }
                if (BOX_FIVE_WORDING.matcher(text).matches() || text.chars().noneMatch(Character::isLetter) && titleAt == null
                        || LABEL_ENDS.matcher(text).matches()) {
                    continue;
                }
                boolean isOther = oneColumn ? lines++ > 0 : cell.x0() >= otherX;
                if (isOther) {
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
        return LABEL_TEXT.matcher(text).matches();
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
    private FieldValue<Boolean> checkbox(Pattern label, Pattern start, HeaderText where, String text) {
        FieldValue<Boolean> read = checkbox(label, text);
        if (!read.isPresent() && start != label
                && where.find(start).stream().anyMatch(at -> !where.rows().get(at.row()).hasGeometry())) {
            // lines without columns (OCR): a two-line label's first line, read across the boxes, bears its mark
            // ("x Officer (give title Other (specify" over "(Last) ... below) below)")
            read = checkbox(start, text);
        }
        Optional<Boolean> marked = where.checkboxes(LABEL_STARTS).checked(start, LABEL_STARTS);
        if (marked.isEmpty() || Boolean.TRUE.equals(read.value())) {
            return read;
        }
        return FieldValue.of(marked.get());
    }

    /** X before the label: true; label intact without X: false; label not found: null. */
    private FieldValue<Boolean> checkbox(Pattern label, String text) {
        int start = compacted.computeIfAbsent(text, LabelPattern.Compacted::new).firstMatch(label);
        if (start < 0) {
            return FieldValue.absent();
        }
        return FieldValue.of(X_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find());
    }
}
