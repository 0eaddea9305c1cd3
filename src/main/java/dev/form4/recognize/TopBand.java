package dev.form4.recognize;

import dev.form4.model.SourcePosition;
import dev.form4.source.SourceRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form's top band on lines without columns (OCR): boxes 1, 2 and 5 stand side by side, so one line holds
 * box 1's name, box 2's "ISSUER [ TICKER ]" and box 5's labels ("COOK TIMOTHY D Apple Inc. [ AAPL ]", or
 * "Facebook Inc [ FB ] (Check all applicable)" over "THIEL PETER X Director"). Read as a careful reader does:
 * <ul>
 *   <li>box 2's value ends at the ticker's brackets, as OCR reads them ('[' as '|', 'J' or 'l' after the
 *       issuer's corporate suffix, the closing one lost before box 5's caption);</li>
 *   <li>where another line of the band, between the captions and "(Last) (First) (Middle)", holds a name left of
 *       box 5's labels, that is box 1's name, and the ticker's line is box 2's alone;</li>
 *   <li>else the ticker's line holds both names, box 1's first: the owner's name is where the document's
 *       signature or remarks spell its words ("for Timothy D. Cook"), the issuer's where the document prints
 *       it again (a note, a care-of line), the suffix "Inc." aside if need be; the two must agree, and without
 *       either nothing tells where one name ends, so both stay unread.</li>
 * </ul>
 */
final class TopBand {

    /**
     * What the band gave: the issuer's name (null when unread), the ticker, the owner's name where box 1's text
     * was placed by this reading (null: let box 1's own reading find it), the line's text where both names
     * ran together unsplit, and box 1's two differing readings where OCR read it on two lines (null otherwise).
     */
    record Reading(HeaderText.Found issuer, HeaderText.Found ticker, HeaderText.Found owner, HeaderText.Found runTogether,
                   HeaderText.Found ownerConflict, boolean splitByCase) {
    }

    /**
     * The corporate suffix that ends an issuer's name: every one of the 323 corpus filings' issuer names (27
     * issuers) ends in Inc, Corp, Co or Ltd; the other forms are the common legal suffixes of the SEC's filers.
     */
    private static final String SUFFIX = "(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\\.L\\.C|LP|L\\.P"
            + "|PLC|N\\.V|S\\.A|AG|SE|Holdings|Bancorp|Trust|Group)\\.?";
    private static final Pattern ENDS_WITH_SUFFIX = Pattern.compile("(?i)(?:^|[\\s,])" + SUFFIX + "\\s*,?$");
    /**
     * "[ TICKER ]": the opening bracket as '[' or '|' (OCR's misread), or 'J' / 'l' where a corporate suffix
     * stands before it ("APPLE INC J AAPL"); the closing one as ']', '}', '|', 'J', '1' or 'l', or lost where the
     * line ends or box 5's caption follows. The ticker is an exchange symbol: capitals, digits, '.' or '-'.
     */
    private static final Pattern TICKER = Pattern.compile("(?:\\s\\[|\\s\\||(?<=\\b" + SUFFIX + ")\\s[Jl])\\s*([A-Z][A-Z0-9.\\-]{0,5})"
            + "\\s*(?:[\\]}|J1l](?![A-Za-z0-9])|(?=\\s*(?:\\(|$)))", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPPER_TICKER = Pattern.compile("[A-Z][A-Z0-9.\\-]{0,5}");
    private static final Pattern BOX_ONE_SUB_CAPTION = Pattern.compile("\\((?:Last|First|Middle)\\)");
    /** Box 5's caption and its OCR pieces ("(Check all applicable)", "eck all applicable'", "roheck all apuicatic"). */
    private static final Pattern BOX_FIVE_CAPTION = Pattern.compile("(?i)applica|\\(check|check all|relationship");
    /**
     * A word of an owner's name as EDGAR prints it (LAST FIRST MIDDLE): a capital, then letters, a hyphen, an
     * apostrophe; an initial. Every word of the 345 corpus owners' names begins with a capital (or is a trust's
     * year or '&').
     */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'\\-]*\\.?");
    /** The other words of an entity's name: a year, '&' ("Reid Hoffman & Michelle Yee Living Trust"). */
    private static final Pattern ENTITY_WORD = Pattern.compile("&|\\d{4}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    /** Box 5's text right of box 2's on a line: from its caption's '(' or a cell's rule on. */
    private static final Pattern UP_TO_BOX_FIVE = Pattern.compile("\\s*(?:\\(|\\|\\s).*$");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}&]+");
    /** Lines of the band: box 1's name stands within a few lines of the captions, before its sub-captions. */
    private static final int BAND_LINES = 4;

