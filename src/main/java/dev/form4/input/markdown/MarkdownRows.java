package dev.form4.input.markdown;

import dev.form4.model.SourcePosition;
import dev.form4.source.Item;
import dev.form4.source.MarkdownParser;
import dev.form4.source.MarkdownParserBaseVisitor;
import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;
import dev.form4.source.TextItems;
import dev.form4.source.VisibleText;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The visitor of the Markdown grammar: lines, headings and pipe rows to {@link SourceRow}s, each cell's items
 * read from its item rules. A pipe table's cells are placed by their index (Marker's grid is a grid, but its
 * columns do not line up in characters); a line or a heading is one cell without geometry.
 *
 * <p>Kept flat on purpose: {@code <sup>} toggles a flag while a cell's items are read instead of nesting, so
 * ten thousand nested tags cost ten thousand steps and no stack.
 */
final class MarkdownRows extends MarkdownParserBaseVisitor<Object> {

    private final boolean math;

    MarkdownRows(boolean math) {
        this.math = math;
    }

    /** The rows in source order; consecutive pipe rows (separator rows between them included) share a grid. */
    List<SourceRow> document(MarkdownParser.DocumentContext document) {
        List<SourceRow> rows = new ArrayList<>();
        int grid = -1;
        boolean inTable = false;
        boolean blankBefore = false;
        for (MarkdownParser.LineContext line : document.line()) {
            if (line.blankLine() != null) {
                blankBefore = true;
                inTable = false;
                continue;
            }
            if (line.separatorRow() != null) {
                if (!inTable) {
                    grid++;
                    inTable = true;
                }
                continue;
            }
            if (line.pipeRow() != null) {
                if (!inTable) {
                    grid++;
                    inTable = true;
                }
                rows.add(visitPipeRow(line.pipeRow(), grid, blankBefore));
            } else {
                inTable = false;
                rows.add(line.heading() != null ? visitHeading(line.heading(), blankBefore)
                        : visitTextLine(line.textLine(), blankBefore));
            }
            blankBefore = false;
        }
        return rows;
    }

    private SourceRow visitPipeRow(MarkdownParser.PipeRowContext ctx, int grid, boolean blankBefore) {
        // One pass over the row's children: asking for the i-th PIPE of a row is a scan per call, which made a
        // row of n cells cost n^2.
        List<SourceCell> cells = new ArrayList<>();
        Token pipe = null;
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree child = ctx.getChild(i);
            if (child instanceof TerminalNode terminal) {
                pipe = terminal.getSymbol();
                continue;
            }
            if (!(child instanceof MarkdownParser.CellContext cellCtx)) {
                continue; // lineEnd
            }
            int index = cells.size();
            // An empty cell has no tokens: its position is just after the pipe before it.
            SourcePosition afterPipe = new SourcePosition(pipe.getLine(), pipe.getCharPositionInLine() + 2);
            if (cellCtx.getChildCount() == 0) {
                cells.add(new SourceCell(index, List.of(), "", afterPipe, index, index + 1));
            } else {
                List<Item> items = items(cellCtx.children);
                String raw = rawText(cellCtx);
                String text = VisibleText.of(raw, math);
                cells.add(new SourceCell(index, items, text, items.isEmpty() ? afterPipe : items.get(0).position(),
                        index, index + 1, lines(raw)));
            }
        }
        // The empty cell after the closing pipe is layout, not content.
        if (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        int line = ctx.start.getLine();
        return new SourceRow(line, line, SourceRow.Shape.TABLE_ROW, grid, blankBefore, cells);
    }

    private SourceRow visitHeading(MarkdownParser.HeadingContext ctx, boolean blankBefore) {
        // The heading's text, without its hashes.
        List<ParseTree> content = ctx.children.subList(1, ctx.getChildCount() - 1);
        return lineRow(ctx, content, SourceRow.Shape.HEADING, blankBefore);
    }

    private SourceRow visitTextLine(MarkdownParser.TextLineContext ctx, boolean blankBefore) {
        return lineRow(ctx, ctx.children.subList(0, ctx.getChildCount() - 1), SourceRow.Shape.LINE, blankBefore);
    }

    private SourceRow lineRow(ParserRuleContext ctx, List<ParseTree> content, SourceRow.Shape shape, boolean blankBefore) {
        List<Item> items = items(content);
        String text = content.isEmpty() ? "" : VisibleText.of(rawText(content.get(0), content.get(content.size() - 1)), math);
        int line = ctx.start.getLine();
        SourcePosition at = items.isEmpty() ? new SourcePosition(line, ctx.start.getCharPositionInLine() + 1) : items.get(0).position();
        SourceCell cell = new SourceCell(0, items, text, at, 0, 1);
        return new SourceRow(line, line, shape, -1, blankBefore, List.of(cell));
    }

    private static final java.util.regex.Pattern BREAK = java.util.regex.Pattern.compile("<br\\s*/?>",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A cell's lines where the converter broke it with {@code <br>}; null (one line) when it did not. */
    private List<String> lines(String raw) {
        if (raw.indexOf('<') < 0 || !BREAK.matcher(raw).find()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (String part : BREAK.split(raw)) {
            String line = VisibleText.of(part, math);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The typed items of a cell's or a line's children, in order. */
    private List<Item> items(List<ParseTree> children) {
        List<Item> items = new ArrayList<>();
        if (children == null) {
            return items;
        }
        boolean superscript = false;
        for (ParseTree child : children) {
            if (child instanceof TerminalNode terminal) {
                add(items, terminal.getSymbol(), superscript); // a pipe or hashes inside a line
                continue;
            }
            MarkdownParser.ItemContext item = child instanceof MarkdownParser.LineStartContext start
                    ? start.item() : (MarkdownParser.ItemContext) child;
            if (item.markup() != null) {
                MarkdownParser.MarkupContext markup = item.markup();
                if (markup instanceof MarkdownParser.SupOpenContext) {
                    superscript = true;
                } else if (markup instanceof MarkdownParser.SupCloseContext) {
                    superscript = false;
                } else if (markup instanceof MarkdownParser.LineBreakContext) {
                    items.add(new Item(Item.Kind.BREAK, "", position(markup.start), superscript));
                }
                // other tags (<b>, <span ...>) are layout only
            } else if (item.math() != null) {
                for (MarkdownParser.MathItemContext mathItem : item.math().mathItem()) {
                    add(items, mathItem.start, superscript);
                }
            } else {
                // a value, a footnote marker or text: one token each
                add(items, item.start, superscript);
            }
        }
        return items;
    }

    private static void add(List<Item> items, Token token, boolean superscript) {
        Item item = TextItems.of(token, superscript, position(token));
        if (item != null) {
            items.add(item);
        }
    }

    private static SourcePosition position(Token t) {
        return new SourcePosition(t.getLine(), t.getCharPositionInLine() + 1);
    }

    private static String rawText(ParserRuleContext ctx) {
        return text(ctx.start, ctx.stop);
    }

    private static String rawText(ParseTree first, ParseTree last) {
        Token start = first instanceof TerminalNode t ? t.getSymbol() : ((ParserRuleContext) first).start;
        Token stop = last instanceof TerminalNode t ? t.getSymbol() : ((ParserRuleContext) last).stop;
        return text(start, stop);
    }

    private static String text(Token start, Token stop) {
        if (start == null || stop == null || stop.getStopIndex() < start.getStartIndex() || start.getStartIndex() < 0) {
            return "";
        }
        return start.getInputStream().getText(Interval.of(start.getStartIndex(), stop.getStopIndex()));
    }
}
