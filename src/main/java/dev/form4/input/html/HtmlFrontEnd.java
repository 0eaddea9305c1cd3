package dev.form4.input.html;

import dev.form4.source.FrontEnd;
import dev.form4.source.ReadBudget;
import dev.form4.source.SourceRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.util.List;

/**
 * HTML, as a whole page (the SEC's rendering of a filing saved as HTML; MinerU, docling) or as a block inside
 * Markdown (pandoc's tables with rowspan or colspan): read by jsoup, laid out as a reader sees it
 * ({@link HtmlLayout}: a table's cells side by side in their column slots, rowspan and colspan honoured, a cell's
 * nested tables and line breaks as lines inside its slot), one {@link SourceRow} per visual line.
 */
public final class HtmlFrontEnd implements FrontEnd {

    /** A whole document. */
    public static final HtmlFrontEnd PAGE = new HtmlFrontEnd();
    /** A block of HTML inside another document: see {@link #rows(String, int, int, ReadBudget)}. */
    public static final HtmlFrontEnd FRAGMENT = PAGE;

    private HtmlFrontEnd() {
    }

    @Override
    public List<SourceRow> rows(String sourceName, String text, ReadBudget budget) {
        return rows(text, 1, 0, budget);
    }

    /**
     * The rows of {@code html}, whose first line is line {@code firstLine} of the document; its tables get grid
     * numbers from {@code firstGrid} on.
     */
    public List<SourceRow> rows(String html, int firstLine, int firstGrid, ReadBudget budget) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document document = Jsoup.parse(html, "", parser);
        return new HtmlLayout(firstLine - 1, firstGrid, budget).rows(document.body());
    }
}
