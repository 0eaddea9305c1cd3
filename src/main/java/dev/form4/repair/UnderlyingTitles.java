package dev.form4.repair;

import dev.form4.model.FieldValue;
import dev.form4.model.Provenance;
import dev.form4.recognize.Column;
import dev.form4.recognize.DraftRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Table II underlying title that OCR read damaged ("ommon", "Stock.", "Ordinary Shares >", "ares") names a class
 * the form prints whole elsewhere: in the corpus XML, 259 of the 277 underlying titles of filings with a Table I
 * row are one of that filing's Table I titles. A damaged reading whose words are, in order, pieces of the words of
 * exactly one of the classes the document names (Table I's titles, Table II's titles but the row's own, the
 * underlying titles read whole), and that one a Table I title, is that title, REPAIRED with the title's line as
 * evidence. A reading that fits two classes ("Common" beside "Class A" and "Class B Common Stock") is left, and so
 * is one of whole words (see {@link #damaged}).
 */
final class UnderlyingTitles {

    /** How the corpus XML's underlying titles end: 327 of 328 with Stock or Shares (see ParallelTitles). */
    private static final Pattern CLASS_END = Pattern.compile("(?i)stock|shares");
    /** Every one of the corpus XML's 328 underlying titles is words of letters: no digit, sign or parenthesis. */
    private static final Pattern NAME = Pattern.compile("\\p{L}+(?: \\p{L}+)*");
    private static final Pattern NOT_LETTER = Pattern.compile("\\P{L}");

    private UnderlyingTitles() {
    }

    static void apply(RepairContext context) {
        // the classes the form names, each by its words without specks ("Ordinary Shares >" is "ordinary shares");
        // Table I's with the row printing it
        Map<String, DraftRow> tableOne = new LinkedHashMap<>();
        Set<String> classes = new LinkedHashSet<>();
        for (DraftRow row : context.rows()) {
            Optional<String> title = row.text(Column.SECURITY_TITLE);
            if (title.isPresent() && !row.kind().isDerivative()) {
                tableOne.putIfAbsent(key(title.get()), row);
            }
            title.map(UnderlyingTitles::key).ifPresent(classes::add);
            row.text(Column.UNDERLYING_TITLE).filter(UnderlyingTitles::endsAsClass).map(UnderlyingTitles::key)
                    .ifPresent(classes::add);
        }
        for (DraftRow row : context.rows()) {
            FieldValue<Object> read = row.get(Column.UNDERLYING_TITLE);
            if (!row.kind().isDerivative() || read.value() == null || read.provenance() == Provenance.INFERRED) {
                continue;
            }
            String underlying = read.value().toString();
            // a derivative is no underlying security of its own: its title is no candidate ("Restricted Stock Units"
            // beside the "Stock." of "Common Stock")
            String own = row.text(Column.SECURITY_TITLE).map(UnderlyingTitles::key).orElse("");
            List<String> fits = classes.stream().filter(c -> !c.equals(own) && readsAs(underlying, c)).toList();
            if (fits.size() != 1 || !tableOne.containsKey(fits.get(0))) {
                continue;
            }
            String title = tableOne.get(fits.get(0)).text(Column.SECURITY_TITLE).orElseThrow();
            if (!NAME.matcher(title).matches() || !damaged(underlying, title)) {
                continue;
            }
            context.repaired(row, Column.UNDERLYING_TITLE, title, "read '" + underlying + "': pieces of the words of '"
                    + title + "', Table I's title (line " + tableOne.get(fits.get(0)).line() + ") and the only class the"
                    + " form names that reads so");
        }
    }

    private static String key(String title) {
        return String.join(" ", letters(title));
    }

    /**
     * The reading's words, without their specks and letterless pieces, stand in order in the class's words: one
     * or two letters as a word ("A", "of"), three or more as a piece of one ("ommon" of "Common"); at least one
     * such piece.
     */
    static boolean readsAs(String read, String className) {
        List<String> pieces = letters(read);
        List<String> words = letters(className);
        if (pieces.isEmpty() || pieces.stream().noneMatch(p -> p.length() >= 3)) {
            return false;
        }
        int w = 0;
        for (String piece : pieces) {
            while (w < words.size() && !(piece.length() <= 2 ? words.get(w).equals(piece) : words.get(w).contains(piece))) {
                w++;
            }
            if (w == words.size()) {
                return false;
            }
            w++;
        }
        return true;
    }

    /**
     * The reading shows OCR's damage: a sign or speck no underlying title prints ("Stock.", "Ordinary Shares >"), or
     * a word with letters lost ("ommon"). Whole words are left as read, fewer than the class has or not: a filer
     * may print "Common" (one of the corpus XML's 328) or name another class ("Common Stock").
     */
    private static boolean damaged(String read, String className) {
        if (!NAME.matcher(read.trim()).matches()) {
            return true;
        }
        List<String> words = letters(className);
        return !letters(read).stream().allMatch(words::contains);
    }

    private static boolean endsAsClass(String title) {
        List<String> words = letters(title);
        return words.size() >= 2 && CLASS_END.matcher(words.get(words.size() - 1)).matches();
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static List<String> letters(String text) {
        List<String> words = new ArrayList<>();
        for (String word : SPACES.split(text.trim())) {
            String bare = NOT_LETTER.matcher(word).replaceAll("").toLowerCase(Locale.ROOT);
            if (!bare.isEmpty()) {
                words.add(bare);
            }
        }
        return words;
    }
}
