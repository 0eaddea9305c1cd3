package dev.form4.source;

import java.util.List;

/**
 * One dialect of converter output (Markdown, HTML, layout text, OCR text) to rows of cells, each cell keeping
 * its source line:column and its horizontal extent. Front-ends are stateless and thread-safe.
 */
public interface FrontEnd {

    /**
     * The document's rows in reading order, blank lines left out (a row knows whether one stood before it).
     *
     * @throws dev.form4.Form4Exception when the text passes a limit of {@code budget}
     */
    List<SourceRow> rows(String sourceName, String text, ReadBudget budget);
}
