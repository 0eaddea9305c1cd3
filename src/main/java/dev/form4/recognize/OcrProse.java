package dev.form4.recognize;

import dev.form4.model.Diagnostic;
import dev.form4.model.SourcePosition;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Misreads that OCR makes in a note's prose, written back where the text itself shows what was printed; each
 * repair is reported. Only for text an OCR engine read: a converter that copies the page's text has none of
 * them, and there a filer's own comma or quote stays as written. Evidence from the 323 corpus filings' notes:
 * <ul>
 * <li>A stated price range's two bounds make a day's range ({@link PriceRange}). A bound whose decimal point OCR
 * read as a comma ("from $179,865 to $179.99") breaks that; read with the comma as the point, it holds: that is
 * the reading taken, and only when it is the one that does.
 * <li>A sentence opened by "The", "These", "This", "Each", "Such", "As", "In", "If" or "On" follows a full stop
 * 3,260 times and a comma never: ", The" is OCR's reading of ". The".
 * <li>The notes' quotes are straight (935 of 935); Tesseract prints typographic ones for them.
 * <li>A note names the form's tables "Table I" and "Table II" only; two strokes after "Table" that are no "II"
 * ("Table IL.", "Table 11.", "Table Il") are OCR's reading of Table II's numeral.
 * <li>A word with 'm' where the document elsewhere writes the same word with "rn" or "tn" ("foomote" beside
 * "footnote", "Attomey" beside "Attorney"): OCR's most common merge of two thin letters.
 * </ul>
 */
final class OcrProse {

    /** No repairs: text that no OCR engine read. */
    static final OcrProse NONE = new OcrProse(null);

    private static final Pattern RANGE = Pattern.compile(
            "\\$\\s?(\\d[\\d,]*(?:\\.\\d+)?)(\\s*(?:to|and|-|–|through)\\s*)\\$\\s?(\\d[\\d,]*(?:\\.\\d+)?)");
    /** One comma and no point: "179,865", "66,84". */
    private static final Pattern LONE_COMMA = Pattern.compile("\\d{1,3},\\d{1,4}");
    /**
     * A word with 'm' that the document writes more than this many times as often as its "rn"/"tn" spelling is a
     * word of its own, not a misread.
     */
    private static final int OWN_WORD_RATIO = 3;
    private static final Pattern SENTENCE_COMMA = Pattern.compile(
            "(?<=[\\p{L}\\p{N})\"'])(,)(?= (?:The|These|This|Each|Such|As|In|If|On)\\b)");
    /** Two of I's look-alikes after "Table", not "II" itself, before a word's end. */
    private static final Pattern TABLE_TWO_MISREAD = Pattern.compile("\\bTable ((?!II\\b)[Il1|L]{2})(?![\\p{L}\\p{N}])");
    private static final Pattern TYPOGRAPHIC_QUOTES = Pattern.compile("[‘’“”]");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final String documentText;
    /** Every word of the document in lower case, with its count; built on first use. */
    private Map<String, Integer> words;

    private OcrProse(String documentText) {
        this.documentText = documentText;
    }

    /** Repairs for a document that OCR read, whose whole text is {@code documentText} (the words' evidence). */
    static OcrProse of(String documentText) {
        return new OcrProse(documentText);
    }

    /** Whether OCR read the text: its notes' lost dots may be written back too. */
    boolean readByOcr() {
        return documentText != null;
    }

    /** The note's text with OCR's misreads written back; {@code field} names it in the diagnostics. */
    String repair(String text, SourcePosition at, String field, List<Diagnostic> diagnostics) {
        if (documentText == null) {
            return text;
        }
        String repaired = rangeBounds(text, at, field, diagnostics);
        repaired = sentenceCommas(repaired, at, field, diagnostics);
        repaired = quotes(repaired, at, field, diagnostics);
        repaired = tableTwo(repaired, at, field, diagnostics);
        return mergedLetters(repaired, at, field, diagnostics);
    }

    private static String rangeBounds(String text, SourcePosition at, String field, List<Diagnostic> diagnostics) {
        return RANGE.matcher(text).replaceAll(range -> {
            String[] read = pointRead(range.group(1), range.group(3));
            if (read == null) {
                return Matcher.quoteReplacement(range.group());
            }
            diagnostics.add(Diagnostic.repaired(at, field, "read the range '" + range.group() + "' as $" + read[0]
                    + " to $" + read[1] + ": a stated range's bounds lie close together, and only with the comma"
                    + " read as the decimal point do these"));
            return Matcher.quoteReplacement(text.substring(range.start(), range.start(1)) + read[0]
                    + text.substring(range.end(1), range.start(3)) + read[1]);
        });
    }

