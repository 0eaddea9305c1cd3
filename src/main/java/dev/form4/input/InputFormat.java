package dev.form4.input;

import dev.form4.input.html.HtmlFrontEnd;
import dev.form4.input.markdown.MarkdownFrontEnd;
import dev.form4.input.text.LayoutTextFrontEnd;
import dev.form4.input.text.MuPdfTextFrontEnd;
import dev.form4.input.text.OcrTextFrontEnd;
import dev.form4.input.text.PandocTextFrontEnd;
import dev.form4.input.text.TextBlocksFrontEnd;
import dev.form4.source.FrontEnd;

import java.util.Locale;

/**
 * The dialects of text the extractor reads, one front-end each. {@link InputDetector} decides from the text
 * itself; the CLI's {@code --input-format} forces one.
 */
public enum InputFormat {
    /** Marker's Markdown: pipe tables, {@code <sup>} and {@code <br>} in cells, {@code \$}, {@code $...$} formulas. */
    MARKER(MarkdownFrontEnd.MARKER),
    /** GitHub-flavoured Markdown (pandoc, other converters): pipe tables, raw HTML tables, headings, no formulas. */
    GFM(MarkdownFrontEnd.GFM),
    /** An HTML page (the SEC's rendering of a filing saved as HTML; MinerU, docling). */
    HTML(HtmlFrontEnd.PAGE),
    /**
     * pandoc's own Markdown ({@code -t markdown}, what {@code pandoc page.html -o page.md} writes) and plain text
     * ({@code -t plain}): tables drawn with characters (grid tables, simple and multiline tables), {@code [text]{.class}} spans.
     */
    PANDOC(PandocTextFrontEnd.INSTANCE),
    /** Text laid out in columns: {@code pdftotext -layout}, the ASCII Form 4s EDGAR took before 2003. */
    LAYOUT(LayoutTextFrontEnd.INSTANCE),
    /**
     * MuPDF's plain text ({@code mutool draw -F txt}, PyMuPDF's {@code page.get_text()}): the PDF's text, a line per
     * line of a cell, a table row's cells one a line in column order, blank lines between the page's blocks; and
     * {@code pdftotext -raw}, the same drawing order with the runs of one baseline on one line and no blank lines.
     */
    MUPDF(MuPdfTextFrontEnd.INSTANCE),
    /**
     * Text blocks in a reading order of the tool's own ({@code pdftotext} without {@code -layout} or {@code -raw},
     * the only tool tested): each box caption, value and table cell a block of its own, blocks parted by blank lines.
     */
    BLOCKS(TextBlocksFrontEnd.INSTANCE),
    /** OCR text (Tesseract): a line per line of the page, words one space apart, no column positions. */
    OCR(OcrTextFrontEnd.INSTANCE);

    private final FrontEnd frontEnd;

    InputFormat(FrontEnd frontEnd) {
        this.frontEnd = frontEnd;
    }

    public FrontEnd frontEnd() {
        return frontEnd;
    }

    /** The name the CLI takes ({@code --input-format marker}). */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
