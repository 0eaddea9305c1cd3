package dev.form4.repair;

import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Provenance;
import dev.form4.recognize.Column;
import dev.form4.recognize.DraftRow;
import dev.form4.recognize.TableKind;
import dev.form4.source.Atom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A title's raised mark as OCR reads it when only specks are left ("Class A Common Stock“", "Common Stock)",
 * "Stock?)", "L.P.&", "Trust!)"): quotes, '?', '!', '@', '&' or a ')' that closes nothing, after the last word or
 * an abbreviation's point ({@link #SPECKS}). They are no part of the title
 * and are dropped with a diagnostic; the mark's number is unreadable, so no footnote is taken, but for one: the
 * title of Table I's first row is the first value the form prints, and EDGAR numbers notes in the order they are
 * first cited (in the corpus, 316 of 321 filings with notes cite note 1 first, no filing marks a value before
 * Table I, and the 9 whose first row's title has a mark all give it note 1); there the mark is F1, INFERRED, where
 * its specks are those of a title's own mark ({@link #TITLE_SPECKS}), not a nature's words run into it. Not
 * Table II's first row: Table I's marks come before it, and some of them may be lost. Nor a bare ')': it may close
 * the parenthesis of a title cut before its '(' ("Ordinary Shares)" of "American Depositary Shares (each = 2
 * Ordinary Shares)"). A nature of ownership's mark leaves the same specks ("Trust“)"); none of the corpus XML's
 * 1,845 natures ends so.
 */
final class TitleSpecks {

    private static final List<Column> TITLES = List.of(Column.SECURITY_TITLE, Column.UNDERLYING_TITLE);
    private static final List<Column> TEXTS = List.of(Column.SECURITY_TITLE, Column.UNDERLYING_TITLE,
            Column.NATURE_OF_OWNERSHIP);
    /** The note a filing cites first, and so numbers 1. */
    private static final String FIRST_NOTE = "F1";
    /**
     * The text up to its last letter, or the point of an abbreviation ("L.P."), then one to four specks: quotes,
     * '?', '!', '@', '©', '®', '&', '*', '°' or a ')' ("Stock'")", "L.P.&", "Trust!)", "L.P. @)"). None of the corpus
     * XML's 5,062 titles and natures ends in any of them.
     */
    private static final Pattern SPECKS = Pattern.compile("^(.*[\\p{L}.])\\s*([’'\"”“‘?)@©®!&*°]{1,4})$");
    /**
     * A partnership's or company's name with its mark read as round letters touching it ("Fund IV, LPO", "Fund, LPC",
     * "L.P.O", "Fund, LLC@C", "LLCQ"): no name ends so (none of the corpus XML's 1,845 natures), and "(1)" raised after
     * "LP" or "LLC" is what OCR makes them of.
     */
    private static final Pattern PARTNERSHIP_MARK = Pattern.compile("^(.*\\b(?:L\\.?P\\.?|LLC))([OCQ@©®]{1,2})$");
    /** The specks a title's own mark leaves after its last word, where the first row's title may take note 1. */
    private static final Pattern TITLE_SPECKS = Pattern.compile("^(.*\\p{L})\\s*([’'\"”“‘?)]{1,2})$");

    private TitleSpecks() {
    }

