package dev.form4.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The visitor: parse tree to {@link FormTree}, as Trino's AstBuilder does it. Every visit method returns a new
 * immutable node built from its children's nodes and keeps nothing between calls.
 */
final class FormAstBuilder extends Form4ParserBaseVisitor<Object> {

    /** Whether the tree is error recovery's, the only kind that holds error nodes (SLL's bailing parse stops instead). */
    private final boolean recovered;

    private FormAstBuilder(boolean recovered) {
        this.recovered = recovered;
    }

    /**
     * {@code recovered}: the tree was parsed with error recovery; a tree parsed without (the bailing SLL stage)
     * has no error nodes, and its rows are not walked a second time to look for them.
     */
    static FormTree build(Form4Parser.DocumentContext document, boolean recovered) {
        return new FormAstBuilder(recovered).visitDocument(document);
    }

    @Override
    public FormTree visitDocument(Form4Parser.DocumentContext ctx) {
        return new FormTree(
                visitFrontMatter(ctx.frontMatter()),
                ctx.header() == null ? FormTree.Header.NONE : visitHeader(ctx.header()),
                ctx.tableOne() == null ? FormTree.Table.NONE : visitTableOne(ctx.tableOne()),
                ctx.tableTwo() == null ? FormTree.Table.NONE : visitTableTwo(ctx.tableTwo()),
                ctx.laterOwners() == null ? FormTree.Header.NONE : visitLaterOwners(ctx.laterOwners()),
                ctx.notes() == null ? FormTree.Notes.NONE : visitNotes(ctx.notes()),
                ctx.remarks() == null ? List.of() : visitRemarks(ctx.remarks()),
                ctx.signatures() == null ? List.of() : visitSignatures(ctx.signatures()),
                ctx.closing() == null ? List.of() : visitClosing(ctx.closing()),
                recovered ? errorRows(ctx) : List.of());
    }

    @Override
    public List<FormTree.Row> visitFrontMatter(Form4Parser.FrontMatterContext ctx) {
        return rows(ctx);
    }

    @Override
    public FormTree.Header visitHeader(Form4Parser.HeaderContext ctx) {
        return new FormTree.Header(rows(ctx));
    }

    @Override
    public FormTree.Header visitLaterOwners(Form4Parser.LaterOwnersContext ctx) {
        return new FormTree.Header(rows(ctx));
    }

    @Override
    public FormTree.Table visitTableOne(Form4Parser.TableOneContext ctx) {
        FormTree.Row title = ctx.tableOneTitle() == null ? null : row(ctx.tableOneTitle().start);
        List<ParserRuleContext> lines = new ArrayList<>();
        if (ctx.columnCaption() != null) {
            lines.add(ctx.columnCaption()); // the first caption, where the title was lost
        }
        lines.addAll(ctx.tableOneLine());
        return table(title, lines);
    }

    @Override
    public FormTree.Table visitTableTwo(Form4Parser.TableTwoContext ctx) {
        FormTree.Row title = ctx.tableTwoTitle() == null ? null : row(ctx.tableTwoTitle().start);
        List<ParserRuleContext> lines = new ArrayList<>();
        if (ctx.derivativeCaption() != null) {
            lines.add(ctx.derivativeCaption()); // the first caption, where the title was lost
        }
        lines.addAll(ctx.tableTwoLine());
        return table(title, lines);
    }

