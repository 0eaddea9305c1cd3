package dev.form4.layout;

import dev.form4.grammar.Form4Parser;
import dev.form4.grammar.Form4ParserBaseVisitor;
import dev.form4.model.SourcePosition;
import dev.form4.parse.ParsedDocument;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

import java.util.ArrayList;
import java.util.List;

/**
 * The visitor: parse tree to immutable layout nodes, and nothing else (Trino's AstBuilder in spirit). Every
 * visit method returns a new node that knows where it came from; no Form 4 meaning is given here.
 */
public final class LayoutBuilder extends Form4ParserBaseVisitor<Object> {

    private final ParsedDocument parsed;

    private final List<Block> preamble = new ArrayList<>();
    private final List<FootnoteEntry> footnotes = new ArrayList<>();
    private final List<Block> looseBlocks = new ArrayList<>();
    private final List<Line> remarks = new ArrayList<>();
    private final List<Line> signatures = new ArrayList<>();
    private final List<Line> boilerplate = new ArrayList<>();

    private LayoutBuilder(ParsedDocument parsed) {
        this.parsed = parsed;
    }

    public static FormLayout build(ParsedDocument parsed) {
        LayoutBuilder builder = new LayoutBuilder(parsed);
        builder.visitDocument(parsed.tree());
        return new FormLayout(builder.preamble, builder.footnotes, builder.looseBlocks, builder.remarks,
                builder.signatures, builder.boilerplate);
    }

    @Override
    public Object visitPreambleBlock(Form4Parser.PreambleBlockContext ctx) {
        Object node = visitChildren(ctx);
        if (node instanceof Block block) {
            preamble.add(block);
        }
        return node;
    }

    @Override
    public Object visitExplanationItem(Form4Parser.ExplanationItemContext ctx) {
        Object node = visitChildren(ctx);
        if (node instanceof FootnoteEntry entry) {
            footnotes.add(entry);
        } else if (node instanceof Line || node instanceof Table) {
            looseBlocks.add((Block) node);
        }
        return node;
    }

    @Override
    public Object visitRemarkLine(Form4Parser.RemarkLineContext ctx) {
        if (ctx.textLine() != null) {
            remarks.add(visitTextLine(ctx.textLine()));
        } else if (ctx.table() != null) {
            for (Row row : visitTable(ctx.table()).rows()) {
                remarks.add(new Line(row.line(), List.of(), row.text()));
            }
        }
        return null;
    }

    @Override
    public Object visitRemarksHeading(Form4Parser.RemarksHeadingContext ctx) {
        // "Remarks: text on the same line"
        Line line = line(ctx);
        String rest = line.text().replaceFirst("^#*\\s*\\**Remarks:\\**\\s*", "");
        if (!rest.isEmpty()) {
            remarks.add(new Line(line.line(), line.items(), rest));
        }
        return null;
    }

    @Override
    public Object visitSignatureSection(Form4Parser.SignatureSectionContext ctx) {
        for (int i = 0; i < ctx.getChildCount(); i++) {
            if (ctx.getChild(i) instanceof ParserRuleContext child) {
                collectSignatureLines(child);
            }
        }
        return null;
    }

    private void collectSignatureLines(ParserRuleContext ctx) {
        if (ctx instanceof Form4Parser.SignatureItemContext item) {
            collectSignatureLines((ParserRuleContext) item.getChild(0));
        } else if (ctx instanceof Form4Parser.BlankLineContext) {
            return;
        } else if (ctx instanceof Form4Parser.TableContext table) {
            for (Row row : visitTable(table).rows()) {
                signatures.add(new Line(row.line(), List.of(), row.text()));
            }
        } else {
            signatures.add(line(ctx));
        }
    }

    @Override
    public Object visitClosingBoilerplate(Form4Parser.ClosingBoilerplateContext ctx) {
        boilerplate.add(line(ctx.start, ctx.NL() != null ? ctx.NL().getSymbol() : ctx.stop));
        for (Form4Parser.BoilerplateLineContext lineCtx : ctx.boilerplateLine()) {
            if (lineCtx.lineItem().isEmpty()) {
                continue;
            }
            boilerplate.add(line(lineCtx));
        }
        return null;
    }

