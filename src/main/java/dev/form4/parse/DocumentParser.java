package dev.form4.parse;

import dev.form4.grammar.Form4Lexer;
import dev.form4.grammar.Form4Parser;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The one entry point that wires lexer, parser and error handling (Trino's SqlParser in spirit).
 *
 * <p>Two stages: SLL prediction with a bailing strategy first, which is fast and right for nearly every input;
 * on a syntax error, rewind and parse again with full LL prediction and ANTLR's recovering strategy, which
 * reports each error as a diagnostic and goes on. The grammar is unambiguous where it matters, so both stages
 * build the same tree for input that SLL accepts.
 */
public final class DocumentParser {

    private final ParseLimits limits;

    public DocumentParser() {
        this(ParseLimits.DEFAULT);
    }

    public DocumentParser(ParseLimits limits) {
        this.limits = limits;
    }

    public ParseLimits limits() {
        return limits;
    }

    public ParsedDocument parse(String sourceName, String text) {
        InputChecks.checkSize(sourceName, text, limits);
        CodePointCharStream chars = CharStreams.fromString(loneCrToLf(text), sourceName);
        Form4Lexer lexer = new LimitedLexer(chars, sourceName, limits);
        lexer.removeErrorListeners(); // total lexer: UNKNOWN catches every character, nothing to report
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();

        Form4Parser parser = new Form4Parser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            Form4Parser.DocumentContext tree = parser.document();
            return new ParsedDocument(sourceName, text, tokens, parser, tree, java.util.List.of(), false);
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            SyntaxErrorCollector collector = new SyntaxErrorCollector();
            parser.addErrorListener(collector);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            Form4Parser.DocumentContext tree = parser.document();
            return new ParsedDocument(sourceName, text, tokens, parser, tree, collector.diagnostics(), true);
        } finally {
            DfaCacheGuard.afterParse(parser);
        }
    }

    /**
     * ANTLR counts lines at '\n' only, so a file with classic Mac line ends (lone '\r') would be one long line and
     * every position after the first line wrong. One character for one keeps every offset and column as it was.
     */
    static String loneCrToLf(String text) {
        int cr = text.indexOf('\r');
        if (cr < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = cr; i < chars.length; i++) {
            if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) {
                chars[i] = '\n';
            }
        }
        return new String(chars);
    }

    /**
     * Enforces the token and cells-per-row limits while lexing, so a flood is refused before it is all in memory
     * and before the parser or the layout step spends anything on it.
     */
    private static final class LimitedLexer extends Form4Lexer {
        private final String sourceName;
        private final ParseLimits limits;
        private int tokens;
        private int pipesOnLine;

        LimitedLexer(CodePointCharStream chars, String sourceName, ParseLimits limits) {
            super(chars);
            this.sourceName = sourceName;
            this.limits = limits;
        }

        @Override
        public Token nextToken() {
            Token token = super.nextToken();
            if (++tokens > limits.maxTokens()) {
                throw LimitErrors.exceeded(sourceName, token.getLine(), token.getCharPositionInLine() + 1,
                        "more than " + limits.maxTokens() + " tokens", "maxTokens", "--max-tokens");
            }
            if (token.getType() == NL) {
                pipesOnLine = 0;
            } else if (token.getType() == PIPE && ++pipesOnLine > limits.maxCellsPerRow()) {
                throw LimitErrors.exceeded(sourceName, token.getLine(), token.getCharPositionInLine() + 1,
                        "line " + token.getLine() + " has more than " + limits.maxCellsPerRow() + " '|' (table cells)",
                        "maxCellsPerRow", "--max-cells-per-row");
            }
            return token;
        }
    }
}
