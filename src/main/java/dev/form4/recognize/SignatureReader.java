package dev.form4.recognize;

import dev.form4.source.Item;
import dev.form4.source.SignedMark;
import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;
import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Provenance;
import dev.form4.model.Signature;
import dev.form4.model.SourcePosition;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signature block. The printed form puts each signer's name beside its date above the caption
 * "** Signature of Reporting Person / Date"; Marker writes the name on one line and the date on the next. A
 * signature is therefore a "/s/ ..." line, or a line followed by a line that is only a date. A date cut at the
 * name line's end ("... Courtot 11/2") is not part of the name.
 */
final class SignatureReader {

    private static final Pattern CAPTION = Pattern.compile("(?i).*(Signature of Reporting Person|^\\**\\s*Date\\s*$).*");
    /**
     * Symbols only; or a lower-case letter with at most one more; or one capital doubled ("a", "aS", "OO", "~——").
     * Not "Wu", "Li" or "Ng": a capital then a lower-case letter may be a surname.
     */
    private static final Pattern SPECK = Pattern.compile("[^\\p{L}\\p{N}]+|\\p{Ll}\\p{L}?|(\\p{Lu})\\1");
    private static final Pattern NAME_SUFFIX = Pattern.compile("(?i)Jr|Sr|II|III|IV|LP|PC");
    /** A date written out, as typed forms had it: "March 13, 2000". */
    private static final Pattern WRITTEN_DATE = Pattern.compile("(?i)(January|February|March|April|May|June|July|August"
            + "|September|October|November|December)\\s+(\\d{1,2}),\\s*(\\d{4})");
    /** Characters right of the name's start from which a date stands in the date box beside it. */
    private static final int DATE_BESIDE = 10;

    private SignatureReader() {
    }

    /**
     * A line of the signature block: its items and its text with cell edges as spaces; {@code x0} where it starts
     * on a page laid out in text (-1 without positions).
     */
    record Line(int line, List<Item> items, String text, int x0) {
        static Line of(SourceRow row) {
            List<Item> items = new ArrayList<>();
            for (SourceCell cell : row.cells()) {
                items.addAll(cell.items());
            }
            boolean laidOut = row.hasGeometry() && row.shape() == SourceRow.Shape.LINE && !row.cells().isEmpty();
            return new Line(row.line(), items, FootnoteReader.spaced(row), laidOut ? row.cells().get(0).x0() : -1);
        }

        /** Lines of one box as one line: a word broken at a hyphen joins without a space. */
        static Line joined(List<Line> lines, int x0) {
            StringBuilder text = new StringBuilder();
            List<Item> items = new ArrayList<>();
            for (Line line : lines) {
                if (text.length() > 0 && !endsInHyphen(text)) {
                    text.append(' ');
                }
                text.append(line.text().strip());
                items.addAll(line.items());
            }
            return new Line(lines.get(0).line(), items, text.toString(), x0);
        }

        Line withText(String newText) {
            return new Line(line, items, newText, x0);
        }
    }

    /** The remarks without the name/date pairs at their end, which belong to the signature block. */
    record Split(List<Line> remarks, List<Line> signatures) {
    }

    /**
     * Without "/s/", nothing in the grammar tells a signer's name from the last line of Remarks (or of the notes
     * when there are no remarks); a name followed by a line holding only a date, right before the signature
     * caption, is a signature. When the block has no "/s/" line at all, so is a name with its date on one line
     * ("Ann Habernigg, Attorney-in-fact for Reid G. Hoffman | 06/03/2021"): the form is signed above the caption.
     */
    static Split splitTrailingSignatures(List<Line> before, List<Line> signatureBlock) {
        List<Line> rest = new ArrayList<>(before);
        List<Line> moved = new ArrayList<>();
        while (rest.size() >= 2 && isDateOnly(rest.get(rest.size() - 1)) && !isDateOnly(rest.get(rest.size() - 2))) {
            moved.add(0, rest.remove(rest.size() - 1));
            moved.add(0, wrappedName(rest));
        }
        boolean signed = signatureBlock.stream().anyMatch(SignatureReader::signed);
        if (moved.isEmpty() && !signed && !rest.isEmpty() && isNameWithDate(rest.get(rest.size() - 1))) {
            moved.add(rest.remove(rest.size() - 1));
        }
        // On a page laid out in text the signer's box stands over the caption, right of the text's margin: its
        // lines ("Ann Habernigg, Attorney-in-" / "06/03/2021" / "fact for Reid G. Hoffman") are the signature.
        int boxX = signatureBlock.isEmpty() ? -1 : signatureBlock.get(0).x0();
        if (moved.isEmpty() && !signed && boxX > 0) {
            while (!rest.isEmpty() && rest.get(rest.size() - 1).x0() >= boxX) {
                moved.add(0, rest.remove(rest.size() - 1));
            }
        }
        if (moved.isEmpty() && !signed && boxX < 0) {
            Line box = signerBoxOverCaption(rest, signatureBlock);
            if (box == null) {
                box = signerBoxWithDateBeside(rest, signatureBlock);
            }
            if (box != null) {
                moved.add(box);
            }
        }
        List<Line> signatures = new ArrayList<>(moved);
        signatures.addAll(signatureBlock);
        return new Split(rest, signatures);
    }

