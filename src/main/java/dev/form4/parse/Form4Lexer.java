package dev.form4.parse;

import dev.form4.input.InputDetector;
import dev.form4.input.InputFormat;
import dev.form4.source.ParseLimits;
import dev.form4.source.ReadBudget;
import dev.form4.source.SourceRow;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.Interval;

import java.util.List;

/**
 * The form grammar's lexer as ANTLR's tools load it: TestRig ({@code grun dev.form4.parse.Form4 document -tree
 * FILE}) looks for {@code Form4Lexer} beside {@code Form4Parser}. It reads the whole input, lets the front-end of
 * its dialect (detected, or set with the system property {@code form4.inputFormat}) find the rows, and hands
 * out {@link RowToken}s from {@link RowTokenSource}, so that TestRig's {@code -tokens}, {@code -tree}, {@code -gui}
 * and {@code -trace} show the form's rows exactly as the extractor parses them.
 */
public final class Form4Lexer extends Lexer {

    private RowTokenSource rows;

    public Form4Lexer(CharStream input) {
        super(input);
    }

    /** A new input: the rows are read again. (Lexer's own version resets an ATN simulator this lexer has not.) */
    @Override
    public void setInputStream(IntStream input) {
        this._input = (CharStream) input;
        this._tokenFactorySourcePair = new org.antlr.v4.runtime.misc.Pair<>(this, _input);
        rows = null;
    }

    /**
     * Lexer.reset() resets the ATN simulator, and this lexer has none (it lexes no characters): TestRig calls
     * setInputStream, hence reset, on a new lexer, which ended in a NullPointerException. Only the rows are state.
     */
    @Override
    public void reset() {
        rows = null;
    }

    @Override
    public Token nextToken() {
        if (rows == null) {
            CharStream input = getInputStream();
            String text = input.size() == 0 ? "" : input.getText(Interval.of(0, input.size() - 1));
            String name = input.getSourceName();
            String forced = System.getProperty("form4.inputFormat");
            String normalised = DocumentParser.loneCrToLf(text);
            InputFormat format = forced != null ? InputFormat.valueOf(forced.toUpperCase(java.util.Locale.ROOT))
                    : InputDetector.detect(normalised);
            List<SourceRow> found = format.frontEnd().rows(name, normalised, new ReadBudget(name, ParseLimits.DEFAULT));
            rows = new RowTokenSource(name, found);
        }
        return rows.nextToken();
    }

    @Override
    public String[] getRuleNames() {
        return new String[0];
    }

    @Override
    public String getGrammarFileName() {
        return "Form4RowLexer.g4";
    }

    @Override
    public Vocabulary getVocabulary() {
        return Form4Parser.VOCABULARY;
    }

    @Override
    @Deprecated
    public String[] getTokenNames() {
        return Form4Parser.tokenNames;
    }

    @Override
    public ATN getATN() {
        return null; // rows are not lexed from characters: no ATN
    }
}
