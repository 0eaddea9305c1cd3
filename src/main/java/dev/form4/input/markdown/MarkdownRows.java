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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
                rows.addAll(line.heading() != null ? visitHeading(line.heading(), blankBefore)
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

    private List<SourceRow> visitHeading(MarkdownParser.HeadingContext ctx, boolean blankBefore) {
        // The heading's text, without its hashes.
        List<ParseTree> content = ctx.children.subList(1, ctx.getChildCount() - 1);
        return lineRows(ctx, content, SourceRow.Shape.HEADING, blankBefore);
    }

    private List<SourceRow> visitTextLine(MarkdownParser.TextLineContext ctx, boolean blankBefore) {
        return lineRows(ctx, ctx.children.subList(0, ctx.getChildCount() - 1), SourceRow.Shape.LINE, blankBefore);
    }

    private List<SourceRow> lineRows(ParserRuleContext ctx, List<ParseTree> content, SourceRow.Shape shape, boolean blankBefore) {
        List<Item> items = items(content);
        String raw = content.isEmpty() ? "" : rawText(content.get(0), content.get(content.size() - 1));
        int line = ctx.start.getLine();
        SourcePosition at = items.isEmpty() ? new SourcePosition(line, ctx.start.getCharPositionInLine() + 1) : items.get(0).position();
        SourceRow whole = new SourceRow(line, line, shape, -1, blankBefore,
                List.of(new SourceCell(0, items, VisibleText.of(raw, math), at, 0, 1)));
        if (math || content.isEmpty()) {
            return List.of(whole);
        }
        int rawColumn = (content.get(0) instanceof TerminalNode t ? t.getSymbol() : ((ParserRuleContext) content.get(0)).start)
                .getCharPositionInLine() + 1;
        return blocks(whole, items, raw, rawColumn);
    }

    /** A cell's lines where the converter broke it with {@code <br>}; null (one line) when it did not. */
    private List<String> lines(String raw) {
        List<String> parts = VisibleText.breakParts(raw);
        if (parts == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (String part : parts) {
            String line = VisibleText.of(part, math);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }


    /**
     * GitHub Markdown from a PDF (pdf2md) writes a page's blocks into one paragraph and bolds the captions and
     * titles among them ("... Person **Table I - Non-Derivative ...**", "**... Price** Common Stock 04/13/2022 S
     * ..."): a line's bold runs and the texts between them are rows of their own. A line bold as a whole, or
     * without bold, stays one row; so does Marker's, whose bold is emphasis.
     */
    private List<SourceRow> blocks(SourceRow row, List<Item> lineItems, String text, int origin) {
        Matcher bold = BOLD.matcher(text);
        List<int[]> cuts = new ArrayList<>();
        while (bold.find()) {
            // a bold run in lower case goes on with the sentence ("2. Issuer Name **and** Ticker"): emphasis
            if (!Character.isLowerCase(bold.group(1).codePointAt(0))) {
                cuts.add(new int[] {bold.start(), bold.end()});
            }
        }
        boolean opensInside = text.contains("/s/") && SIGNED_INSIDE.matcher(text).find()
                || text.contains("Responses:") && NOTES_INSIDE.matcher(text).find();
        if (!opensInside && (cuts.isEmpty() || cuts.size() == 1 && text.substring(0, cuts.get(0)[0]).isBlank()
                && text.substring(cuts.get(0)[1]).isBlank()) || lineItems.isEmpty()) {
            return List.of(row);
        }
        List<int[]> bolded = new ArrayList<>();
        int from = 0;
        for (int[] cut : cuts) {
            bolded.add(new int[] {from, cut[0]});
            bolded.add(cut);
            from = cut[1];
        }
        bolded.add(new int[] {from, text.length()});
        List<int[]> segments = opensInside ? atOpenings(bolded, text) : bolded;
        // {@code origin}: the source column where the line's raw text starts (the items carry source columns)
        List<SourceRow> rows = new ArrayList<>();
        for (int[] segment : segments) {
            String piece = VisibleText.of(text.substring(segment[0], segment[1]), math).strip();
            if (piece.isEmpty()) {
                continue;
            }
            List<Item> items = new ArrayList<>();
            for (Item item : lineItems) {
                int at = item.position().column() - origin;
                if (at >= segment[0] && at < segment[1]) {
                    items.add(item);
                }
            }
            if (items.isEmpty()) {
                continue;
            }
            SourceCell part = new SourceCell(0, items, piece, items.get(0).position(), 0, 1);
            rows.add(new SourceRow(row.line(), row.lastLine(), row.shape(), -1, rows.isEmpty() && row.blankBefore(), List.of(part)));
        }
        return rows.isEmpty() ? List.of(row) : rows;
    }

    /**
     * "... on additional Form 4.     /s/ Valentina Margulis, as ...", "**... Amount or Number of Shares Explanation
     * of Responses:**": each segment split where a signature or the notes' heading opens.
     */
    private static List<int[]> atOpenings(List<int[]> segments, String text) {
        List<int[]> split = new ArrayList<>();
        for (int[] segment : segments) {
            int start = segment[0];
            for (Pattern opens : List.of(NOTES_INSIDE, SIGNED_INSIDE)) {
                Matcher signed = opens.matcher(text).region(start, segment[1]);
                while (signed.find()) {
                    split.add(new int[] {start, signed.start()});
                    start = signed.start();
                }
            }
            split.add(new int[] {start, segment[1]});
        }
        return split;
    }

    /** "/s/" after other text on the line: where the signer's box starts in a paragraph that runs blocks together. */
    private static final Pattern SIGNED_INSIDE = Pattern.compile("(?<=\\S\\s{1,20})/s/");
    /** The notes' heading after other text on the line: Table II's last caption runs into it in one bold run. */
    private static final Pattern NOTES_INSIDE = Pattern.compile("(?<=\\S\\s{1,20})Explanation of Responses:");

    /** A bold run: "**" against a non-space on both inner sides, not escaped. */
    private static final Pattern BOLD = Pattern.compile("(?<!\\\\)\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");

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
