package dev.form4.parse;

import dev.form4.model.Diagnostic;
import dev.form4.model.SourcePosition;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns ANTLR's syntax errors into diagnostics a user understands (Trino's ErrorHandler in spirit): the
 * place, what was found, and what the form's layout expected there, in words rather than token names.
 */
final class SyntaxErrorCollector extends BaseErrorListener {

    /** The row classes in the words of the printed form. */
    private static final Map<String, String> USER_WORDS = Map.ofEntries(
            Map.entry("FORM_TITLE", "the form's title ('FORM 4', 'STATEMENT OF CHANGES ...')"),
            Map.entry("OWNER_CAPTION", "box 1 'Name and Address of Reporting Person'"),
            Map.entry("ISSUER_CAPTION", "box 2 'Issuer Name and Ticker or Trading Symbol'"),
            Map.entry("BOX_CAPTION", "a caption of the header's boxes"),
            Map.entry("TABLE_ONE_TITLE", "the title 'Table I - Non-Derivative Securities ...'"),
            Map.entry("TABLE_TWO_TITLE", "the title 'Table II - Derivative Securities ...'"),
            Map.entry("TABLE_TITLE", "a table's title"),
            Map.entry("COLUMN_CAPTION", "a row of column captions"),
            Map.entry("DERIVATIVE_CAPTION", "a row of Table II's column captions"),
            Map.entry("DATA_ROW", "a row of values"),
            Map.entry("LOOSE_VALUE", "a value on a line of its own"),
            Map.entry("EXPLANATION_HEADING", "'Explanation of Responses:'"),
            Map.entry("FOOTNOTE", "a note 'N. text'"),
            Map.entry("CONTINUATION", "a line continuing a note"),
            Map.entry("REMARKS_HEADING", "'Remarks:'"),
            Map.entry("SIGNATURE", "a signature '/s/ ...'"),
            Map.entry("SIGNATURE_CAPTION", "'Signature of Reporting Person'"),
            Map.entry("BOILERPLATE", "the printed instructions ('Reminder: ...')"),
            Map.entry("TEXT", "a line of text"),
            Map.entry("EOF", "end of file"));

    /** Where in the form the parser was, in the form's words. */
    private static final Map<String, String> RULE_WORDS = Map.ofEntries(
            Map.entry("document", "where the form has no such part left"),
            Map.entry("header", "in the header's boxes"),
            Map.entry("tableOne", "in Table I"),
            Map.entry("tableTwo", "in Table II"),
            Map.entry("laterOwners", "among the further reporting owners' boxes"),
            Map.entry("notes", "in the Explanation of Responses"),
            Map.entry("remarks", "in the Remarks"),
            Map.entry("signatures", "among the signatures"),
            Map.entry("closing", "in the printed instructions"));

    private static final int MAX_REPORTED = 100;

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int suppressed;

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        if (diagnostics.size() >= MAX_REPORTED) {
            suppressed++;
            return;
        }
        String message = describe(recognizer, offendingSymbol, msg, e);
        diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.SYNTAX,
                new SourcePosition(line, charPositionInLine + 1), null, message));
    }

    private static String describe(Recognizer<?, ?> recognizer, Object offendingSymbol, String antlrMessage,
                                   RecognitionException e) {
        if (!(recognizer instanceof Parser parser) || !(offendingSymbol instanceof Token token)) {
            return antlrMessage;
        }
        String found = token.getType() == Token.EOF ? "end of file"
                : "row '" + shorten(token.getText()) + "' ("
                + USER_WORDS.getOrDefault(parser.getVocabulary().getSymbolicName(token.getType()), "a row") + ")";
        IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
        TreeSet<String> words = new TreeSet<>();
        for (int type : expected.toList()) {
            String symbolic = parser.getVocabulary().getSymbolicName(type);
            if (symbolic == null && type == Token.EOF) {
                symbolic = "EOF";
            }
            words.add(USER_WORDS.getOrDefault(symbolic, parser.getVocabulary().getDisplayName(type)));
        }
        String rule = parser.getContext() == null ? "document"
                : parser.getRuleNames()[parser.getContext().getRuleIndex()];
        return "unexpected " + found + " " + RULE_WORDS.getOrDefault(rule, "in <" + rule + ">") + "; the row is set aside"
                + (words.isEmpty() ? "" : "; expected " + String.join(", ", words));
    }

    private static String shorten(String text) {
        String oneLine = text.replace("\n", "\\n").replace("\r", "\\r");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "..." : oneLine;
    }

    List<Diagnostic> diagnostics() {
        if (suppressed > 0) {
            List<Diagnostic> all = new ArrayList<>(diagnostics);
            all.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.SYNTAX, SourcePosition.UNKNOWN, null,
                    suppressed + " further syntax errors not listed"));
            return all;
        }
        return List.copyOf(diagnostics);
    }
}