    static void apply(RepairContext context) {
        DraftRow first = firstRow(context.rows());
        boolean noteOne = context.footnotes().stream().anyMatch(f -> FIRST_NOTE.equals(f.id()));
        for (DraftRow row : context.rows()) {
            for (Column column : TEXTS) {
                FieldValue<Object> title = row.get(column);
                if (title.value() == null || title.provenance() != Provenance.READ) {
                    continue;
                }
                if (column == Column.NATURE_OF_OWNERSHIP) {
                    title = withoutDebrisInSeeFootnote(context, row, column, title);
                }
                String read = title.value().toString();
                Matcher m = SPECKS.matcher(read);
                if (!m.matches() && column == Column.NATURE_OF_OWNERSHIP) {
                    m = PARTNERSHIP_MARK.matcher(read);
                }
                // a lone '!' is as often a letter OCR misread ("Common Stoc!") as a mark
                if (!m.matches() || "!".equals(m.group(2)) || m.group(2).contains(")") && read.indexOf('(') >= 0
                        || count(read, '"') % 2 == 0 && m.group(2).contains("\"")) {
                    dropStrays(context, row, column, title);
                    continue; // "(Class A)" closes its parenthesis; a quoted name keeps its quotes
                }
                String kept = m.group(1);
                String specks = m.group(2);
                Matcher round = column == Column.NATURE_OF_OWNERSHIP ? PARTNERSHIP_MARK.matcher(kept) : null;
                if (round != null && round.matches()) { // "LLC@C)": the mark's round letters before its specks
                    kept = round.group(1);
                    specks = round.group(2) + specks;
                }
                String dropped = "read '" + read + "': dropped '" + specks + "' after the "
                        + (TITLES.contains(column) ? "title" : "nature") + ", the specks of a mark";
                if (column == Column.SECURITY_TITLE && row == first && title.footnoteIds().isEmpty() && noteOne
                        && TITLE_SPECKS.matcher(read).matches() // not "L.P.@": a nature's words run into the title
                        && !")".equals(m.group(2))) { // a bare ')' may close a parenthesis whose '(' was cut off
                    FieldValue<Object> linked = new FieldValue<>(m.group(1), List.of(FIRST_NOTE), title.position(), Provenance.INFERRED);
                    row.set(column, linked);
                    context.diagnostics().add(Diagnostic.inferred(row.position(column), row.path(column), dropped
                            + " whose number is unreadable; linked to " + FIRST_NOTE + ": the title of Table I's first row"
                            + " is the first value printed, and a filing numbers its notes in the order they are first cited"));
                    dropStrays(context, row, column, linked);
                    continue;
                }
                FieldValue<Object> repaired = new FieldValue<>(kept, title.footnoteIds(), title.position(),
                        Provenance.REPAIRED);
                row.set(column, repaired);
                context.diagnostics().add(Diagnostic.repaired(row.position(column), row.path(column), dropped
                        + " whose number is unreadable"));
                context.unreadMarks().add(new RepairContext.UnreadMark(row, column,
                        Atom.unreadableMark(specks, -1, row.position(column)), null));
                dropStrays(context, row, column, repaired);
            }
        }
    }

    /**
     * "See" and "footnote" with OCR's reading of a mark between them ("See mn footnote", "See oy footnote", "See >
     * Footnote"): the 321 corpus XML natures that name a footnote all read "See footnote", "See Footnote" or "See
     * Footnotes", no word between, so pieces of one or two characters there are the debris of the mark printed beside
     * the words; they are dropped, and the mark, its number unreadable, is left to the notes no value cites.
     */
    private static final Pattern SEE_DEBRIS_FOOTNOTE = Pattern.compile("^(See)((?:\\s+\\S{1,2}){1,2})\\s+([Ff]ootnotes?\\S*)$");

    private static FieldValue<Object> withoutDebrisInSeeFootnote(RepairContext context, DraftRow row, Column column,
                                                                 FieldValue<Object> nature) {
        Matcher m = SEE_DEBRIS_FOOTNOTE.matcher(nature.value().toString().trim());
        if (!m.matches()) {
            return nature;
        }
        FieldValue<Object> repaired = new FieldValue<>(m.group(1) + " " + m.group(3), nature.footnoteIds(),
                nature.position(), Provenance.REPAIRED);
        context.diagnostics().add(Diagnostic.repaired(row.position(column), row.path(column), "read '" + nature.value()
                + "': dropped '" + m.group(2).trim() + "' between 'See' and 'footnote', a mark's debris: no nature"
                + " that names a footnote has a word there"));
        if (nature.footnoteIds().isEmpty()) {
            context.unreadMarks().add(new RepairContext.UnreadMark(row, column,
                    Atom.unreadableMark(m.group(2).trim(), -1, row.position(column)), null));
        }
        row.set(column, repaired);
        return repaired;
    }

    /** The row printed first: Table I's first transaction, or its first holding when it reports none. */
    private static DraftRow firstRow(List<DraftRow> rows) {
        for (TableKind kind : List.of(TableKind.NON_DERIVATIVE_TRANSACTION, TableKind.NON_DERIVATIVE_HOLDING)) {
            Optional<DraftRow> row = rows.stream().filter(r -> r.kind() == kind && r.index() == 0).findFirst();
            if (row.isPresent()) {
                return row.get();
            }
        }
        return null;
    }

