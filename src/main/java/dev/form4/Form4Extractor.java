package dev.form4;

import dev.form4.input.InputFormat;
import dev.form4.model.Form4;
import dev.form4.parse.DocumentParser;
import dev.form4.parse.ParsedDocument;
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
 * x.parse().tree();         // the ANTLR parse tree
 * }</pre>
 *
 * Pipeline: input front-end (rows of cells) -> parse (the form grammar over the rows) -> recognise the form's
 * fields -> repair -> model.
 *
 * @throws Form4Exception when the input is empty, binary, over a limit, or not a Form 4
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

    /** Only the parse of a file, read exactly as {@link #extract(Path)} reads it (BOM, UTF-16, binary check). */
    public ParsedDocument parse(Path file) {
        return parse(file.toString(), read(file));
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
        } catch (java.nio.file.NoSuchFileException e) {
            throw new Form4Exception(file.toString(), Form4Exception.Reason.IO, "cannot read: no such file");
        } catch (IOException e) {
            throw new Form4Exception(file.toString(), Form4Exception.Reason.IO, "cannot read: " + e.getMessage());
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
            throw new Form4Exception(sourceName, Form4Exception.Reason.IO, "cannot read: " + e.getMessage());
        }
        return extract(sourceName, text.toString());
    }

    /** Extracts from Markdown text; {@code sourceName} names it in diagnostics and errors. */
    public Extraction extract(String sourceName, String markdown) {
        if (markdown.isBlank()) {
            throw new Form4Exception(sourceName, Form4Exception.Reason.EMPTY, "empty input; expected a Form 4 in Markdown");
        }
        if (markdown.indexOf('\0') >= 0) {
            throw new Form4Exception(sourceName, Form4Exception.Reason.BINARY, "binary input (NUL character); expected Markdown text");
        }
        ParsedDocument parsed = parser.parse(sourceName, markdown, format);
        FormDraft draft = FormRecognizer.recognize(parsed);
        Repairs.run(draft.rows(), draft.footnotes(), draft.periodOfReport(), draft.diagnostics());
        Form4 form = FormRecognizer.finish(draft);
        return new Extraction(sourceName, form, draft.diagnostics(), parsed);
    }

    /** Only the parse, for tooling (tree and tokens commands, tests). */
    public ParsedDocument parse(String sourceName, String markdown) {
        return parser.parse(sourceName, markdown, format);
    }
}