    private TopBand() {
    }

    /**
     * The band under the captions' line {@code captionRow}; empty where no line of it holds box 2's ticker (the
     * caller's other readings apply). {@code elsewhere}: the document's text outside the header and box 1's
     * care-of lines; {@code signed}: the signatures' and remarks' text.
     */
    static Optional<Reading> read(HeaderText header, int captionRow, String elsewhere, String signed) {
        List<SourceRow> rows = header.rows();
        int end = Math.min(rows.size(), captionRow + 1 + BAND_LINES);
        for (int r = captionRow + 1; r < end; r++) {
            if (BOX_ONE_SUB_CAPTION.matcher(rows.get(r).text()).find()) {
                end = r;
            }
        }
        int tickerRow = -1;
        Matcher ticker = null;
        for (int r = captionRow + 1; r < end && tickerRow < 0; r++) {
            Matcher m = TICKER.matcher(rows.get(r).text());
            if (m.find() && UPPER_TICKER.matcher(m.group(1)).matches()) {
                tickerRow = r;
                ticker = m;
            }
        }
        if (tickerRow < 0) {
            return Optional.empty();
        }
        SourceRow row = rows.get(tickerRow);
        HeaderText.Found tickerFound = found(row, ticker.group(1));
        String[] words = words(row.text().substring(0, ticker.start()));
        int valueRow = tickerRow;
        if (tickerRow > captionRow + 1 && (words.length == 0 || ENDS_WITH_SUFFIX.matcher(words[0]).lookingAt() && words.length == 1)) {
            // "ARROWHEAD PHARMACEUTICALS," / "INC [ ARWR ]": the issuer's name wrapped, its start on the line above
            valueRow = tickerRow - 1;
            row = rows.get(valueRow);
            String above = UP_TO_BOX_FIVE.matcher(HeaderReader.boxOneText(row.text())).replaceFirst("");
            words = words(above + " " + String.join(" ", words));
        }
        String evidence = normalized(elsewhere);
        Set<String> signedWords = signedWords(signed);
        Optional<HeaderText.Found> owner = ownerLine(rows, captionRow + 1, end, valueRow, tickerRow);
        if (owner.isPresent()) {
            // box 1's name has a line of its own: the ticker's line is box 2's, less OCR's debris before it
            int start = issuerStart(words, 0, evidence).orElse(debrisBefore(words));
            String issuer = String.join(" ", Arrays.copyOfRange(words, start, words.length));
            String name = HeaderReader.withoutIssuer(owner.get().text(), issuer);
            HeaderText.Found ownerFound = nameWords(name) ? new HeaderText.Found(name, owner.get().position()) : null;
            String before = String.join(" ", Arrays.copyOfRange(words, debrisBefore(words), start));
            HeaderText.Found conflict = null;
            if (ownerFound != null && nameWords(before) && !before.equals(name)) {
                // box 1's text on both lines ("Musk El Tesla, Inc." over "Musk Hiton"): the one the signature spells
                boolean lineSigned = allSigned(name, signedWords);
                boolean beforeSigned = allSigned(before, signedWords);
                if (lineSigned == beforeSigned) {
                    conflict = new HeaderText.Found("'" + before + "' and '" + name + "'", ownerFound.position());
                }
                ownerFound = lineSigned == beforeSigned ? null : lineSigned ? ownerFound : found(row, before);
            }
            return Optional.of(new Reading(issuer.isEmpty() ? null : found(row, issuer), tickerFound, ownerFound, null, conflict, false));
        }
        if (issuerStart(words, 0, evidence).orElse(-1) == 0) {
            // the whole text is the issuer's name as the document prints it elsewhere: box 2's line alone
            return Optional.of(new Reading(found(row, String.join(" ", words)), tickerFound, null, null, null, false));
        }
        // both names on the ticker's line, the owner's (two words at least: all 345 corpus owners') first
        Optional<Integer> byIssuer = issuerStart(words, 2, evidence);
        Optional<Integer> byOwner = ownerEnd(words, signedWords);
        Optional<Integer> byCase = byIssuer.isEmpty() && byOwner.isEmpty() ? caseChange(words) : Optional.empty();
        if (byCase.isPresent()) {
            int at = byCase.get();
            return Optional.of(new Reading(found(row, String.join(" ", Arrays.copyOfRange(words, at, words.length))), tickerFound,
                    found(row, String.join(" ", Arrays.copyOfRange(words, 0, at))), null, null, true));
        }
        if (byIssuer.isPresent() && byOwner.isPresent() && !byIssuer.equals(byOwner) || byIssuer.isEmpty() && byOwner.isEmpty()) {
            String text = String.join(" ", words);
            return Optional.of(new Reading(null, tickerFound, null, text.isEmpty() ? null : found(row, text), null, false));
        }
        int at = byIssuer.orElseGet(byOwner::get);
        String name = String.join(" ", Arrays.copyOfRange(words, 0, at));
        String issuer = String.join(" ", Arrays.copyOfRange(words, at, words.length));
        return Optional.of(new Reading(found(row, issuer), tickerFound, found(row, name), null, null, false));
    }