    @Override
    public Heading visitHeading(Form4Parser.HeadingContext ctx) {
        Line line = line(ctx);
        return new Heading(line.line(), ctx.HASHES().getText().length(), line.items(), line.text());
    }

    @Override
    public Line visitTextLine(Form4Parser.TextLineContext ctx) {
        return line(ctx);
    }

    @Override
    public Object visitBlankLine(Form4Parser.BlankLineContext ctx) {
        return null;
    }

    @Override
    public FootnoteEntry visitFootnoteItem(Form4Parser.FootnoteItemContext ctx) {
        Token number = ctx.ITEM_NUMBER() != null ? ctx.ITEM_NUMBER().getSymbol() : ctx.MATH_ITEM_NUMBER().getSymbol();
        String raw = rawText(number.getStopIndex() + 1, ctx.stop.getStopIndex());
        return new FootnoteEntry(Integer.parseInt(number.getText().replace(".", "")), VisibleText.of(raw),
                new SourcePosition(number.getLine(), number.getCharPositionInLine() + 1));
    }

    @Override
    public Table visitTable(Form4Parser.TableContext ctx) {
        List<Row> rows = new ArrayList<>();
        for (Form4Parser.TableRowContext rowCtx : ctx.tableRow()) {
            if (rowCtx.contentRow() != null) {
                rows.add(visitContentRow(rowCtx.contentRow()));
            }
        }
        return new Table(rows);
    }

    @Override
    public Row visitContentRow(Form4Parser.ContentRowContext ctx) {
        // One pass over the row's children: asking for the i-th PIPE of a row is a scan per call, which made
        // a row of n cells cost n^2.
        List<Cell> cells = new ArrayList<>();
        Token pipe = null;
        for (int i = 0; i < ctx.getChildCount(); i++) {
            org.antlr.v4.runtime.tree.ParseTree child = ctx.getChild(i);
            if (child instanceof org.antlr.v4.runtime.tree.TerminalNode terminal) {
                if (terminal.getSymbol().getType() == dev.form4.grammar.Form4Lexer.PIPE) {
                    pipe = terminal.getSymbol();
                }
                continue;
            }
            Form4Parser.CellContext cellCtx = (Form4Parser.CellContext) child;
            // An empty cell has no tokens: its position is just after the pipe before it.
            SourcePosition at = new SourcePosition(pipe.getLine(), pipe.getCharPositionInLine() + 2);
            if (cellCtx.cellItem().isEmpty()) {
                cells.add(new Cell(cells.size(), List.of(), "", at));
            } else {
                List<Item> items = ItemReader.read(parsed.tokens(), cellCtx.start.getTokenIndex(), cellCtx.stop.getTokenIndex());
                String text = VisibleText.of(rawText(cellCtx.start.getStartIndex(), cellCtx.stop.getStopIndex()));
                cells.add(new Cell(cells.size(), items, text, items.isEmpty() ? at : items.get(0).position()));
            }
        }
        // The empty cell after the closing pipe is layout, not content.
        if (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        return new Row(ctx.start.getLine(), cells);
    }

    private Line line(ParserRuleContext ctx) {
        return line(ctx.start, ctx.stop);
    }

    private Line line(Token start, Token stop) {
        if (stop == null || stop.getTokenIndex() < start.getTokenIndex()) {
            stop = start;
        }
        List<Item> items = ItemReader.read(parsed.tokens(), start.getTokenIndex(), stop.getTokenIndex());
        String text = VisibleText.of(rawText(start.getStartIndex(), stop.getStopIndex()));
        return new Line(start.getLine(), items, text);
    }

    private String rawText(int startChar, int stopChar) {
        if (stopChar < startChar || startChar < 0) {
            return "";
        }
        return parsed.tokens().getTokenSource().getInputStream().getText(Interval.of(startChar, stopChar));
    }
}