    /**
     * The name of a name/date pair, taken from the end of {@code rest} with the lines it wrapped from: a line broken
     * at a hyphen ("Ann Habernigg, Attorney-in-" / "fact for Reid G. Hoffman"), or name lines up to the last
     * sentence of the text above ("... relating to the same event." / "By: Aaron Beckman by" / "Power of Attorney
     * For: Elon" / "Musk"). Without such a sentence's end above them, the lines are the text's, and only the last
     * line is the name.
     */
    private static Line wrappedName(List<Line> rest) {
        Line name = rest.remove(rest.size() - 1);
        int from = nameLinesAfterSentence(rest, NAME_LINES - 1);
        if (from < 0) {
            from = rest.size();
            while (from > 0 && isNameLine(rest.get(from - 1)) && endsInHyphen(rest.get(from - 1).text().strip())) {
                from--;
            }
        }
        List<Line> lines = new ArrayList<>(rest.subList(from, rest.size()));
        lines.add(name);
        rest.subList(from, rest.size()).clear();
        return Line.joined(lines, lines.get(0).x0());
    }

    /** Lines a signer's name may take over the caption. */
    private static final int NAME_LINES = 3;
    /** A name may end in a period where a sentence would: "Jr.", "Inc.", "L.P.". */
    private static final Pattern NAME_END = Pattern.compile("(?i).*\\b(Jr|Sr|Inc|Co|Corp|Ltd|L\\.P|L\\.L\\.C|N\\.A)\\.$");

    /**
     * OCR and text without "/s/" and without positions: the signer's box is the lines right above the caption,
     * after the last sentence of the notes or remarks ("... Board of" / "Directors." / "Ann Habernigg,
     * Attorney-in-" / "fact for Reid G. Hoffman" / "** Signature of Reporting Person Date" / "06/03/2021"), when a
     * date stands under the caption. The lines are removed from {@code rest} and returned as one line; null when
     * no such box stands there.
     */
    private static Line signerBoxOverCaption(List<Line> rest, List<Line> signatureBlock) {
        if (signatureBlock.isEmpty() || !CAPTION.matcher(signatureBlock.get(0).text()).matches()
                || signatureBlock.stream().noneMatch(SignatureReader::isDateOnly)) {
            return null;
        }
        int from = nameLinesAfterSentence(rest, NAME_LINES);
        if (from < 0) {
            return null;
        }
        List<Line> box = rest.subList(from, rest.size());
        Line joined = Line.joined(box, -1);
        box.clear();
        return joined;
    }