    /**
     * Where the issuer's name begins, from {@code from} on: the longest run of the line's last words that the
     * document prints again as words, or whose name without the corporate suffix it prints ("Apple" for "Apple
     * Inc."; four letters at least). The names are compared in lower case, punctuation aside.
     */
    private static Optional<Integer> issuerStart(String[] words, int from, String evidence) {
        for (int start = from; start < words.length; start++) {
            String candidate = String.join(" ", Arrays.copyOfRange(words, start, words.length));
            if (!ENDS_WITH_SUFFIX.matcher(candidate).find()) {
                continue;
            }
            String whole = normalized(candidate);
            if (whole.length() >= 7 && evidence.contains(whole)) {
                return Optional.of(start);
            }
            if (start < words.length - 1) {
                String base = normalized(String.join(" ", Arrays.copyOfRange(words, start, words.length - 1)));
                if (base.replace(" ", "").length() >= 4 && evidence.contains(base)) {
                    return Optional.of(start);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where the owner's name ends: after the longest run of first words (two at least) that are all words of the
     * signatures or remarks, and the middle initial after them (a signature may leave it out: "/s/Adeoye
     * Olukotun" for "OLUKOTUN ADEOYE Y"; no corpus issuer's name begins with a single letter), leaving an
     * issuer's name of a word and its corporate suffix at least.
     */
    private static Optional<Integer> ownerEnd(String[] words, Set<String> signed) {
        for (int end = words.length - 2; end >= 2; end--) {
            String rest = String.join(" ", Arrays.copyOfRange(words, end, words.length));
            if (!ENDS_WITH_SUFFIX.matcher(rest).find()) {
                continue;
            }
            if (allSigned(words, end, signed)) {
                boolean initial = end + 2 < words.length && INITIAL.matcher(words[end]).matches();
                return Optional.of(initial ? end + 1 : end);
            }
        }
        return Optional.empty();
    }

    /**
     * Where the names change case, the only evidence left when neither is printed again: the page prints the owner's
     * name and the issuer's as each was filed, one in capitals and the other not ("BOTHA ROELOF Block, Inc.", "Hoffman
     * Reid MICROSOFT CORP"). The line's words must be of one case up to one place and of the other after it (a single
     * capital, an initial, goes with the words before it), the owner's two words at least, the issuer's ending in a
     * corporate suffix; a word without two letters tells nothing and rules the reading out.
     */
    private static Optional<Integer> caseChange(String[] words) {
        int change = -1;
        for (int i = 1; i < words.length; i++) {
            Boolean before = capitals(words[i - 1]);
            Boolean here = capitals(words[i]);
            if (before == null || here == null) {
                if (!INITIAL.matcher(words[i]).matches() || i == words.length - 1) {
                    return Optional.empty();
                }
                continue; // an initial: with the words before it
            }
            int previous = i - 1;
            while (previous > 0 && capitals(words[previous]) == null) {
                previous--;
            }
            if (!capitals(words[previous]).equals(here)) {
                if (change >= 0) {
                    return Optional.empty(); // the case changes twice: no boundary
                }
                change = i;
            }
        }
        return change >= 2 && ENDS_WITH_SUFFIX.matcher(String.join(" ", Arrays.copyOfRange(words, change, words.length))).find()
                ? Optional.of(change) : Optional.empty();
    }

    /** Whether a word of two letters or more is in capitals; null for shorter ones (initials, specks). */
    private static Boolean capitals(String word) {
        String letters = word.replaceAll("\\P{L}", "");
        return letters.length() < 2 ? null : letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
    }

    /** Every word of {@code text} is a name word that the signatures or remarks hold. */
    private static boolean allSigned(String text, Set<String> signed) {
        String[] words = SPACES.split(text);
        return allSigned(words, words.length, signed);
    }

    /** The first {@code count} words are all name words that the signatures or remarks hold. */
    private static boolean allSigned(String[] words, int count, Set<String> signed) {
        for (int i = 0; i < count; i++) {
            String word = normalized(words[i]).trim();
            if (!NAME_WORD.matcher(words[i]).matches() || word.isEmpty() || !signed.contains(word)) {
                return false;
            }
        }
        return count > 0;
    }

    /** A line of the band, other than the ticker's, whose text left of box 5's is a person's or an entity's name. */
    private static Optional<HeaderText.Found> ownerLine(List<SourceRow> rows, int from, int to, int valueRow, int tickerRow) {
        for (int r = from; r < to; r++) {
            String text = rows.get(r).text();
            if (r >= valueRow && r <= tickerRow || BOX_FIVE_CAPTION.matcher(text).find() && !text.contains("[")) {
                continue;
            }
            String box = HeaderReader.boxOneText(text.replace(" | ", " "));
            if (BOX_FIVE_CAPTION.matcher(box).find()) {
                continue;
            }
            String[] words = words(box);
            String name = String.join(" ", words);
            if (!nameWords(name) && words.length > 2 && words[words.length - 1].length() <= 2) {
                // box 5's empty checkbox read as letters after the name ("Jean-Claude Carine Lamercie oS")
                name = String.join(" ", Arrays.copyOf(words, words.length - 1));
            }
            int kept = words.length;
            while (!nameWords(name) && kept > 2 && !NAME_WORD.matcher(words[kept - 1]).matches()) {
                // box 5's checkboxes and labels garbled into lower-case words before the label that ends box 1's text
                // ("Hoffman Reid << peas 10% Owner"): no name ends with a word that does not open with a capital
                name = String.join(" ", Arrays.copyOf(words, --kept));
            }
            if (nameWords(name)) {
                return Optional.of(found(rows.get(r), name));
            }
        }
        return Optional.empty();
    }

    /** Two words or more, each a name's word, two of them of two letters at least. */
    private static boolean nameWords(String text) {
        String[] words = SPACES.split(text.trim());
        if (words.length < 2) {
            return false;
        }
        int longWords = 0; // of two letters or more
        for (String word : words) {
            if (ENTITY_WORD.matcher(word).matches()) {
                continue;
            }
            if (!NAME_WORD.matcher(word).matches()) {
                return false;
            }
            longWords += word.replace(".", "").length() >= 2 ? 1 : 0;
        }
        return longWords >= 2;
    }

    /** A line's words, less OCR's debris: a token without a letter or digit ('.', ':', '¥.', ','), '&' aside. */
    private static String[] words(String text) {
        List<String> words = new ArrayList<>(Arrays.asList(SPACES.split(text.trim())));
        words.removeIf(w -> w.codePoints().noneMatch(Character::isLetterOrDigit) && !w.equals("&"));
        while (!words.isEmpty() && words.get(words.size() - 1).equals("&")) {
            words.remove(words.size() - 1);
        }
        return words.toArray(String[]::new);
    }

    /** The words before the issuer's name that are a box rule's debris: single letters ("F 2seventy bio, Inc."). */
    private static int debrisBefore(String[] words) {
        int start = 0;
        while (start < words.length - 1 && words[start].length() == 1 && !Character.isDigit(words[start].charAt(0))) {
            start++;
        }
        return start;
    }

    private static Set<String> signedWords(String signed) {
        return new HashSet<>(Arrays.asList(SPACES.split(normalized(signed).trim())));
    }

    /** Lower case, every run of other characters than letters, digits and '&' one space, with a space each side. */
    static String normalized(String text) {
        return " " + NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim() + " ";
    }

    private static HeaderText.Found found(SourceRow row, String value) {
        return new HeaderText.Found(value, row.cells().isEmpty() ? SourcePosition.UNKNOWN
                : HeaderText.positionOf(row.cells().get(0), value));
    }
}
