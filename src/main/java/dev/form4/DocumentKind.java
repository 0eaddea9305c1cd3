package dev.form4;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.form4.recognize.FormDetector;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What a text is when it is plainly no Form 4 for this tool, decided before it is parsed and the same for every
 * command. A JSON document (the extractor's own output, say) or an XML document (EDGAR's ownershipDocument is
 * the filing's truth, not input) is never a Form 4 here. An HTML page is judged by its visible text, as the form
 * would be on paper: a page whose rendered text lacks the form's landmarks is refused; one that has them (the
 * SEC's rendering, a converter's HTML tables) goes on. Markdown and plain text are judged later, on their layout.
 */
final class DocumentKind {

    /** What may stand before an XML or HTML root element: BOM, blanks, declarations, comments, a doctype. */
    private static final Pattern PROLOG = Pattern.compile("\\A\\uFEFF?(?:\\s+|<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ROOT = Pattern.compile("\\G<([A-Za-z_][\\w:.\\-]*)");

    /** Databind, set up only for a text that opens like JSON: most inputs never need it, and it costs 0.3 s. */
    private static final class Json {
        private static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private DocumentKind() {
    }

    static void requireForm4Text(String source, String text) {
        int start = firstNonBlank(text);
        if (start < 0) {
            return; // blank text is refused as empty before this
        }
        char first = text.charAt(start);
        if (first == '{' || first == '[') {
            refuseJson(source, text, start);
        } else if (first == '<') {
            refuseMarkup(source, text);
        }
    }

    /** One JSON value, or several (JSON Lines, as extract writes for several files), and nothing else. */
    private static void refuseJson(String source, String text, int start) {
        int values = 0;
        boolean ours = false;
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(text)) {
            while (parser.nextToken() != null) {
                JsonNode node = Json.MAPPER.readTree(parser);
                if (node == null || !node.isContainerNode()) {
                    return;
                }
                ours |= node.has("documentType") && node.has("diagnostics");
                values++;
            }
        } catch (IOException | RuntimeException e) {
            return; // not JSON after all: Markdown may open with "[" or "{"
        }
        if (values > 0) {
            throw refusal(source, text, start, (ours ? "this is the JSON that extract writes" : "this is a JSON document")
                    + "; extract reads a Form 4 as a PDF-to-Markdown or OCR converter wrote it");
        }
    }

    private static void refuseMarkup(String source, String text) {
        Matcher prolog = PROLOG.matcher(text);
        int end = prolog.lookingAt() ? prolog.end() : 0;
        Matcher root = ROOT.matcher(text);
        String rootName = root.find(end) ? root.group(1) : "";
        String local = rootName.substring(rootName.indexOf(':') + 1);
        boolean declaredXml = text.stripLeading().replace("\uFEFF", "").startsWith("<?xml");
        if (local.equals("ownershipDocument")) {
            throw refusal(source, text, end, "this is EDGAR ownershipDocument XML, the filing's own data (the truth an"
                    + " extraction is scored against), not a converter's text of the form; to score an extraction against"
                    + " it: eval --truth " + source + " DOC.md");
        }
        if (declaredXml && !local.equalsIgnoreCase("html")) {
            throw refusal(source, text, end, "this is an XML document (root element <" + rootName + ">)");
        }
        Document page = Jsoup.parse(text);
        String title = page.title().isBlank() ? "" : " titled '" + page.title().strip() + "'";
        String kind = rootName.toLowerCase(Locale.ROOT).equals("html") ? "an HTML page" : "an HTML document";
        FormDetector.requireForm4(source, page.body().text(), kind + title + " whose visible text");
    }

    private static Form4Exception refusal(String source, String text, int offset, String message) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Form4Exception(source, Form4Exception.Reason.NOT_A_FORM_4, line, column, "not a Form 4: " + message);
    }

    private static int firstNonBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return i;
            }
        }
        return -1;
    }
}
