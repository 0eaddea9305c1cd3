package dev.form4.recognize;

import dev.form4.source.Item;
import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;
import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Signature;
import dev.form4.model.SourcePosition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The signature block. The printed form puts each signer's name beside its date above the caption
 * "** Signature of Reporting Person / Date"; Marker writes the name on one line and the date on the next. A
 * signature is therefore a "/s/ ..." line, or a line followed by a line that is only a date. A date cut at the
 * name line's end ("... Courtot 11/2") is not part of the name.
 */
final class SignatureReader {

    private static final Pattern CAPTION = Pattern.compile("(?i).*(Signature of Reporting Person|^\\**\\s*Date\\s*$).*");
    private static final Pattern SIGNED = Pattern.compile("(?i)^/s/.*");

    private SignatureReader() {
    }

    /** A line of the signature block: its items and its text with cell edges as spaces. */
    record Line(int line, List<Item> items, String text) {
        static Line of(SourceRow row) {
            List<Item> items = new ArrayList<>();
            for (SourceCell cell : row.cells()) {
                items.addAll(cell.items());
            }
            return new Line(row.line(), items, FootnoteReader.spaced(row));
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
            moved.add(0, rest.remove(rest.size() - 1));
        }
        boolean signed = signatureBlock.stream().anyMatch(l -> SIGNED.matcher(l.text()).matches());
        if (moved.isEmpty() && !signed && !rest.isEmpty() && isNameWithDate(rest.get(rest.size() - 1))) {
            moved.add(rest.remove(rest.size() - 1));
        }
        List<Line> signatures = new ArrayList<>(moved);
        signatures.addAll(signatureBlock);
        return new Split(rest, signatures);
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
        List<Signature> signatures = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (isDateOnly(line) || CAPTION.matcher(line.text()).matches() || line.text().isBlank()) {
                continue;
            }
            Optional<FieldValue<LocalDate>> below = i + 1 < lines.size() && isDateOnly(lines.get(i + 1))
                    ? dateOn(lines.get(i + 1)) : Optional.empty();
            Optional<FieldValue<LocalDate>> onLine = dateOn(line);
            if (!SIGNED.matcher(line.text()).matches() && below.isEmpty() && onLine.isEmpty()) {
                continue; // not a signature: a stray line of the block
            }
            String path = "signatures[" + signatures.size() + "]";
            SourcePosition at = line.items().isEmpty() ? new SourcePosition(line.line(), 1) : line.items().get(0).position();
            String name = line.text().replaceFirst("\\s+\\d{1,2}/\\d{1,2}/\\d{4}\\s*$", "")
                    .replaceFirst("\\s+\\d{1,2}(/\\d{0,2}(/\\d{0,3})?)?\\s*$", "").trim();
            int lineIndex = i;
            FieldValue<LocalDate> date = onLine.or(() -> below).or(() -> laterDate(lines, lineIndex)).orElse(FieldValue.absent());
            if (!date.isPresent()) {
                diagnostics.add(Diagnostic.unreadable(at, path + ".date", "no date found for the signature"));
            }
            signatures.add(new Signature(FieldValue.read(name, at), date));
        }
        return signatures;
    }

    /** A "/s/" line whose date is further down, past blank lines or a cut date: the next date-only line. */
    private static Optional<FieldValue<LocalDate>> laterDate(List<Line> lines, int from) {
        for (int i = from + 1; i < lines.size(); i++) {
            if (SIGNED.matcher(lines.get(i).text()).matches()) {
                return Optional.empty();
            }
            if (isDateOnly(lines.get(i))) {
                return dateOn(lines.get(i));
            }
        }
        return Optional.empty();
    }

    static boolean isDateOnly(Line line) {
        return line.items().size() == 1 && line.items().get(0).kind() == Item.Kind.DATE;
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
        return Optional.empty();
    }
}
