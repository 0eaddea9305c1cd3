package dev.form4.parse;

import dev.form4.source.Atom;
import dev.form4.source.SignedMark;
import dev.form4.source.SourceRow;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a row looks like, decided once per row from its own text and values: the token type the form grammar
 * gets. Captions and titles are matched as plain text with the cell edges and spaces taken out, so a caption
 * that a converter scattered over cells ("le I - | 1 | ... | ed, E") or OCR spaced oddly reads whole again.
 *
 * <p>Like a lexer's modes, the section the rows are in decides how prose is read: after "Explanation of
 * Responses" a numbered line is a note, a value alone on a line fell out of its table, and a line of prose right
 * under a note continues it. What a row *is* in the form (a box value, a table row, a loose value) is left to
 * the grammar.
 */
final class RowClassifier {

    /**
     * The section being read, as far as the rows so far tell: TOP above boxes 1 and 2 (the title block and the
     * checkboxes), BOXES from there to the first table's title or caption, FORM through the tables.
     */
    enum Mode { TOP, BOXES, FORM, NOTES, REMARKS, CLOSING }

    /** Captions of the header's boxes, sub-captions and checkbox labels (lower case). */
    private static final List<String> BOX_PHRASES = List.of("name and address", "issuer name", "trading symbol",
            "earliest transaction", "if amendment", "amendment, date of", "date of original", "relationship of reporting", "individual or joint", "(street)",
            "(city)", "(last)", "(first)", "(middle)", "(state)", "(zip)", "give title below", "form filed by",
            "omb number", "omb approval", "10b5-1", "check this box", "check all applicable", "specify below",
            "statement for month", "irs or social security");
    private static final List<String> FORM_PHRASES = List.of("statement of changes in beneficial ownership",
            "securities and exchange commission", "united states securities and exchange", "washington, d.c.", "omb approval", "omb number",
            "estimated average burden", "hours per response", "filed pursuant to section 16", "section 30(h)",
            "print or type responses");
    private static final List<String> BOILERPLATE_PHRASES = List.of("if the form is filed by more than one reporting",
            "intentional misstatements or omissions", "note: file three copies", "persons who respond to the collection",
            "sec 1474", "potential persons who are to respond");
    /**
     * The printed text of the checkboxes above box 1, compact. A converter breaks it over lines where the page
     * does ("transaction was made pursuant to a" / "contract, instruction ..."); a line that is a piece of it is
     * the box's caption, even when it holds words that also head a table's column ("Transaction", "Securities").
     */
    private static final List<String> CHECKBOX_TEXTS = List.of(
            compact("check this box if no longer subject to section 16. form 4 or form 5 obligations may continue."
                    + " see instruction 1(b)."),
            compact("check this box to indicate that a transaction was made pursuant to a contract, instruction or"
                    + " written plan for the purchase or sale of equity securities of the issuer that is intended to"
                    + " satisfy the affirmative defense conditions of rule 10b5-1(c). see instruction 10."));
    /** A piece of the checkboxes' text this long is theirs: three words or more, never one word of a caption. */
    private static final int CHECKBOX_PIECE = 16;
    /** Table I's title, read whole or cut ("le I -"); OCR reads the I as l, 1 or |. */
    private static final Pattern TABLE_ONE_TITLE = Pattern.compile("table[i1l|][-–—:.]|\ble i -|non-derivativesecurities");
    /** Table II's title: "Table II -", "Table Il - Derivative", "Table II | Deri | vative"; its subtitle "(e.g., puts, calls". */
    private static final Pattern TABLE_TWO_TITLE = Pattern.compile("table(ii|il|li|ll|11|1l|l1)([-–—:.(]|deri)|puts,calls");
    private static final List<String> DERIVATIVE_CAPTIONS = List.of("titleofderivative", "conversionorexercise", "dateexercisable", "underlyingsecurit", "underlyingderivative",
            "amountornumberofshares", "numberofderivative", "priceofderivative");
    private static final List<String> TABLE_ONE_CAPTIONS = List.of("titleofsecurity", "non-derivative");
    private static final Pattern CAPTION_WORDS = Pattern.compile(
            "(?i)(\\(Instr|Month/Day|Title of|Transacti|Amount of|Ownership Form|Beneficial|\\bCode\\b|\\bPrice\\b"
                    + "|Exercisable|Expiration|Nature of|Derivative|Following|Reported|\\(A\\) or|Securities|Acquired|Disposed"
                    + "|Execution|\\bDeemed\\b)");
    /** Characters a note's next line may start right of the line above (a hanging indent, a bullet). */
    private static final int NOTE_INDENT = 8;
    private static final Pattern COLUMN_NUMBER = Pattern.compile("(1[01]|[1-9])A?\\.");
    /** The most characters COLUMN_NUMBER matches ("10A."). */
    private static final int COLUMN_NUMBER_MAX = 4;
    /**
     * A sub-caption's cell: "Date", "Amount", "Title" or "if any" in any ASCII case (what a {@code (?i)} regex
     * matches), compared by hand: it is asked of every cell of every row with values.
     */
    private static final List<String> SUB_CAPTIONS = List.of("date", "amount", "title", "if any");
    /** Column 4's and 5's sub-captions, "(A) or (D)" / "(A)" / "(D)", in the pieces pdf2md breaks them into. */
    private static final Pattern FLAG_SUB_CAPTION = Pattern.compile("\\(A\\)|\\(D\\)|(\\(A\\) )?or \\(D\\)");
    /** The longest text a sub-caption is, of SUB_CAPTIONS and FLAG_SUB_CAPTION ("(A) or (D)"). */
    private static final int SUB_CAPTION_MAX = 10;
    /**
     * The words of CAPTION_WORDS in lower case: the pattern can match only where one of them stands in the row's
     * lower-cased text (its case folding is ASCII's, which lower-casing keeps), so the pattern, an alternation
     * tried at every character, runs only on rows that hold one.
     */
    private static final List<String> CAPTION_WORD_NEEDLES = List.of("(instr", "month/day", "title of", "transacti",
            "amount of", "ownership form", "beneficial", "code", "price", "exercisable", "expiration", "nature of",
            "derivative", "following", "reported", "(a) or", "securities", "acquired", "disposed", "execution", "deemed");
    /**
     * "1. text", "- 3. text", "(4) text", "1, text" (OCR): a numbered note; not an amount's digit groups opening a
     * note's next line ("3,133 restricted stock units ...").
     */
    // Compiled once: String's replaceAll, replaceFirst and split compile their regex on every call, and these run
    // for every row.
    private static final Pattern HASH_OR_STAR = Pattern.compile("[#*]");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[#*\\s]+");
    private static final Pattern MARK_OR_SPACE = Pattern.compile("[#*\\s]");
    private static final Pattern NUMBERED = Pattern.compile("^[-*•·\\s]*(?:\\(\\d{1,2}\\)|\\d{1,2}\\s?(?:[.)]|,(?!\\d{3}(?!\\d))))\\s*\\S");

    private RowClassifier() {
    }

    /**
     * {@code above}: the row before (null at the start), whose left edge a note's next line keeps; {@code below}: the
     * next few rows, where a signature caption may stand.
     */
    static int classify(SourceRow row, List<Atom> atoms, Mode mode, int previous, SourceRow above, List<SourceRow> below) {
        String text = row.text();
        String lower = text.toLowerCase(Locale.ROOT);
        String compact = compact(lower);
        int lead = leadEnd(lower);
        // compacting drops characters one by one, so the words after the lead, compacted, are where the compact
        // text is past the lead's own kept marks: no second compaction
        int heading = compactLength(lower, lead);
        // "Explanation of Response:": at 150 dpi OCR can lose the heading's last "s"; no note opens with these words
        if (compact.startsWith("explanationofrespons", heading)) {
            return Form4Parser.EXPLANATION_HEADING;
        }
        // in the boxes, "Remarks" alone is box 5's officer title ("See Remarks" as OCR breaks it)
        if (compact.startsWith("remarks:", heading) || (endsWithOnly(compact, heading, "remarks")
                || endsWithOnly(compact, heading, "remarks**")) && mode != Mode.BOXES) {
            return Form4Parser.REMARKS_HEADING;
        }
        // a misread "/s/" only after the tables: there a line opening "4s/" or "is}" is OCR's mark, not a word
        boolean afterTables = mode == Mode.NOTES || mode == Mode.REMARKS || mode == Mode.CLOSING;
        if (lower.startsWith("/s/", lead) || afterTables && SignedMark.damaged(stripLead(text))) {
            return Form4Parser.SIGNATURE;
        }
        if (lower.contains("signature of reporting person")
                || (mode == Mode.NOTES || mode == Mode.REMARKS || mode == Mode.CLOSING) && (compact.equals("date") || compact.equals("**date"))) {
            return Form4Parser.SIGNATURE_CAPTION;
        }
        if (lower.startsWith("reminder:", lead) || containsAny(lower, BOILERPLATE_PHRASES)) {
            return Form4Parser.BOILERPLATE;
        }
        return switch (mode) {
            case TOP, BOXES, FORM -> form(row, atoms, lower, compact, text, mode == Mode.TOP);
            case NOTES -> notes(row, atoms, lower, text, previous, above, below);
            case REMARKS, CLOSING -> hasValue(atoms) && atoms.size() <= 3
                    && !hasWords(atoms, 3) ? Form4Parser.LOOSE_VALUE : Form4Parser.TEXT;
        };
    }

    private static int form(SourceRow row, List<Atom> atoms, String lower, String compact, String text, boolean top) {
        if (compact.contains("nameandaddressofreportingperson")) {
            return Form4Parser.OWNER_CAPTION;
        }
        if (compact.contains("issuernameandticker") || compact.contains("tickerortradingsymbol")) {
            return Form4Parser.ISSUER_CAPTION;
        }
        if (containsAny(lower, BOX_PHRASES) || isCheckboxText(compact)) {
            return Form4Parser.BOX_CAPTION;
        }
        if ((compact.contains("table") || compact.contains("puts,calls")) && TABLE_TWO_TITLE.matcher(compact).find()) {
            return Form4Parser.TABLE_TWO_TITLE;
        }
        if (mayBeTableOneTitle(compact) && TABLE_ONE_TITLE.matcher(compact).find() && !compact.contains("titleofsecurity")
                || lower.contains("le i -") && !compact.contains("titleof")) {
            return Form4Parser.TABLE_ONE_TITLE;
        }
        if (isCutTitle(row, compact, atoms)) {
            return Form4Parser.TABLE_TITLE;
        }
        if (containsAny(lower, FORM_PHRASES) || isFormName(compact)) {
            return Form4Parser.FORM_TITLE; // before the captions: "SECURITIES AND EXCHANGE" is no column's
        }
        if (containsAny(compact, DERIVATIVE_CAPTIONS)) {
            return Form4Parser.DERIVATIVE_CAPTION;
        }
        if (containsAny(compact, TABLE_ONE_CAPTIONS)) {
            return Form4Parser.COLUMN_CAPTION;
        }
        if (!top && row.shape() != SourceRow.Shape.TABLE_ROW && markedLength(text, SUB_CAPTION_MAX) <= SUB_CAPTION_MAX) {
            String bare = HASH_OR_STAR.matcher(text).replaceAll("").trim();
            if (isSubCaption(bare) || FLAG_SUB_CAPTION.matcher(bare).matches()) {
                return Form4Parser.COLUMN_CAPTION; // "**Date**", "**if any**", "(A)" / "or (D)": a caption's piece as a paragraph (pdf2md)
            }
        }
        if (isColumnNumber(row, text) && !top) {
            return Form4Parser.COLUMN_CAPTION; // "### 10." : a caption's number as a heading of its own (pdf2md)
        }
        if (isDataRow(row, atoms, text, lower)) {
            return Form4Parser.DATA_ROW;
        }
        if (hasCaptionWords(text, lower)) {
            // Above boxes 1 and 2, words that also head a column ("FORM 4 UNITED STATES SECURITIES AND", the
            // checkboxes' "transaction was made ...") are the title block's text: the tables come after the boxes.
            if (top) {
                return Form4Parser.TEXT;
            }
            if (!isProse(text)) {
                return Form4Parser.COLUMN_CAPTION;
            }
        }
        if (NUMBERED.matcher(text).find() && hasWords(atoms, 1) && wordCount(text) >= 4) {
            return Form4Parser.FOOTNOTE; // its heading lost: the grammar opens the notes here
        }
        return hasValue(atoms) && !hasWords(atoms, 2) ? Form4Parser.LOOSE_VALUE : Form4Parser.TEXT;
    }

    private static int notes(SourceRow row, List<Atom> atoms, String lower, String text, int previous, SourceRow above,
            List<SourceRow> below) {
        if (NUMBERED.matcher(text).find() && hasWords(atoms, 1)) {
            return Form4Parser.FOOTNOTE;
        }
        if ((previous == Form4Parser.FOOTNOTE || previous == Form4Parser.CONTINUATION) && hasWords(atoms, 1)
                && continuesNote(row, atoms, text, above) && !standsRightOf(row, above) && !opensSignerBox(above, below)) {
            return Form4Parser.CONTINUATION;
        }
        if (containsAny(lower, FORM_PHRASES)) {
            return Form4Parser.FORM_TITLE;
        }
        if (isDataRow(row, atoms, text, lower) && row.shape() == SourceRow.Shape.TABLE_ROW) {
            return Form4Parser.DATA_ROW;
        }
        return hasValue(atoms) ? Form4Parser.LOOSE_VALUE : Form4Parser.TEXT;
    }

    /** Lower-case words the tables' captions have ("Disposed Of (D) (Instr. 3, 4 and 5)", "if any"). */
    private static final java.util.Set<String> CAPTION_LOWER = java.util.Set.of("or", "of", "and", "if", "any",
            "derivative", "by", "in", "a", "e.g.", "puts", "calls", "warrants", "options", "convertible", "securities");

    /**
     * Running prose ("transaction was made pursuant to a"): captions are title case, so three lower-case words
     * of their own make a line of text, not a caption, whatever table words it holds.
     */
    private static boolean isProse(String text) {
        // words are the runs between whitespace and '|', each kept to its letters and dots; by hand, as a regex
        // split and a replace per word cost a matcher and strings for every word of every caption-like row
        int lower = 0;
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= text.length(); ) {
            if (i == text.length() || isWordGap(text.charAt(i))) {
                if (w.length() >= 2 && Character.isLowerCase(w.charAt(0)) && !CAPTION_LOWER.contains(w.toString())) {
                    lower++;
                }
                w.setLength(0);
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            if (Character.isLetter(c) || c == '.') {
                w.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return lower >= 3;
    }

    /** A regex {@code [\\s|]}: ASCII whitespace (no UNICODE_CHARACTER_CLASS) or a cell edge. */
    private static boolean isWordGap(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '|';
    }

    /**
     * A line of prose under a note continues it: right under it, three words or more, or the note's last words
     * ending its sentence ("Directors.", "diversification strategy."); past a blank line too when it goes on in
     * lower case, as no note starts, or when the line above stopped mid-sentence (pdf2md makes a paragraph of
     * every printed line), then also as the sentence's last words, however few. A value or a fallen-out
     * row's words ("Stock Option", "buy)") are no such line.
     */
    private static boolean continuesNote(SourceRow row, List<Atom> atoms, String text, SourceRow above) {
        int words = wordCount(text);
        String lead = LEADING_MARKS.matcher(text).replaceFirst("");
        boolean aboveStopped = above != null && stopsMidSentence(above.text());
        if (!row.blankBefore()) {
            // the sentence's last words in lower case, numbers among them ("... quarterly thereafter" / "until
            // January 1, 2026."): no note, caption or row begins so
            return words >= 3 || endsSentence(text) && allText(atoms)
                    || aboveStopped && !lead.isEmpty() && Character.isLowerCase(lead.charAt(0));
        }
        if (aboveStopped && endsSentence(text) && allText(atoms)) {
            return true; // the sentence's last words ("... as part of a liquidity and" / "" / "diversification strategy.")
        }
        // past a blank line: in lower case, or after a line that stopped mid-sentence ("... The Reporting Person is a")
        return words >= 3 && !lead.isEmpty() && (Character.isLowerCase(lead.charAt(0)) || aboveStopped);
    }

    /** A line of prose that ends on a word, a comma or "(i)", not on a sentence's or a clause's punctuation. */
    private static boolean stopsMidSentence(String text) {
        String t = text.strip();
        if (wordCount(t) < 6 || t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return Character.isLetterOrDigit(last) || last == ',' || last == ')';
    }

    /**
     * After a note's sentence has ended, the lines right above the signature caption are the signer's box (OCR
     * and text without '/s/': "Directors." / "Ann Habernigg, Attorney-in-" / "fact for ..." / "** Signature of
     * Reporting Person"), not more of the note: the caption follows within three rows and no sentence ends between.
     */
    private static boolean opensSignerBox(SourceRow above, List<SourceRow> below) {
        if (above == null || !endsSentence(above.text())) {
            return false;
        }
        for (SourceRow next : below) {
            String text = next.text();
            if (text.toLowerCase(Locale.ROOT).contains("signature of reporting person")) {
                return true;
            }
            if (endsSentence(text)) {
                return false;
            }
        }
        return false;
    }

    /** On a laid-out page, a line that starts well right of the note above is another box (the signer's). */
    private static boolean standsRightOf(SourceRow row, SourceRow above) {
        if (above == null || !row.hasGeometry() || !above.hasGeometry() || row.cells().isEmpty() || above.cells().isEmpty()
                || row.shape() != SourceRow.Shape.LINE) {
            return false;
        }
        return row.cells().get(0).x0() > above.cells().get(0).x0() + NOTE_INDENT;
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return t.endsWith(".") && t.length() > 1 && Character.isLetter(t.charAt(t.length() - 2));
    }

    /** A row that carries values: a date, or numbers and ownership letters with or without words. */
    static boolean isDataRow(SourceRow row, List<Atom> atoms, String text, String lower) {
        boolean hasText = false;
        int values = 0;
        for (Atom atom : atoms) {
            switch (atom.kind()) {
                case DATE -> {
                    return true;
                }
                case NUMBER, PRICE -> values++;
                case LETTER -> {
                    if (atom.text().equals("D") || atom.text().equals("I")) {
                        values++;
                    }
                }
                case TEXT -> hasText = true;
                case FOOTNOTE -> {
                    // a marker is no value of its own here
                }
            }
        }
        // the values first: the caption words decide only for a row that has them
        return (values >= 2 || (values >= 1 && hasText)) && !hasCaptionWords(text, lower) && !hasSubCaptionCell(row);
    }

    /** CAPTION_WORDS found in {@code text}; {@code lower} is its lower case, for the cheap test first. */
    private static boolean hasCaptionWords(String text, String lower) {
        return containsAny(lower, CAPTION_WORD_NEEDLES) && CAPTION_WORDS.matcher(text).find();
    }

    /** What TABLE_ONE_TITLE needs to find something (its alternatives' literal parts). */
    private static boolean mayBeTableOneTitle(String compact) {
        return compact.contains("table") || compact.contains("le i -") || compact.contains("non-derivativesecurities");
    }

    /** A line or heading that is only a column's number ("2.", "2A.", "10."), never a value of a row. */
    private static boolean isColumnNumber(SourceRow row, String text) {
        // COLUMN_NUMBER matches 4 characters at most: the regexes run only on a text that short besides marks and spaces
        return row.shape() != SourceRow.Shape.TABLE_ROW && markedLength(text, COLUMN_NUMBER_MAX) <= COLUMN_NUMBER_MAX
                && COLUMN_NUMBER.matcher(MARK_OR_SPACE.matcher(text).replaceAll("")).matches();
    }

    /**
     * How many characters of {@code text} are above the space and neither '#' nor '*', counted up to {@code max + 1}:
     * MARK_OR_SPACE, HASH_OR_STAR and trim keep all of those, so a text with more is too long to be a column's
     * number or a sub-caption, and is told so without a regex pass over a whole line.
     */
    private static int markedLength(String text, int max) {
        int n = 0;
        for (int i = 0; i < text.length() && n <= max; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c != '#' && c != '*') {
                n++;
            }
        }
        return n;
    }

    /**
     * A cell that is a sub-caption and nothing else: in a caption wrapped over rows ("Secu- | D | cisa- | Date |
     * of Shares", EDGAR's ASCII Table II), the "D" of "A/ D" is no ownership flag.
     */
    private static boolean hasSubCaptionCell(SourceRow row) {
        for (var cell : row.cells()) {
            if (isSubCaption(cell.text().trim())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSubCaption(String text) {
        for (String caption : SUB_CAPTIONS) {
            if (equalsAsciiIgnoreCase(text, caption)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} is {@code lower} with any of its ASCII letters in upper case; no other case folding. */
    private static boolean equalsAsciiIgnoreCase(String text, String lower) {
        if (text.length() != lower.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char l = lower.charAt(i);
            if (c != l && !(l >= 'a' && l <= 'z' && c == l - 32)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A table's title that no longer says which table: "Table" alone in a cell, or "... Derivative Securities
     * Acquired ..." without "Non-" or "II". The grammar tells by where it stands.
     */
    private static boolean isCutTitle(SourceRow row, String compact, List<Atom> atoms) {
        if ((compact.contains("derivativesecurit") || compact.contains("acquired,disposedof") || compact.startsWith("table"))
                && !compact.contains("titleof") && !compact.contains("(instr") && !hasValue(atoms)) {
            return true;
        }
        for (var cell : row.cells()) {
            String t = cell.text().trim();
            if (t.equalsIgnoreCase("Table") || t.equalsIgnoreCase("Table I") && row.cells().size() > 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCheckboxText(String compact) {
        if (compact.length() < CHECKBOX_PIECE) {
            return false;
        }
        for (String text : CHECKBOX_TEXTS) {
            if (text.contains(compact)) {
                return true;
            }
        }
        return false;
    }

    /** "FORM 4", "SEC Form 4", "FORM 4/A" as a row of its own. */
    private static boolean isFormName(String compact) {
        String s = compact.replace("#", "").replace("*", "");
        return s.equals("form4") || s.equals("secform4") || s.equals("form4/a") || s.equals("secform4/a")
                || s.startsWith("form4") && s.length() <= 12;
    }

    private static boolean hasValue(List<Atom> atoms) {
        for (Atom atom : atoms) {
            if (atom.kind() != Atom.Kind.TEXT) {
                return true;
            }
        }
        return false;
    }

    private static boolean allText(List<Atom> atoms) {
        return !hasValue(atoms);
    }

    private static boolean hasWords(List<Atom> atoms, int min) {
        int words = 0;
        for (Atom atom : atoms) {
            if (atom.kind() == Atom.Kind.TEXT) {
                words += wordCount(atom.text());
            }
        }
        return words >= min;
    }

    private static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetter(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter || (inWord && text.charAt(i) == '\'');
        }
        return words;
    }

    /** Lower-case text without whitespace and cell edges: "1. Name and Addr | ess" reads "1.nameandaddress". */
    static String compact(String lower) {
        char[] kept = new char[lower.length()]; // a char array, not a StringBuilder: this runs over every row
        int n = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (kept(c)) {
                kept[n++] = c;
            }
        }
        return new String(kept, 0, n);
    }

    /** The length {@link #compact} gives the first {@code end} characters of {@code text}, without building it. */
    private static int compactLength(String text, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (kept(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean kept(char c) {
        return !Character.isWhitespace(c) && c != '|' && c != '\u00A0';
    }

    /** {@code text} from {@code from} on is {@code tail} and nothing else. */
    private static boolean endsWithOnly(String text, int from, String tail) {
        return text.length() - from == tail.length() && text.startsWith(tail, from);
    }

    /** The text without what converters put before a line's words: '#', '*', '_', '-', '|', spaces. */
    private static String stripLead(String lower) {
        return lower.substring(leadEnd(lower));
    }

    /** Where the text's words start after what {@link #stripLead} takes off. */
    private static int leadEnd(String lower) {
        int i = 0;
        while (i < lower.length() && "#*_|-\\ \t".indexOf(lower.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean containsAny(String text, List<String> phrases) {
        for (String phrase : phrases) {
            if (text.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
