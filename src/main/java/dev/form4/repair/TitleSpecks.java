package dev.form4.repair;

import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Provenance;
import dev.form4.recognize.Column;
import dev.form4.recognize.DraftRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A title's raised mark as OCR reads it when only specks are left ("Class A Common Stock“", "Common Stock)",
 * "Stock?)"): quotes, '?' or a ')' that closes nothing, right after the last word. They are no part of the title
 * and are dropped with a diagnostic; the mark's number is unreadable, so no footnote is taken. A nature of
 * ownership's mark leaves the same specks ("Trust“)"); none of the corpus XML's 1,845 natures ends so.
 */
final class TitleSpecks {

    private static final List<Column> TITLES = List.of(Column.SECURITY_TITLE, Column.UNDERLYING_TITLE);
    private static final List<Column> TEXTS = List.of(Column.SECURITY_TITLE, Column.UNDERLYING_TITLE,
            Column.NATURE_OF_OWNERSHIP);
    private static final Pattern SPECKS = Pattern.compile("^(.*\\p{L})\\s*([’'\"”“‘?)]{1,2})$");

    private TitleSpecks() {
    }

    static void apply(RepairContext context) {
        for (DraftRow row : context.rows()) {
            for (Column column : TEXTS) {
                FieldValue<Object> title = row.get(column);
                if (title.value() == null || title.provenance() != Provenance.READ) {
                    continue;
                }
                String read = title.value().toString();
                Matcher m = SPECKS.matcher(read);
                if (!m.matches() || m.group(2).contains(")") && read.indexOf('(') >= 0
                        || count(read, '"') % 2 == 0 && m.group(2).contains("\"")) {
                    dropStrays(context, row, column, title);
                    continue; // "(Class A)" closes its parenthesis; a quoted name keeps its quotes
                }
                FieldValue<Object> repaired = new FieldValue<>(m.group(1), title.footnoteIds(), title.position(),
                        Provenance.REPAIRED);
                row.set(column, repaired);
                context.diagnostics().add(Diagnostic.repaired(row.position(column), row.path(column), "read '" + read
                        + "': dropped '" + m.group(2) + "' after the " + (TITLES.contains(column) ? "title" : "nature")
                        + ", the specks of a mark whose number is unreadable"));
                dropStrays(context, row, column, repaired);
            }
        }
    }

    /**
     * Words of a title are words: of the corpus XML's 2,889 titles and 328 underlying titles none holds a piece
     * without a letter or digit (OCR's specks: quotes, '?', ',', "()"), and none a piece of one or two letters
     * but a class, series or tranche letter ("Class A", "(Class A)") and a small lowercase word ("(right to
     * buy)"). Such a piece inside a title wrapped over OCR lines is a speck or what is left of another cell's word
     * ("Restricted Cc" / "Stock ()" / "Units", the underlying "Common" misread beside the title): it is dropped
     * with a diagnostic.
     */
    private static void dropStrays(RepairContext context, DraftRow row, Column column, FieldValue<Object> title) {
        if (!TITLES.contains(column)) {
            return; // a nature names a holder: "SC US/E", "& Co." are its words
        }
        String[] words = title.value().toString().trim().split("\\s+");
        StringBuilder kept = new StringBuilder();
        List<String> dropped = new ArrayList<>();
        String before = null; // the last word kept
        for (String word : words) {
            if (isStray(word, before)) {
                dropped.add(word);
            } else {
                kept.append(kept.isEmpty() ? "" : " ").append(word);
                before = word;
            }
        }
        if (dropped.isEmpty() || kept.isEmpty()) {
            return;
        }
        row.set(column, new FieldValue<>(kept.toString(), title.footnoteIds(), title.position(), Provenance.REPAIRED));
        context.diagnostics().add(Diagnostic.repaired(row.position(column), row.path(column), "read '" + title.value()
                + "': dropped " + dropped.stream().map(w -> "'" + w + "'").collect(Collectors.joining(", "))
                + ", no word of a title: specks or a piece of another cell's word"));
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
        String bare = word.replaceAll("\\P{L}", "");
        boolean classLetter = before != null && CLASS_WORD.matcher(before.replaceAll("\\P{L}", "")).matches()
                && bare.equals(bare.toUpperCase(Locale.ROOT));
        boolean smallWord = letters == 2 && bare.equals(bare.toLowerCase(Locale.ROOT)) && bare.matches(".*[aeiou].*");
        boolean initials = letters == 2 && bare.equals(bare.toUpperCase(Locale.ROOT)); // "LP", "II"
        return !classLetter && !smallWord && !initials;
    }

    private static final Pattern STRAY_SPECKS = Pattern.compile("\\(?[?!|_~“”‘’'\"°,.:;*^`@©®™•{}\\[\\]]*\\)?");
    private static final Pattern CLASS_WORD = Pattern.compile("(?i)class|series|tranche");

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
