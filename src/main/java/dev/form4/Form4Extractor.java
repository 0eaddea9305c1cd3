package dev.form4;

import dev.form4.input.InputFormat;
import dev.form4.model.Form4;
import dev.form4.parse.DocumentParser;
import dev.form4.parse.ParsedDocument;
import dev.form4.recognize.FormDetector;
import dev.form4.recognize.FormDraft;
import dev.form4.recognize.FormRecognizer;
import dev.form4.repair.Repairs;
import dev.form4.source.ParseLimits;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Extracts a Form 4 from what a PDF/OCR converter wrote: Marker's or GitHub Markdown, HTML, layout text
 * ({@code pdftotext -layout}, EDGAR's ASCII filings), OCR text. The dialect is detected from the text unless
 * one is given. Thread-safe; one instance serves many documents.
 *
 * <pre>{@code
 * Extraction x = new Form4Extractor().extract(Path.of("filing.md"));
 * x.form().nonDerivativeTable().transactions().get(0).transactionShares().value();
 * x.diagnostics();          // repaired, unreadable, syntax ...
 * x.parse().tree();         // the ANTLR parse tree of the form
 * }</pre>
 *
 * Pipeline: input front-end (rows of cells) -> parse (the form grammar over the rows) -> recognise the form's
 * fields -> repair -> model.
 *
 * @throws Form4Exception when the input is empty, binary, over a limit, or not a Form 4 (also a JSON or XML
 *                        document, or an HTML page without the form's landmarks in its visible text)
 */
public final class Form4Extractor {

    private final DocumentParser parser;
    private final InputFormat format;

    public Form4Extractor() {
        this(ParseLimits.DEFAULT);
    }

    public Form4Extractor(ParseLimits limits) {
        this(limits, null);
    }

    /** {@code format} null: detected per document. */
    public Form4Extractor(ParseLimits limits, InputFormat format) {
        this.parser = new DocumentParser(limits);
        this.format = format;
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
        ParsedDocument parsed = parser.parse(name, text, format);
        FormDetector.requireForm4(name, parsed.rows());
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
        return parser.parse(name, text, format);
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

    /** Extracts from a converter's text; {@code sourceName} names it in diagnostics and errors. */
    public Extraction extract(String sourceName, String text) {
        requireForm4Text(sourceName, text);
        ParsedDocument parsed = parser.parse(sourceName, text, format);
        FormDraft draft = FormRecognizer.recognize(parsed);
        Repairs.run(draft.rows(), draft.footnotes(), draft.periodOfReport(), draft.signatureDates(), draft.diagnostics(),
                parsed.format() == InputFormat.OCR);
        Form4 form = FormRecognizer.finish(draft);
        return MarkupNotes.add(new Extraction(sourceName, form, draft.diagnostics(), parsed));
    }

    /** Refusals that need no parse: no text at all, or a kind of document that is never a Form 4 (JSON, XML, ...). */
    private static void requireForm4Text(String sourceName, String text) {
        requireText(sourceName, text);
        DocumentKind.requireForm4Text(sourceName, text);
    }

    private static void requireText(String sourceName, String text) {
        if (text.isBlank()) {
            throw new Form4Exception(sourceName, Form4Exception.Reason.EMPTY, "empty input; expected a Form 4 as a converter wrote it");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new Form4Exception(sourceName, Form4Exception.Reason.BINARY, "binary input (NUL character at offset "
                    + nul + "); expected text");
        }
    }

    /** Only the parse of any text, unchecked, for tooling and tests. */
    public ParsedDocument parse(String sourceName, String text) {
        return parser.parse(sourceName, text, format);
    }
}
