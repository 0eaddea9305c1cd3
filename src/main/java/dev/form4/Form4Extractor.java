package dev.form4;

import dev.form4.build.FormBuilder;
import dev.form4.build.FormDetector;
import dev.form4.layout.FormLayout;
import dev.form4.layout.LayoutBuilder;
import dev.form4.parse.DocumentParser;
import dev.form4.parse.ParseLimits;
import dev.form4.parse.ParsedDocument;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Extracts a Form 4 from the Markdown a PDF/OCR converter wrote. Thread-safe; one instance serves many
 * documents.
 *
 * <pre>{@code
 * Extraction x = new Form4Extractor().extract(Path.of("filing.md"));
 * x.form().nonDerivativeTable().transactions().get(0).transactionShares().value();
 * x.diagnostics();          // repaired, unreadable, syntax ...
 * x.parse().tree();         // the ANTLR parse tree
 * }</pre>
 *
 * Pipeline: parse (grammar) -> layout (visitor) -> build model -> repair/validate.
 *
 * @throws Form4Exception when the input is empty, binary, over a limit, or not a Form 4 (also a JSON or XML
 *                        document, or an HTML page without the form's landmarks in its visible text)
 */
public final class Form4Extractor {

    private final DocumentParser parser;

    public Form4Extractor() {
        this(ParseLimits.DEFAULT);
    }

    public Form4Extractor(ParseLimits limits) {
        this.parser = new DocumentParser(limits);
    }

    public Extraction extract(Path file) {
        return extract(file.toString(), read(file));
    }

    /**
     * Only the parse of a file, read and refused exactly as {@link #extract(Path)} reads and refuses it (BOM,
     * UTF-16, binary check; empty, JSON, XML, no Form 4): the tree of what extract would read.
     */
    public ParsedDocument parse(Path file) {
        String name = file.toString();
        String text = read(file);
        requireForm4Text(name, text);
        ParsedDocument parsed = parser.parse(name, text);
        FormDetector.requireForm4(name, LayoutBuilder.build(parsed));
        return parsed;
    }

    /**
     * The parse of any text in a file, also a piece of a form (a grammar example), read as {@link #extract(Path)}
     * reads it; only what is no text at all (empty, binary, not UTF-8) is refused.
     */
    public ParsedDocument parseFragment(Path file) {
        String name = file.toString();
        String text = read(file);
        requireText(name, text);
        return parser.parse(name, text);
    }

    private String read(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > parser.limits().maxChars() * 4) {
                throw new Form4Exception(file.toString(), Form4Exception.Reason.LIMIT_EXCEEDED,
                        "file has " + size + " bytes, more than the input limit allows (maxChars; raise it with --max-chars)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Form4Exception(file.toString(), Form4Exception.Reason.IO, "cannot read: " + IoReason.of(e));
        }
        return InputText.decode(file.toString(), bytes);
    }


    public Extraction extract(String sourceName, Reader reader) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = reader.read(buffer)) != -1; ) {
                text.append(buffer, 0, n);
                if (text.length() > parser.limits().maxChars()) {
                    throw new Form4Exception(sourceName, Form4Exception.Reason.LIMIT_EXCEEDED,
                            "input has more than " + parser.limits().maxChars() + " characters (maxChars; raise it with --max-chars)");
                }
            }
        } catch (IOException e) {
            // Documented contract: only Form4Exception escapes.
            throw new Form4Exception(sourceName, Form4Exception.Reason.IO, "cannot read: " + IoReason.of(e));
        }
        return extract(sourceName, text.toString());
    }

    /** Extracts from Markdown text; {@code sourceName} names it in diagnostics and errors. */
    public Extraction extract(String sourceName, String markdown) {
        requireForm4Text(sourceName, markdown);
        ParsedDocument parsed = parser.parse(sourceName, markdown);
        FormLayout layout = LayoutBuilder.build(parsed);
        return MarkupNotes.add(FormBuilder.build(layout, parsed));
    }

    /** Refusals that need no parse: no text at all, or a kind of document that is never a Form 4 (JSON, XML, ...). */
    private static void requireForm4Text(String sourceName, String text) {
        requireText(sourceName, text);
        DocumentKind.requireForm4Text(sourceName, text);
    }

    private static void requireText(String sourceName, String text) {
        if (text.isBlank()) {
            throw new Form4Exception(sourceName, Form4Exception.Reason.EMPTY, "empty input; expected a Form 4 in Markdown");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new Form4Exception(sourceName, Form4Exception.Reason.BINARY, "binary input (NUL character at offset "
                    + nul + "); expected Markdown text");
        }
    }

    /** Only the parse of any text, unchecked, for tooling and tests. */
    public ParsedDocument parse(String sourceName, String markdown) {
        return parser.parse(sourceName, markdown);
    }
}