    /**
     * OCR without "/s/" and without positions, the date box read into the signer's box: the date box stands beside
     * the name's box, level with its middle, so OCR writes the date at the end of a middle line of the name ("By:
     * Aaron Beckman by" / "Power of Attorney For: Elon 11/10/2021" / "Musk" / "** Signature of Reporting Person
     * Date"; "Keith R. Dolliver, Attorney-in- 09/13/2024" / "fact for Reid G. Hoffman"). The box is the line with
     * the date, the name lines under it down to the caption, and at most as many name lines over it, after the last
     * sentence of the text above. The lines are removed from {@code rest} and returned as one line, the date's text
     * out of it; null when no such box stands there.
     */
    private static Line signerBoxWithDateBeside(List<Line> rest, List<Line> signatureBlock) {
        if (signatureBlock.isEmpty() || !CAPTION.matcher(signatureBlock.get(0).text()).matches()) {
            return null;
        }
        int dated = rest.size() - 1;
        while (dated >= 0 && rest.size() - 1 - dated < NAME_LINES && isNameLine(rest.get(dated))) {
            dated--;
        }
        int under = rest.size() - 1 - dated;
        if (dated < 0 || under >= NAME_LINES || !isNameWithDate(rest.get(dated)) || dateOn(rest.get(dated)).isEmpty()) {
            return null;
        }
        int from = nameLinesAfterSentence(rest.subList(0, dated), under);
        if (from < 0) {
            if (dated > 0 && !endsSentence(rest.get(dated - 1).text())) {
                return null;
            }
            from = dated;
        }
        List<Line> box = rest.subList(from, rest.size());
        List<Line> lines = new ArrayList<>(box);
        int at = dated - from;
        boolean besideBrokenRole = at > 0 && at + 1 < lines.size()
                && roleGoesOnBelow(lines.get(at - 1).text().strip(), lines.get(at + 1).text());
        lines.set(at, lines.get(at).withText(besideBrokenRole ? "" : withoutDate(lines.get(at).text())));
        Line joined = Line.joined(lines, -1);
        box.clear();
        return joined;
    }

    /**
     * Where the name lines at the end of {@code lines} start (at most {@code max} of them), when the line above
     * them ends a sentence or they open the block; -1 when there are none, or the line above goes on into them
     * (they are the text's).
     */
    private static int nameLinesAfterSentence(List<Line> lines, int max) {
        int from = lines.size();
        while (from > 0 && lines.size() - from < max && isNameLine(lines.get(from - 1))) {
            from--;
        }
        return from < lines.size() && (from == 0 || endsSentence(lines.get(from - 1).text())) ? from : -1;
    }

    private static final Pattern NUMBERED_NOTE = Pattern.compile("^\\(?\\d{1,2}[.)].*");
    private static final Pattern DATE_AT_END = Pattern.compile("\\s*\\d{1,2}/\\d{1,2}/\\d{4}\\s*$");
    private static final Pattern CUT_DATE_AT_END = Pattern.compile("(^|\\s+)\\d{1,2}(/\\d{0,2}(/\\d{0,3})?)?\\s*$");

    /** Words only, no sentence's end, not a numbered note. */
    private static boolean isNameLine(Line line) {
        String text = line.text().strip();
        return !text.isEmpty() && line.items().stream().noneMatch(Item::isValue)
                && line.items().stream().anyMatch(i -> i.kind() == Item.Kind.WORD)
                && (!endsSentence(text) || NAME_END.matcher(text).matches())
                && !NUMBERED_NOTE.matcher(text).matches();
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return t.length() > 1 && (t.endsWith(".") || t.endsWith(";")) && Character.isLetterOrDigit(t.charAt(t.length() - 2));
    }

    /** Words, then one date at the end: "Name, Attorney-in-fact | 06/03/2021". */
    private static boolean isNameWithDate(Line line) {
        List<Item> items = line.items();
        if (items.size() < 2 || items.get(items.size() - 1).kind() != Item.Kind.DATE) {
            return false;
        }
        return items.subList(0, items.size() - 1).stream().noneMatch(Item::isValue)
                && items.stream().anyMatch(i -> i.kind() == Item.Kind.WORD);
    }

    static List<Signature> read(List<Line> lines, List<Diagnostic> diagnostics) {
        return read(lines, FieldValue.absent(), false, diagnostics);
    }

