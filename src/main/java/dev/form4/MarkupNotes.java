package dev.form4;

import dev.form4.input.InputFormat;
import dev.form4.model.Diagnostic;
import dev.form4.model.SourcePosition;
import dev.form4.parse.ParsedDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tags are markup, not text: the reader drops them and keeps the text between them. For the tags converters
 * write to format a form (bold, spans, table cells, ...) that is all there is to say; any other tag
 * ({@code <script>}, {@code <style>}, a made-up one) is said in a diagnostic, once per tag name, so a field that
 * lost it is never changed silently.
 */
final class MarkupNotes {

    private static final Set<String> FORMATTING = Set.of("a", "abbr", "b", "big", "blockquote", "body", "caption",
            "center", "code", "col", "colgroup", "dd", "del", "div", "dl", "dt", "em", "font", "h1", "h2", "h3", "h4", "h5",
            "h6", "head", "hr", "html", "i", "img", "ins", "li", "mark", "ol", "p", "pre", "s", "small", "span", "strike",
            "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "tt", "u", "ul", "br",
            "style", "title", "meta", "link", "section", "article", "header", "footer", "main", "nav", "label");
    private static final Pattern NAME = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)");

    private MarkupNotes() {
    }

    /** The extraction with a diagnostic added for each kind of non-formatting tag it dropped. */
    static Extraction add(Extraction extraction) {
        List<Diagnostic> notes = notes(extraction.parse());
        if (notes.isEmpty()) {
            return extraction;
        }
        List<Diagnostic> all = new ArrayList<>(extraction.diagnostics());
        all.addAll(notes);
        all.sort(Comparator.comparingInt((Diagnostic d) -> d.position().line()).thenComparingInt(d -> d.position().column()));
        return new Extraction(extraction.sourceName(), extraction.form(), all, extraction.parse());
    }

    /** A tag as the Markdown lexer and HTML read one. */
    private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)(\\s[^<>\\r\\n]*)?/?>");

    private static List<Diagnostic> notes(ParsedDocument parsed) {
        if (parsed.format() == InputFormat.LAYOUT || parsed.format() == InputFormat.OCR
                || parsed.format() == InputFormat.MUPDF || parsed.format() == InputFormat.BLOCKS) {
            return List.of(); // plain text: a '<' there is a character, kept as written
        }
        String text = parsed.text();
        Map<String, Integer> first = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        Matcher m = TAG.matcher(text);
        // A tag starts at a '<': the pattern is tried only there (find() would try it at every character of the
        // document), and the search goes on after the tag as find() goes on after a match.
        for (int at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at)) {
            m.region(at, text.length());
            if (!m.lookingAt()) {
                at++;
                continue;
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (!FORMATTING.contains(name)) {
                first.putIfAbsent(name, m.start());
                count.merge(name, 1, Integer::sum);
            }
            at = m.end();
        }
        List<Diagnostic> notes = new ArrayList<>();
        first.forEach((name, offset) -> notes.add(new Diagnostic(Diagnostic.Severity.INFO, Diagnostic.Kind.NOISE,
                position(text, offset), null,
                "ignored the markup <" + name + "> (" + count.get(name) + (count.get(name) == 1 ? " tag" : " tags")
                        + "): a tag is not text; the text between tags is kept")));
        return notes;
    }

    private static SourcePosition position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(line, offset - lineStart + 1);
    }
}
