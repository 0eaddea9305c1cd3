package dev.form4.input.markdown;

import dev.form4.input.html.HtmlFrontEnd;
import dev.form4.source.DfaCacheGuard;
import dev.form4.source.FrontEnd;
import dev.form4.source.MarkdownLexer;
import dev.form4.source.MarkdownParser;
import dev.form4.source.ReadBudget;
import dev.form4.source.SourceRow;
import dev.form4.source.TextCharStream;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Markdown as Marker, pandoc or another converter writes it: pipe tables, lines, headings (the Markdown
 * grammar, read by {@link MarkdownRows}), and raw HTML tables standing as blocks between them (pandoc writes
 * every table with rowspan or colspan so), which go to the HTML front-end with their source lines.
 */
public final class MarkdownFrontEnd implements FrontEnd {

    /** Marker: {@code $...$} is a formula. */
    public static final MarkdownFrontEnd MARKER = new MarkdownFrontEnd(true);
    /** GitHub Markdown (pandoc's gfm): a {@code $} is a dollar sign. */
    public static final MarkdownFrontEnd GFM = new MarkdownFrontEnd(false);

    private final boolean math;

    private MarkdownFrontEnd(boolean math) {
        this.math = math;
    }

    @Override
    public List<SourceRow> rows(String sourceName, String text, ReadBudget budget) {
        text = HtmlBlocks.withoutComments(text);
        List<HtmlBlocks.Block> blocks = HtmlBlocks.find(text);
        String markdown = HtmlBlocks.masked(text, blocks);
        MarkdownParser.DocumentContext tree = parse(sourceName, markdown, budget);
        List<SourceRow> rows = new ArrayList<>(new MarkdownRows(math).document(tree));
        int grid = 1 + rows.stream().mapToInt(SourceRow::grid).max().orElse(0);
        for (HtmlBlocks.Block block : blocks) {
            List<SourceRow> htmlRows = HtmlFrontEnd.FRAGMENT.rows(block.html(), block.line(), grid, budget);
            grid = htmlRows.stream().mapToInt(SourceRow::grid).max().orElse(grid - 1) + 1;
            rows.addAll(htmlRows);
        }
        if (!blocks.isEmpty()) {
            rows.sort(Comparator.comparingInt(SourceRow::line));
        }
        return rows;
    }

    /** The Markdown parse tree (for tooling: its rows are what {@link #rows} returns). */
    public MarkdownParser.DocumentContext parse(String sourceName, String markdown, ReadBudget budget) {
        CharStream chars = TextCharStream.of(markdown, sourceName);
        MarkdownLexer lexer = new CountingLexer(chars, budget);
        lexer.math = math;
        lexer.removeErrorListeners(); // total lexer: UNKNOWN takes every character, nothing to report
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        MarkdownParser parser = new MarkdownParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.document();
        } catch (ParseCancellationException sllFailed) {
            // The grammar accepts every token sequence; LL with recovery is the safety net, not a path taken.
            tokens.seek(0);
            parser.reset();
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            return parser.document();
        } finally {
            DfaCacheGuard.afterUse(parser);
            DfaCacheGuard.afterUse(lexer);
        }
    }

    /** Counts tokens and the pipes of each line against the document's budget while lexing. */
    private static final class CountingLexer extends MarkdownLexer {
        private final ReadBudget budget;
        private int pipesOnLine;

        CountingLexer(CharStream chars, ReadBudget budget) {
            super(chars);
            this.budget = budget;
        }

        @Override
        public Token nextToken() {
            Token token = super.nextToken();
            budget.token(token.getLine(), token.getCharPositionInLine() + 1);
            if (token.getType() == NL) {
                pipesOnLine = 0;
            } else if (token.getType() == PIPE) {
                budget.cell(++pipesOnLine, token.getLine(), token.getCharPositionInLine() + 1);
            }
            return token;
        }
    }
}