    /** The bounds with a comma read as the point, when that and only that makes them a range; else null. */
    private static String[] pointRead(String low, String high) {
        if (PriceRange.isDaysRange(amount(low), amount(high))) {
            return null;
        }
        String[] found = null;
        for (String l : readings(low)) {
            for (String h : readings(high)) {
                if ((!l.equals(low) || !h.equals(high)) && PriceRange.isDaysRange(amount(l), amount(h))) {
                    if (found != null) {
                        return null;
                    }
                    found = new String[] {l, h};
                }
            }
        }
        return found;
    }

    private static List<String> readings(String bound) {
        return LONE_COMMA.matcher(bound).matches() ? List.of(bound, bound.replace(',', '.')) : List.of(bound);
    }

    private static BigDecimal amount(String bound) {
        try {
            return new BigDecimal(bound.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String sentenceCommas(String text, SourcePosition at, String field, List<Diagnostic> diagnostics) {
        return writtenBack(text, SENTENCE_COMMA, ".", m -> "read the comma before '" + text.substring(m.end() + 1).split(" ", 2)[0]
                + "' (and any like it) as the full stop that ends the sentence: notes' sentences never open after a comma",
                at, field, diagnostics);
    }

    private static String tableTwo(String text, SourcePosition at, String field, List<Diagnostic> diagnostics) {
        return writtenBack(text, TABLE_TWO_MISREAD, "Table II", m -> "read 'Table " + m.group(1) + "' as 'Table II': the"
                + " form's tables are Table I and Table II, and OCR misreads the numeral's strokes", at, field, diagnostics);
    }

    /** Every match of {@code misread} written as {@code printed}; one diagnostic, {@code why} of the first match. */
    private static String writtenBack(String text, Pattern misread, String printed, Function<Matcher, String> why,
                                      SourcePosition at, String field, List<Diagnostic> diagnostics) {
        Matcher m = misread.matcher(text);
        if (!m.find()) {
            return text;
        }
        diagnostics.add(Diagnostic.repaired(at, field, why.apply(m)));
        return m.replaceAll(printed);
    }

    private static String quotes(String text, SourcePosition at, String field, List<Diagnostic> diagnostics) {
        Matcher m = TYPOGRAPHIC_QUOTES.matcher(text);
        if (!m.find()) {
            return text;
        }
        diagnostics.add(Diagnostic.repaired(at, field, "read OCR's typographic quotes as the straight ones EDGAR text is written with"));
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == '‘' || c == '’' ? '\'' : c == '“' || c == '”' ? '"' : c);
        }
        return out.toString();
    }

    private String mergedLetters(String text, SourcePosition at, String field, List<Diagnostic> diagnostics) {
        if (text.indexOf('m') < 0) {
            return text;
        }
        return WORD.matcher(text).replaceAll(match -> {
            String word = match.group();
            String written = word.indexOf('m') < 0 ? null : writtenElsewhere(word);
            if (written == null) {
                return Matcher.quoteReplacement(word);
            }
            diagnostics.add(Diagnostic.repaired(at, field, "read '" + word + "' as '" + written
                    + "', as the document writes it elsewhere: OCR merges 'rn' and 'tn' into 'm'"));
            return Matcher.quoteReplacement(written);
        });
    }

    /** The one spelling with "rn" or "tn" for one of the word's 'm's that the document has, if the word is not its own. */
    private String writtenElsewhere(String word) {
        Map<String, Integer> counts = words();
        String lower = word.toLowerCase(Locale.ROOT);
        String found = null;
        for (int i = word.indexOf('m'); i >= 0; i = word.indexOf('m', i + 1)) {
            for (String pair : List.of("rn", "tn")) {
                String candidate = word.substring(0, i) + pair + word.substring(i + 1);
                if (counts.containsKey(candidate.toLowerCase(Locale.ROOT))) {
                    if (found != null && !found.equals(candidate)) {
                        return null;
                    }
                    found = candidate;
                }
            }
        }
        return found != null && counts.getOrDefault(lower, 0) <= counts.get(found.toLowerCase(Locale.ROOT)) * OWN_WORD_RATIO
                ? found : null;
    }

    private Map<String, Integer> words() {
        if (words == null) {
            words = new HashMap<>();
            Matcher m = WORD.matcher(documentText);
            while (m.find()) {
                words.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return words;
    }
}
