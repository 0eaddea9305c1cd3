package dev.form4.parse;

import dev.form4.source.Atom;
import dev.form4.source.Atomizer;
import dev.form4.source.SourceRow;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

import java.util.List;

/**
 * The form grammar's lexer: the rows an input front-end read, one {@link RowToken} each, classified by
 * {@link RowClassifier}. Like a lexer with modes, it keeps the section the rows are in (switched by the first
 * box caption or table title, the headings "Explanation of Responses", "Remarks:" and the closing instructions) and the class of the row
 * before, because a line of prose under a note continues it.
 */
public final class RowTokenSource implements TokenSource {

    /** Rows a signature caption may stand below the first line of the signer's box. */
    private static final int SIGNER_BOX_ROWS = 3;

    private final List<SourceRow> rows;
    private final String sourceName;
    private int next;
    private RowClassifier.Mode mode = RowClassifier.Mode.TOP;
    private int previous = Token.INVALID_TYPE;
    private int lastLine = 1;

    public RowTokenSource(String sourceName, List<SourceRow> rows) {
        this.sourceName = sourceName;
        this.rows = rows;
    }

    @Override
    public Token nextToken() {
        if (next >= rows.size()) {
            CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
            eof.setLine(lastLine + 1);
            eof.setCharPositionInLine(0);
            return eof;
        }
        SourceRow row = rows.get(next++);
        List<Atom> atoms = Atomizer.atoms(row);
        int type = RowClassifier.classify(row, atoms, mode, previous, next >= 2 ? rows.get(next - 2) : null,
                rows.subList(next, Math.min(rows.size(), next + SIGNER_BOX_ROWS)));
        mode = switch (type) {
            case Form4Parser.EXPLANATION_HEADING, Form4Parser.FOOTNOTE -> mode == RowClassifier.Mode.FORM
                    || mode == RowClassifier.Mode.TOP || mode == RowClassifier.Mode.BOXES ? RowClassifier.Mode.NOTES : mode;
            case Form4Parser.OWNER_CAPTION, Form4Parser.ISSUER_CAPTION -> mode == RowClassifier.Mode.TOP
                    ? RowClassifier.Mode.BOXES : mode;
            case Form4Parser.TABLE_ONE_TITLE, Form4Parser.TABLE_TWO_TITLE, Form4Parser.TABLE_TITLE,
                 Form4Parser.COLUMN_CAPTION, Form4Parser.DERIVATIVE_CAPTION -> mode == RowClassifier.Mode.TOP
                    || mode == RowClassifier.Mode.BOXES ? RowClassifier.Mode.FORM : mode;
            case Form4Parser.REMARKS_HEADING -> RowClassifier.Mode.REMARKS;
            case Form4Parser.BOILERPLATE -> RowClassifier.Mode.CLOSING;
            case Form4Parser.SIGNATURE, Form4Parser.SIGNATURE_CAPTION -> mode == RowClassifier.Mode.CLOSING ? mode : RowClassifier.Mode.REMARKS;
            default -> mode;
        };
        previous = type;
        lastLine = row.lastLine();
        RowToken token = new RowToken(type, row, atoms);
        token.setTokenIndex(next - 1);
        return token;
    }

    @Override
    public int getLine() {
        return next < rows.size() ? rows.get(next).line() : lastLine + 1;
    }

    @Override
    public int getCharPositionInLine() {
        return 0;
    }

    @Override
    public CharStream getInputStream() {
        return null;
    }

    @Override
    public String getSourceName() {
        return sourceName;
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        // the tokens are rows, made here
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return CommonTokenFactory.DEFAULT;
    }
}
