package dev.form4.parse;

import dev.form4.input.InputDetector;
import dev.form4.input.InputFormat;
import dev.form4.source.DfaCacheGuard;
import dev.form4.source.InputChecks;
import dev.form4.source.ParseLimits;
import dev.form4.source.ReadBudget;
import dev.form4.source.SourceRow;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.util.List;

/**
 * The one entry point that wires the input front-end, the row tokens, the form grammar and its error handling
 * (Trino's SqlParser in spirit).
 *
 * <p>Two stages: SLL prediction with a bailing strategy first, which is fast and right for nearly every input;
 * on a syntax error, rewind and parse again with full LL prediction and ANTLR's recovering strategy, which
 * reports each error as a diagnostic in the user's words and goes on. Both stages build the same tree for input
 * that SLL accepts.
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

    /** Parses text whose dialect is detected from the text itself. */
    public ParsedDocument parse(String sourceName, String text) {
        return parse(sourceName, text, null);
    }

    /** Parses text of the given dialect; {@code format} null detects it. */
    public ParsedDocument parse(String sourceName, String text, InputFormat format) {
        InputChecks.checkSize(sourceName, text, limits);
        String normalised = loneCrToLf(text);
        InputFormat dialect = format != null ? format : InputDetector.detect(normalised);
        List<SourceRow> rows = dialect.frontEnd().rows(sourceName, normalised, new ReadBudget(sourceName, limits));
        CommonTokenStream tokens = new CommonTokenStream(new RowTokenSource(sourceName, rows));
        tokens.fill();

        Form4Parser parser = new Form4Parser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            Form4Parser.DocumentContext tree = parser.document();
            return new ParsedDocument(sourceName, text, dialect, rows, tokens, parser, tree, FormAstBuilder.build(tree, false),
                    List.of(), false);
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            SyntaxErrorCollector collector = new SyntaxErrorCollector();
            parser.addErrorListener(collector);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            Form4Parser.DocumentContext tree = parser.document();
            return new ParsedDocument(sourceName, text, dialect, rows, tokens, parser, tree, FormAstBuilder.build(tree, true),
                    collector.diagnostics(), true);
        } finally {
            DfaCacheGuard.afterUse(parser);
        }
    }

    /**
     * Line ends are counted at '\n' only, so a file with classic Mac line ends (lone '\r') would be one long line
     * and every position after the first line wrong. One character for one keeps every offset and column as it was.
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
}