    /**
     * Words of a title are words: of the corpus XML's 2,889 titles and 328 underlying titles none holds a piece
     * without a letter or digit (OCR's specks: quotes, '?', ',', "()"), and none a piece of one or two letters
     * but a class, series or tranche letter ("Class A", "(Class A)") and a small lowercase word ("(right to
     * buy)"). Such a piece inside a title wrapped over OCR lines is a speck or what is left of another cell's word
     * ("Restricted Cc" / "Stock ()" / "Units", the underlying "Common" misread beside the title): it is dropped
     * with a diagnostic.
     */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static void dropStrays(RepairContext context, DraftRow row, Column column, FieldValue<Object> title) {
        boolean nature = !TITLES.contains(column);
        String[] words = SPACES.split(title.value().toString().trim());
        StringBuilder kept = new StringBuilder();
        List<String> dropped = new ArrayList<>();
        String before = null; // the last word kept
        for (String word : words) {
            // a nature names a holder: "SC US/E", "& Co." are its words; only OCR's specks are not
            if (nature ? NATURE_SPECKS.matcher(word).matches() : isStray(word, before)) {
                dropped.add(word);
            } else {
                kept.append(kept.isEmpty() ? "" : " ").append(word);
                before = word;
            }
        }
        if (dropped.isEmpty() || kept.isEmpty()) {
            return;
        }
        // an inferred link stays inferred: the repair is reported beside it
        Provenance provenance = title.provenance() == Provenance.INFERRED ? Provenance.INFERRED : Provenance.REPAIRED;
        row.set(column, new FieldValue<>(kept.toString(), title.footnoteIds(), title.position(), provenance));
        context.diagnostics().add(Diagnostic.repaired(row.position(column), row.path(column), "read '" + title.value()
                + "': dropped " + dropped.stream().map(w -> "'" + w + "'").collect(Collectors.joining(", "))
                + (nature ? ", OCR's specks: no word of a nature" : ", no word of a title: specks or a piece of another cell's word")));
    }

    private static boolean isStray(String word, String before) {
        long letters = word.chars().filter(Character::isLetter).count();
        if (word.chars().anyMatch(Character::isDigit) || letters > 2) {
            return false;
        }
        if (letters == 0) {
            // OCR's specks, alone or in the parentheses of a mark read without its number ("?", "()", "@)");
            // a sign a title may print ("=", "&", "-", a parenthesis that may close an opened one) stays
            return STRAY_SPECKS.matcher(word).matches() && !word.equals("(") && !(word.equals(")") && before != null);
        }
        String bare = NOT_LETTER.matcher(word).replaceAll("");
        boolean classLetter = before != null && CLASS_WORD.matcher(NOT_LETTER.matcher(before).replaceAll("")).matches()
                && bare.equals(bare.toUpperCase(Locale.ROOT));
        boolean smallWord = letters == 2 && bare.equals(bare.toLowerCase(Locale.ROOT)) && VOWEL.matcher(bare).find();
        boolean initials = letters == 2 && bare.equals(bare.toUpperCase(Locale.ROOT)); // "LP", "II"
        return !classLetter && !smallWord && !initials;
    }

    /**
     * A nature's word made only of what OCR makes of a border or a mark ("by _ Trust", "See @ footnote"): none of
     * the corpus XML's 1,845 natures has such a word.
     */
    private static final Pattern NATURE_SPECKS = Pattern.compile("[_|~“”‘’°©®•@]+");
    private static final Pattern STRAY_SPECKS = Pattern.compile("\\(?[?!|_~“”‘’'\"°,.:;*^`@©®™•{}\\[\\]]*\\)?");
    private static final Pattern CLASS_WORD = Pattern.compile("(?i)class|series|tranche");
    // compiled once: String's replaceAll and matches compile theirs on each call, and isStray runs per title word
    private static final Pattern NOT_LETTER = Pattern.compile("\\P{L}");
    private static final Pattern VOWEL = Pattern.compile("[aeiou]");

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