    /**
     * {@code period}: the form's period of report, which a date whose month OCR misread is checked against;
     * {@code readByOcr}: the lines are an OCR engine's, so the attorney's role misread in them is written back.
     */
    static List<Signature> read(List<Line> lines, FieldValue<LocalDate> period, boolean readByOcr, List<Diagnostic> diagnostics) {
        List<Signature> signatures = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (isDateOnly(line) || CAPTION.matcher(line.text()).matches() || line.text().isBlank()) {
                continue;
            }
            Optional<FieldValue<LocalDate>> below = i + 1 < lines.size() && isDateOnly(lines.get(i + 1))
                    ? dateOn(lines.get(i + 1)) : Optional.empty();
            Optional<FieldValue<LocalDate>> onLine = dateOn(line);
            if (!signed(line) && below.isEmpty() && onLine.isEmpty() && !opensBox(lines, i)
                    && !overCaptionWithDate(lines, i)) {
                continue; // not a signature: a stray line of the block
            }
            String path = "signatures[" + signatures.size() + "]";
            SourcePosition at = line.items().isEmpty() ? new SourcePosition(line.line(), 1) : line.items().get(0).position();
            String misread = SignedMark.misreadMark(line.text().strip());
            StringBuilder name = new StringBuilder(withoutDate(misread == null ? line.text()
                    : restoredMark(line, misread, at, path, diagnostics)));
            int lineIndex = i;
            StringBuilder boxText = new StringBuilder(line.text());
            if (signed(line) || line.x0() >= 0) {
                // the signer's name wraps in its box: the lines under "/s/ ..." up to the caption continue it, and
                // the date printed beside them is the signature's ("/s/ Valentina Margulis, as" / "attorney-in-fact
                // for Sergey   10/05/2015" / "Brin")
                for (int j = i + 1; j < lines.size() && continuesName(lines.get(j), line); j++) {
                    String more = withoutDate(lines.get(j).text());
                    if (!more.isEmpty() && dateOn(lines.get(j)).isPresent() && j + 1 < lines.size()
                            && roleGoesOnBelow(name, lines.get(j + 1).text())) {
                        diagnostics.add(new Diagnostic(Diagnostic.Severity.INFO, Diagnostic.Kind.NOISE, at, path + ".name",
                                "dropped '" + more + "' beside the date at line " + lines.get(j).line() + ": the role broken"
                                        + " at its hyphen goes on on the line below, so these are the date box's specks"));
                        more = "";
                    }
                    if (!more.isEmpty()) {
                        name.append(endsInHyphen(name) ? "" : " ").append(more);
                    }
                    if (onLine.isEmpty()) {
                        onLine = dateOn(lines.get(j));
                    }
                    boxText.append('\n').append(lines.get(j).text());
                    i = j;
                }
            }
            Optional<FieldValue<LocalDate>> sameBox = onLine;
            FieldValue<LocalDate> date = sameBox.or(() -> below).or(() -> laterDate(lines, lineIndex)).orElse(FieldValue.absent());
            Matcher misreadDate = MISREAD_MONTH.matcher(boxText);
            if (!date.isPresent() && period.isPresent() && misreadDate.find()) {
                Optional<LocalDate> repaired = monthFromPeriod(misreadDate, period.value());
                if (repaired.isPresent()) {
                    date = new FieldValue<>(repaired.get(), List.of(), at, Provenance.REPAIRED);
                    diagnostics.add(Diagnostic.repaired(at, path + ".date", "read '" + misreadDate.group() + "' as "
                            + repaired.get() + ": OCR misread the month's first digit, and of the months it may be only this"
                            + " one puts the signature 0 to " + SIGNED_WITHIN_DAYS + " days after the period of report, " + period.value()
                            + ", as in 319 of the 324 corpus signatures (none before it)"));
                    // the date's first character, left after the name where the rest was taken for a date ("Hoffman G")
                    String remains = " " + misreadDate.group(1);
                    if (!Character.isDigit(remains.charAt(1)) && name.toString().endsWith(remains)) {
                        name.setLength(name.length() - remains.length());
                    }
                }
            }
            Matcher damaged = DAMAGED_DATE.matcher(boxText);
            while (!date.isPresent() && period.isPresent() && damaged.find()) {
                Optional<LocalDate> repaired = dateFromPeriod(damaged.group(1), Integer.parseInt(damaged.group(2)), period.value());
                if (repaired.isPresent()) {
                    date = new FieldValue<>(repaired.get(), List.of(), at, Provenance.REPAIRED);
                    diagnostics.add(Diagnostic.repaired(at, path + ".date", "read '" + damaged.group() + "' as " + repaired.get()
                            + ": OCR lost or misread the date's slashes or a digit, and of the dates 0 to " + SIGNED_WITHIN_DAYS
                            + " days after the period of report, " + period.value() + " (319 of the 324 corpus signatures),"
                            + " only this one agrees with the digits read"));
                    int in = name.indexOf(damaged.group());
                    if (in >= 0) {
                        name.delete(in, in + damaged.group().length());
                    }
                }
            }
            if (!date.isPresent()) {
                diagnostics.add(Diagnostic.unreadable(at, path + ".date", "no date found for the signature"));
            }
            String read = name.toString();
            String hyphened = roleHyphens(read, at, path, diagnostics);
            String role = readByOcr ? roleAsPrinted(hyphened, at, path, diagnostics) : hyphened;
            String signer = withoutTrailingSpecks(withoutDebrisAfterRole(role, at, path, diagnostics), at, path, diagnostics);
            Provenance how = misread == null && role.equals(read) ? Provenance.READ : Provenance.REPAIRED;
            signatures.add(new Signature(new FieldValue<>(signer, List.of(), at, how), date));
        }
        return signatures;
    }

    /** A date whose month's first digit OCR misread ("95/26/2011", "G2/01/2024"): any character, then a digit. */
    private static final Pattern MISREAD_MONTH = Pattern.compile("(?<!\\S)(\\S)(\\d)/(\\d{1,2})/(\\d{4})(?!\\S)");
    /** Days a signature follows the period of report: 0 to 5 in 319 of the 324 corpus signatures. */
    private static final int SIGNED_WITHIN_DAYS = 5;

    /** The one month ending in the digit read ("0d" or "1d") that dates the signature within days after the period. */
    private static Optional<LocalDate> monthFromPeriod(Matcher misread, LocalDate period) {
        if (misread.group(1).equals("0") || misread.group(1).equals("1")) {
            return Optional.empty(); // the month is read whole: no misread digit to replace
        }
        List<LocalDate> fits = new ArrayList<>();
        for (String tens : List.of("0", "1")) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(misread.group(4)), Integer.parseInt(tens + misread.group(2)),
                        Integer.parseInt(misread.group(3)));
                if (!date.isBefore(period) && !date.isAfter(period.plusDays(SIGNED_WITHIN_DAYS))) {
                    fits.add(date);
                }
            } catch (DateTimeException e) {
                // no such month or day
            }
        }
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    /**
     * A date whose slashes or a digit OCR lost or misread, its year whole: the month and day's digits, then the
     * year ("2292012", "93022012", "1229/2025", "14/09/2021", the day alone "07/2024").
     */
    private static final Pattern DAMAGED_DATE = Pattern.compile("(?<![\\p{L}\\p{N}/])(\\d[\\d/]{0,5}?)/?((?:19|20)\\d{2})(?![\\p{N}/])");

    /**
     * The one date 0 to {@link #SIGNED_WITHIN_DAYS} days after the period whose month and day agree with the
     * digits read: written so (with or without leading zeros: "229" is 2/29); else, digits that make no month and
     * day as read, with one digit misread ("9302" for 03/02, "1409" for 12/09); else, two digits before the year's slash, the day alone, the month lost
     * ("07/2024" for 06/07/2024). A tier that two dates fit gives none.
     */
    private static Optional<LocalDate> dateFromPeriod(String monthDay, int year, LocalDate period) {
        String digits = monthDay.replace("/", "");
        if (digits.length() < 2 || digits.length() > 4) {
            return Optional.empty();
        }
        List<LocalDate> written = new ArrayList<>();
        List<LocalDate> misread = new ArrayList<>();
        List<LocalDate> dayAlone = new ArrayList<>();
        for (LocalDate day = period; !day.isAfter(period.plusDays(SIGNED_WITHIN_DAYS)); day = day.plusDays(1)) {
            if (day.getYear() != year) {
                continue;
            }
            String m = String.valueOf(day.getMonthValue());
            String d = String.valueOf(day.getDayOfMonth());
            String mm = (m.length() == 1 ? "0" : "") + m;
            String dd = (d.length() == 1 ? "0" : "") + d;
            List<String> forms = List.of(mm + dd, m + dd, mm + d, m + d);
            if (forms.contains(digits)) {
                written.add(day);
            } else if (!isMonthAndDay(digits)
                    && forms.stream().anyMatch(f -> f.length() == digits.length() && f.length() >= 3 && oneDigitApart(f, digits))) {
                misread.add(day);
            } else if (monthDay.equals(dd)) {
                dayAlone.add(day);
            }
        }
        for (List<LocalDate> tier : List.of(written, misread, dayAlone)) {
            if (!tier.isEmpty()) {
                return tier.size() == 1 ? Optional.of(tier.get(0)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Digits that read as a month and a day as they stand ("1127": 11/27) are not taken for a misread: the period
     * they are checked against may be the misread one (box 3's "01/23/2012" for 11/23/2012).
     */
    private static boolean isMonthAndDay(String digits) {
        for (int split = 1; split <= 2 && split < digits.length(); split++) {
            int month = Integer.parseInt(digits.substring(0, split));
            String day = digits.substring(split);
            if (day.length() <= 2 && month >= 1 && month <= 12 && Integer.parseInt(day) >= 1 && Integer.parseInt(day) <= 31) {
                return true;
            }
        }
        return false;
    }

    private static boolean oneDigitApart(String a, String b) {
        int apart = 0;
        for (int i = 0; i < a.length(); i++) {
            apart += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return apart == 1;
    }

    private static boolean signed(Line line) {
        return SignedMark.opens(line.text().strip());
    }

    /** The line's text with the "/s/" that OCR misread as {@code misread} restored ("és/Sam Whittington", "is} Donna"). */
    private static String restoredMark(Line line, String misread, SourcePosition at, String path, List<Diagnostic> diagnostics) {
        diagnostics.add(Diagnostic.repaired(at, path + ".name", "read '" + misread
                + "' at the signature's start as '/s/': OCR's misreading of its slashes"));
        return SignedMark.restored(line.text().strip());
    }

    /** A name right over the caption, its date under it: how OCR reads a box signed without "/s/". */
    private static boolean overCaptionWithDate(List<Line> lines, int i) {
        return i + 1 < lines.size() && CAPTION.matcher(lines.get(i + 1).text()).matches() && laterDate(lines, i).isPresent()
                && !isDateOnly(lines.get(i));
    }

    /** On a laid-out page, the first line of a box whose date stands beside a later line ("By: Aaron Beckman by"). */
    private static boolean opensBox(List<Line> lines, int i) {
        if (lines.get(i).x0() < 0) {
            return false;
        }
        for (int j = i + 1; j < lines.size() && continuesName(lines.get(j), lines.get(i)); j++) {
            if (dateOn(lines.get(j)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line of the signer's box: neither another signature, nor the caption, nor a blank. A line that is only a
     * date closes the box (the next signer's lines follow it), unless the page shows it beside the name.
     */
    private static boolean continuesName(Line line, Line signed) {
        if (signed(line) || CAPTION.matcher(line.text()).matches() || line.text().isBlank()) {
            return false;
        }
        return !isDateOnly(line) || signed.x0() >= 0 && line.x0() > signed.x0() + DATE_BESIDE;
    }

    /**
     * OCR reads the signature's strokes and the box's rule as specks after the name ("/s/ Lora Blum, Attorney-In-"
     * / "Fact a", "... Fact ~——", "... Fact OO"): a last token of symbols only, or of a lower-case letter with at most one
     * more, or one capital doubled, is no part of a name ("Jr", "Sr", "LP", "II" are), and is dropped as noise.
     */
    private static String withoutTrailingSpecks(String name, SourcePosition at, String path, List<Diagnostic> diagnostics) {
        String kept = name;
        for (int i = 0; i < 2; i++) {
            int space = kept.lastIndexOf(' ');
            if (space < 0) {
                break;
            }
            String last = kept.substring(space + 1);
            if (!SPECK.matcher(last).matches() || NAME_SUFFIX.matcher(last).matches()) {
                break;
            }
            diagnostics.add(new Diagnostic(Diagnostic.Severity.INFO, Diagnostic.Kind.NOISE, at, path + ".name",
                    "dropped '" + last + "' after the signer's name: OCR specks, no word of a name"));
            kept = kept.substring(0, space).stripTrailing();
        }
        return kept;
    }

    /** An attorney's role closing the signer's words, and what follows it on the line. */
    private static final Pattern ROLE_AND_REST = Pattern.compile("(?i)^(.*\\battorney-in-fact)\\s+(\\S+(?:\\s+\\S+)?)$");
    /** What continues a signature after the attorney's role: whom the attorney signs for ("for", "For:", "of", "on behalf"). */
    private static final Pattern ROLE_CONTINUES = Pattern.compile("(?i)^(?:for|of|on|by)\\b.*|^[.,:;]$");

    /**
     * After "Attorney-in-Fact" the signature goes on only with whom the attorney signs for: of the 324 corpus
     * signatures, 230 hold the role, and after it stands nothing (107), "for"/"For:" (118), "of" (3) or a full stop
     * (2). One or two other tokens there are OCR's reading of the date box beside the name ("Attorney-In-Fact ST",
     * "Attorney-In-Fact Mori /ieVel"), dropped as noise.
     */
    private static String withoutDebrisAfterRole(String name, SourcePosition at, String path, List<Diagnostic> diagnostics) {
        Matcher m = ROLE_AND_REST.matcher(name.strip());
        if (!m.matches() || ROLE_CONTINUES.matcher(m.group(2)).matches()) {
            return name;
        }
        diagnostics.add(new Diagnostic(Diagnostic.Severity.INFO, Diagnostic.Kind.NOISE, at, path + ".name",
                "dropped '" + m.group(2) + "' after '" + m.group(1).substring(Math.max(0, m.group(1).length() - 16))
                        + "': a signature goes on after the attorney's role only with whom the attorney signs for;"
                        + " this is OCR's reading of the date box beside it"));
        return m.group(1);
    }

    /**
     * The role with one of its hyphens lost where a line broke and the converter joined it (poppler's text mode
     * drops a line-end hyphen): "Attorney-infact", "Attorneyin-fact", "Attorney-in Fact". No word reads so.
     */
    private static final Pattern ROLE_DEHYPHENATED = Pattern.compile(
            "(?i)\\b(attorney)(-in|in-|-in )(fact)\\b");

    /** A word right before "-in-": the attorney's role, as OCR may misread its first word ("Attomey-In-Fact"). */
    private static final Pattern ROLE_WORD = Pattern.compile("(?<![\\p{L}-])(\\p{L}{5,9})(?=-[Ii]n-)");
    /** "-In-" closing what OCR read of the role, then no word, only specks ("Attorney-In-= YE", "Attorney-In-a"). */
    private static final Pattern ROLE_CUT = Pattern.compile("^((?i:.*\\battorney-)In-)(.*)$");
    /** A word of three letters or more: what OCR's specks after a cut role never hold. */
    private static final Pattern WORD_OF_THREE = Pattern.compile("\\p{L}{3,}");

    /**
     * The attorney's role as printed where OCR misread it. Of the 324 corpus signatures, 230 hold "attorney-in-"
     * and every one goes on with "fact"; the word before "-in-" is "Attorney" or "attorney" in all of them. So a
     * word there that is "attorney" but for one letter, or OCR's 'm' for "rn" ("Attomey", "Atorney", "Attorey",
     * "Atomey"), is that word; and "Attorney-In-" (capital I: "Fact" follows in 35 of 35) that OCR closed with
     * specks and no word, its next line's "Fact" lost in the date box's debris ("Attorney-In-= YE",
     * "Attorney-In-_ 'ln: 2292012"), is "Attorney-In-Fact". Lower-case "in-" goes on as "fact" 137 times and
     * "Fact" 58: no completion is taken there. Each repair is reported.
     */
    /** The role with both its hyphens (see {@link #ROLE_DEHYPHENATED}), each repair reported. */
    private static String roleHyphens(String name, SourcePosition at, String path, List<Diagnostic> diagnostics) {
        return ROLE_DEHYPHENATED.matcher(name).replaceAll(m -> {
            String printed = m.group(1) + "-" + m.group(2).replaceAll("[^A-Za-z]", "") + "-" + m.group(3);
            diagnostics.add(Diagnostic.repaired(at, path + ".name", "read '" + m.group() + "' as '" + printed + "': where the"
                    + " signer's line broke inside the role, the converter joined the lines without one of its hyphens;"
                    + " all 230 corpus signatures holding the role write 'attorney-in-fact' with both"));
            return Matcher.quoteReplacement(printed);
        });
    }

    private static String roleAsPrinted(String name, SourcePosition at, String path, List<Diagnostic> diagnostics) {
        String spelt = ROLE_WORD.matcher(name).replaceAll(m -> {
            String word = m.group(1);
            boolean capital = Character.isUpperCase(word.charAt(0));
            String printed = capital ? "Attorney" : "attorney";
            if (word.equals(printed) || !isAttorneyMisread(word.toLowerCase(Locale.ROOT))) {
                return Matcher.quoteReplacement(word);
            }
            diagnostics.add(Diagnostic.repaired(at, path + ".name", "read '" + word + "' as '" + printed + "': the word before"
                    + " '-in-' is 'attorney' in all 230 corpus signatures holding the role, and OCR misread a letter of it"));
            return printed;
        });
        Matcher cut = ROLE_CUT.matcher(spelt.strip());
        if (!cut.matches() || WORD_OF_THREE.matcher(cut.group(2)).find()) {
            return spelt;
        }
        diagnostics.add(Diagnostic.repaired(at, path + ".name", "read '" + cut.group(1).substring(cut.group(1).length() - 12)
                + cut.group(2) + "' as the role 'Attorney-In-Fact': after 'Attorney-In-' every one of the 35 corpus"
                + " signatures so written goes on with 'Fact', and OCR read no word after it here, only specks"));
        return cut.group(1) + "Fact";
    }

    /** "attorney" with one letter changed, lost or added, or with OCR's 'm' for its "rn". */
    private static boolean isAttorneyMisread(String word) {
        if (editDistance(word, "attorney") <= 1) {
            return true;
        }
        for (int i = word.indexOf('m'); i >= 0; i = word.indexOf('m', i + 1)) {
            if (editDistance(word.substring(0, i) + "rn" + word.substring(i + 1), "attorney") <= 1) {
                return true;
            }
        }
        return false;
    }

    /** Levenshtein's distance: letters changed, lost or added. */
    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The role broken at its hyphen ("Attorney-in-", "attorney-"), and its rest ("fact", "in-fact"). */
    private static final Pattern ROLE_BROKEN = Pattern.compile("(?i).*\\battorney-(in-)?$");
    private static final Pattern ROLE_REST = Pattern.compile("(?i)^(in-)?fact\\b.*");

    /**
     * OCR that keeps a page's lines whole (tesseract --psm 6) puts the date's line between the lines of the name
     * ("/s/ Yijun Han, Attorney-in-" / "re »- 02/22/2024" / "fact for Reid Hoffman"): when the line under the
     * date's holds the rest of the broken role, the words beside the date are the date box's specks, not the name's.
     * {@code above}: the name up to the date's line; {@code below}: the line under it.
     */
    private static boolean roleGoesOnBelow(CharSequence above, String below) {
        Matcher broken = ROLE_BROKEN.matcher(above);
        if (!broken.matches()) {
            return false;
        }
        Matcher rest = ROLE_REST.matcher(below.strip());
        return rest.matches() && (broken.group(1) == null) == (rest.group(1) != null);
    }

    /** "Attorney-" at a line's end: the page broke a compound word at its hyphen ("Attorney-" / "in-Fact"). */
    private static boolean endsInHyphen(CharSequence text) {
        int n = text.length();
        return n >= 2 && text.charAt(n - 1) == '-' && Character.isLetterOrDigit(text.charAt(n - 2));
    }

    /** The text without a date (or a date cut at the line's end) after it. */
    private static String withoutDate(String text) {
        return CUT_DATE_AT_END.matcher(DATE_AT_END.matcher(text).replaceFirst("")).replaceFirst("").trim();
    }

    /** A "/s/" line whose date is further down, past blank lines or a cut date: the next date-only line. */
    private static Optional<FieldValue<LocalDate>> laterDate(List<Line> lines, int from) {
        for (int i = from + 1; i < lines.size(); i++) {
            if (signed(lines.get(i))) {
                return Optional.empty();
            }
            if (isDateOnly(lines.get(i))) {
                return dateOn(lines.get(i));
            }
        }
        return Optional.empty();
    }

    static boolean isDateOnly(Line line) {
        return line.items().size() == 1 && line.items().get(0).kind() == Item.Kind.DATE
                || WRITTEN_DATE.matcher(line.text().trim()).matches();
    }

    private static Optional<FieldValue<LocalDate>> dateOn(Line line) {
        for (Item item : line.items()) {
            if (item.kind() == Item.Kind.DATE) {
                Optional<LocalDate> date = RowReader.date(item.text());
                if (date.isPresent()) {
                    return Optional.of(FieldValue.read(date.get(), item.position()));
                }
            }
        }
        Matcher written = WRITTEN_DATE.matcher(line.text().trim());
        if (written.matches() && !line.items().isEmpty()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(written.group(3)),
                        Month.valueOf(written.group(1).toUpperCase(Locale.ROOT)), Integer.parseInt(written.group(2)));
                return Optional.of(FieldValue.read(date, line.items().get(0).position()));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
