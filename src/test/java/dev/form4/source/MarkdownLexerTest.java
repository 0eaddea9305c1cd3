package dev.form4.source;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownLexerTest {

    /** "TYPE:text" of each default-channel token, without EOF. */
    private static List<String> tokens(String input) {
        return tokens(input, true, true);
    }

    private static List<String> tokens(String input, boolean markup, boolean math) {
        MarkdownLexer lexer = new MarkdownLexer(CharStreams.fromString(input));
        lexer.markup = markup;
        lexer.math = math;
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                out.add(MarkdownLexer.VOCABULARY.getSymbolicName(t.getType()) + ":" + t.getText());
            }
        }
        return out;
    }

    @Test
    void valuesOfATableRowAreTypedTokens() {
        assertEquals(List.of("PIPE:|", "CODE_LETTER:M", "SUP_OPEN:<sup>", "FOOTNOTE_REF:(1)", "SUP_CLOSE:</sup>", "PIPE:|",
                        "NUMBER:60,566", "PIPE:|", "CODE_LETTER:A", "PIPE:|", "PRICE:\\$26.", "PIPE:|", "NUMBER:86", "PIPE:|",
                        "DATE:11/07/2019", "PIPE:|"),
                tokens("| M <sup>(1)</sup> | 60,566 | A | \\$26. | 86 | 11/07/2019 |"));
    }

    @Test
    void aLoneCapitalOfTheCodeListIsACodeLetterAndLongerWordsAreWords() {
        assertEquals(List.of("WORD:Class", "CODE_LETTER:A", "WORD:Common"), tokens("Class A Common"));
        assertEquals(List.of("WORD:B", "WORD:Stock"), tokens("B Stock"), "B is no transaction code");
        assertEquals(List.of("WORD:Sale"), tokens("Sale"));
    }

    @Test
    void fragmentsCutAtCellEdgesStayNumbers() {
        assertEquals(List.of("NUMBER:,956", "CODE_LETTER:D"), tokens(",956 D"));
        assertEquals(List.of("DATE:11/07/20"), tokens("11/07/20"));
        assertEquals(List.of("NUMBER:34.082"), tokens("34.082"));
        assertEquals(List.of("ITEM_NUMBER:2.", "WORD:The"), tokens("2. The"));
    }

    @Test
    void dollarFragmentsAreMathModeUnlessTheyArePrices() {
        assertEquals(List.of("MATH_OPEN:$", "MATH_TEXT:M", "MATH_SUP:^{(1)}", "MATH_CLOSE:$"), tokens("$M^{(1)}$"));
        assertEquals(List.of("MATH_OPEN:$", "MATH_ITEM_NUMBER:1.", "MATH_TEXT:The", "MATH_ESCAPE:\\ ", "MATH_TEXT:sale", "MATH_CLOSE:$"),
                tokens("$1. The \\ sale$"));
        assertEquals(List.of("PRICE:$84.10"), tokens("$84.10"));
    }

    @Test
    void anUnclosedFormulaEndsAtTheLineEnd() {
        assertEquals(List.of("MATH_OPEN:$", "MATH_TEXT:abc", "NL:\n", "WORD:next"), tokens("$abc\nnext"));
    }

    @Test
    void sectionHeadingsAreWordsForTheFormGrammarToRead() {
        assertEquals(List.of("HASHES:###", "PUNCT:*", "PUNCT:*", "WORD:Explanation", "WORD:of", "WORD:Responses", "PUNCT::",
                "PUNCT:*", "PUNCT:*"), tokens("### **Explanation of Responses:**"));
        assertEquals(List.of("PUNCT:/", "WORD:s", "PUNCT:/", "WORD:Bruce"), tokens("/s/ Bruce"));
    }

    @Test
    void withoutFormulasADollarSignIsAPrice() {
        assertEquals(List.of("PRICE:$", "OTHER_TAG:</span>", "OTHER_TAG:<span>", "NUMBER:49.00"),
                tokens("$</span><span>49.00", true, false));
        assertEquals(List.of("PRICE:$0", "WORD:and", "PRICE:$ 12,000"), tokens("$0 and $ 12,000", true, false));
    }

    @Test
    void aPriceIsTheSameTokenWhicheverSwitchesAreOn() {
        assertEquals(List.of("PRICE:\\$ 1,234.56", "PRICE:$7.5", "MATH_OPEN:$", "MATH_NUMBER:12"), tokens("\\$ 1,234.56 $7.5 $12", true, true));
        assertEquals(List.of("PRICE:\\$ 1,234.56", "PRICE:$7.5", "PRICE:$12"), tokens("\\$ 1,234.56 $7.5 $12", true, false));
        assertEquals(List.of("PUNCT:\\", "PRICE:$ 1,234.56", "PRICE:$7.5", "PRICE:$12"), tokens("\\$ 1,234.56 $7.5 $12", false, false));
    }

    /**
     * The lexer caches no DFA edge on which it tests a predicate: a price's predicates stand right after its sign,
     * so a price lexed a second time takes two steps through the ATN, its sign's and the end of the input's (no
     * edge on EOF is cached), not one more per digit.
     */
    @Test
    void aPriceSeenBeforeTakesTheSignsStepOutsideTheCacheOnly() {
        for (String price : List.of("\\$ 1,234,567.89", "$ 1,234,567.89")) {
            assertEquals(2, uncachedSteps(price, true, price.startsWith("\\")), price);
        }
    }

    /** Steps the second lexing of {@code text} takes outside the DFA cache. */
    private static int uncachedSteps(String text, boolean markup, boolean math) {
        int[] steps = new int[1];
        for (int pass = 0; pass < 2; pass++) {
            steps[0] = 0;
            MarkdownLexer lexer = new MarkdownLexer(CharStreams.fromString(text));
            lexer.markup = markup;
            lexer.math = math;
            lexer.setInterpreter(new org.antlr.v4.runtime.atn.LexerATNSimulator(lexer, lexer.getATN(),
                    lexer.getInterpreter().decisionToDFA, new org.antlr.v4.runtime.atn.PredictionContextCache()) {
                @Override
                protected org.antlr.v4.runtime.dfa.DFAState computeTargetState(org.antlr.v4.runtime.CharStream input,
                        org.antlr.v4.runtime.dfa.DFAState s, int t) {
                    steps[0]++;
                    return super.computeTargetState(input, s, t);
                }
            });
            while (lexer.nextToken().getType() != Token.EOF) {
                // lexing only
            }
        }
        return steps[0];
    }

    @Test
    void plainTextHasNoMarkup() {
        assertEquals(List.of("PUNCT:<", "WORD:script", "PUNCT:>", "WORD:x", "PUNCT:\\", "WORD:y", "PUNCT:&", "WORD:amp", "PUNCT:;"),
                tokens("<script> x \\y &amp;", false, false));
        assertEquals(List.of("ENTITY:&amp;", "ENTITY:&#36;"), tokens("&amp; &#36;"));
    }

    @Test
    void tagsAreTokensOfTheirOwn() {
        assertEquals(List.of("BOLD_OPEN:<b>", "PRICE:\\$84.2841", "BOLD_CLOSE:</b>", "BR:<br>", "OTHER_TAG:<span class=\"x\">"),
                tokens("<b>\\$84.2841</b><br><span class=\"x\">"));
    }

    @Test
    void noiseBecomesTokensTheParserCanAbsorb() {
        assertEquals(List.of("PUNCT:\u2022"), tokens("\u2022"));
        assertEquals(List.of("UNKNOWN:\u2603"), tokens("\u2603"));
    }

    @Test
    void theLexerNeverFailsOnGarbage() {
        Random random = new Random(42);
        StringBuilder garbage = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            garbage.appendCodePoint(random.nextInt(0x3000));
        }
        MarkdownLexer lexer = new MarkdownLexer(CharStreams.fromString(garbage.toString()));
        List<String> errors = new ArrayList<>();
        lexer.removeErrorListeners();
        lexer.addErrorListener(new org.antlr.v4.runtime.BaseErrorListener() {
            @Override
            public void syntaxError(org.antlr.v4.runtime.Recognizer<?, ?> r, Object o, int l, int c, String msg,
                                    org.antlr.v4.runtime.RecognitionException e) {
                errors.add(msg);
            }
        });
        int count = lexer.getAllTokens().size();
        assertTrue(count > 0);
        assertFalse(!errors.isEmpty(), "token recognition errors: " + errors);
    }
}
