package dev.form4.parse;

import dev.form4.Form4Exception;
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
        CodePointCharStream chars = CharStreams.fromString(text, sourceName);
        Form4Lexer lexer = new TokenCountingLexer(chars, sourceName, limits.maxTokens());
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

    /** Refuses a token flood while lexing, before it is all in memory. */
    private static final class TokenCountingLexer extends Form4Lexer {
        private final String sourceName;
        private final int maxTokens;
        private int count;

        TokenCountingLexer(CodePointCharStream chars, String sourceName, int maxTokens) {
            super(chars);
            this.sourceName = sourceName;
            this.maxTokens = maxTokens;
        }

        @Override
        public Token nextToken() {
            Token token = super.nextToken();
            if (++count > maxTokens) {
                throw new Form4Exception(sourceName, Form4Exception.Reason.LIMIT_EXCEEDED, token.getLine(),
                        token.getCharPositionInLine() + 1,
                        "more than " + maxTokens + " tokens (limit maxTokens; raise it with --max-tokens)");
            }
            return token;
        }
    }
}