    /** Captions, rows and stray rows of a table, each in order. */
    private FormTree.Table table(FormTree.Row title, List<? extends ParserRuleContext> lines) {
        List<FormTree.Row> captions = new ArrayList<>();
        List<FormTree.Row> body = new ArrayList<>();
        List<FormTree.Row> stray = new ArrayList<>();
        List<FormTree.Row> repeatedTitles = new ArrayList<>();
        for (ParserRuleContext line : lines) {
            ParserRuleContext part = line.getChildCount() == 1 && line.getChild(0) instanceof ParserRuleContext inner ? inner : line;
            if (part instanceof Form4Parser.TableOneRepeatedContext repeated) {
                repeatedTitles.add(row(repeated.start));
                if (repeated.columnCaption() != null) {
                    captions.add(row(repeated.columnCaption().start));
                }
                continue;
            }
            if (part instanceof Form4Parser.TableTwoRepeatedContext) {
                repeatedTitles.add(row(part.start));
                continue;
            }
            FormTree.Row row = row(part.start);
            if (part instanceof Form4Parser.ColumnCaptionContext || part instanceof Form4Parser.DerivativeCaptionContext) {
                captions.add(row);
            } else if (part instanceof Form4Parser.StrayCaptionContext) {
                stray.add(row);
            } else {
                body.add(row);
            }
        }
        return new FormTree.Table(true, title, captions, body, stray, repeatedTitles);
    }

    @Override
    public FormTree.Notes visitNotes(Form4Parser.NotesContext ctx) {
        FormTree.Row heading = ctx.explanationHeading() == null ? null : row(ctx.explanationHeading().start);
        List<FormTree.Footnote> footnotes = new ArrayList<>();
        List<FormTree.Row> loose = new ArrayList<>();
        if (ctx.footnote() != null) {
            footnotes.add(visitFootnote(ctx.footnote())); // the first note, where the heading was lost
        }
        for (Form4Parser.NoteLineContext line : ctx.noteLine()) {
            if (line.footnote() != null) {
                footnotes.add(visitFootnote(line.footnote()));
            } else if (line.looseValue() != null || line.strayText() != null) {
                loose.add(row(line.start));
            }
            // a repeated heading or a page's title block is not content
        }
        return new FormTree.Notes(heading, footnotes, loose);
    }

    @Override
    public FormTree.Footnote visitFootnote(Form4Parser.FootnoteContext ctx) {
        List<FormTree.Row> continuation = new ArrayList<>();
        for (TerminalNode line : ctx.CONTINUATION()) {
            continuation.add(row(line.getSymbol()));
        }
        return new FormTree.Footnote(row(ctx.FOOTNOTE().getSymbol()), continuation);
    }

    @Override
    public List<FormTree.Row> visitRemarks(Form4Parser.RemarksContext ctx) {
        List<FormTree.Row> rows = rows(ctx);
        return rows; // the heading is the first: "Remarks: text" may go on on its own line
    }

    @Override
    public List<FormTree.Row> visitSignatures(Form4Parser.SignaturesContext ctx) {
        return rows(ctx);
    }

    @Override
    public List<FormTree.Row> visitClosing(Form4Parser.ClosingContext ctx) {
        return rows(ctx);
    }

    /** Every row token under {@code ctx}, in order (error tokens too: recovery keeps them in the tree). */
    private static List<FormTree.Row> rows(ParserRuleContext ctx) {
        List<FormTree.Row> rows = new ArrayList<>();
        collect(ctx, rows, false);
        return rows;
    }

    /** The rows that error recovery set aside anywhere in the tree. */
    private static List<FormTree.Row> errorRows(ParserRuleContext ctx) {
        List<FormTree.Row> rows = new ArrayList<>();
        collect(ctx, rows, true);
        return rows;
    }

    /** Depth-first, iteratively: the tree is shallow, but no input should be able to make it otherwise. */
    private static void collect(ParseTree root, List<FormTree.Row> rows, boolean errorsOnly) {
        java.util.ArrayDeque<ParseTree> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            ParseTree node = stack.pop();
            if (node instanceof TerminalNode terminal) {
                boolean error = terminal instanceof ErrorNode;
                if (terminal.getSymbol() instanceof RowToken && (!errorsOnly || error)) {
                    rows.add(row(terminal.getSymbol()));
                }
                continue;
            }
            for (int i = node.getChildCount() - 1; i >= 0; i--) {
                stack.push(node.getChild(i));
            }
        }
    }

    private static FormTree.Row row(Token token) {
        RowToken row = (RowToken) token;
        return new FormTree.Row(row.getType(), row.row(), row.atoms());
    }
}
