package dev.form4.source;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextCharStreamTest {

    /** Each token as the parsers and front-ends see it: type, channel, text, character indices, line and column. */
    private static List<String> tokens(CharStream chars, boolean markup, boolean math) {
        MarkdownLexer lexer = new MarkdownLexer(chars);
        lexer.markup = markup;
        lexer.math = math;
        lexer.removeErrorListeners();
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            out.add(t.getType() + "/" + t.getChannel() + " " + t.getText() + " " + t.getStartIndex() + ".." + t.getStopIndex()
                    + " @" + t.getLine() + ":" + t.getCharPositionInLine() + " " + t.getInputStream().getSourceName());
            if (t.getType() == Token.EOF) {
                return out;
            }
        }
    }

    private static void assertSameTokens(String text, String name) {
        for (boolean markup : new boolean[] {true, false}) {
            for (boolean math : new boolean[] {true, false}) {
                assertEquals(tokens(CharStreams.fromString(text, name == null ? IntStream.UNKNOWN_SOURCE_NAME : name), markup, math),
                        tokens(TextCharStream.of(text, name), markup, math), "markup " + markup + ", math " + math);
            }
        }
    }

    @Test
    void theSeedLexesAsFromAntlrsStream() throws IOException {
        // the seed as Marker wrote it: tags, escaped dollars, formulas, '☒' and other chars above Latin-1
        assertSameTokens(Files.readString(Path.of("testdata/seed/qualys-courtot-2019-11-07.md")), "seed.md");
    }

    @Test
    void cellsLexAsFromAntlrsStream() {
        assertSameTokens("| M <sup>(1)</sup> | 60,566 | A | \\$26. | 86 | 11/07/2019 |", null);
        assertSameTokens("Common Stock\u00A0 $ 49.00 (2)\r\n&amp; $1. The <br/>", "");
        assertSameTokens("", null);
    }

    @Test
    void aTextWithASurrogatePairIsAntlrsStream() {
        // a code point above U+FFFF is one character to ANTLR and two chars to a String: ANTLR's stream reads it
        String text = "Stock \uD83D\uDE00 1,000 (1)";
        CharStream chars = TextCharStream.of(text, null);
        assertNotEquals(TextCharStream.class, chars.getClass());
        assertSameTokens(text, null);
    }

    @Test
    void loneSurrogatesAreOneCharacterEachAsInAntlrsStream() {
        // what a broken UTF-16 text holds: ANTLR's stream reads each lone surrogate as a code point of its own
        String text = "a\uD800b \uDC00 1,000 \uDC00\uD800 (1) x\uDBFF";
        assertEquals(TextCharStream.class, TextCharStream.of(text, null).getClass());
        assertSameTokens(text, null);
    }

    @Test
    void lookAheadAndTextFollowAntlrsContract() {
        CharStream chars = TextCharStream.of("ab", "x");
        assertEquals('a', chars.LA(1));
        assertEquals(IntStream.EOF, chars.LA(-1));
        assertEquals(0, chars.LA(0));
        chars.consume();
        assertEquals('a', chars.LA(-1));
        assertEquals('b', chars.LA(1));
        assertEquals(IntStream.EOF, chars.LA(2));
        assertEquals("ab", chars.getText(Interval.of(0, 5)));
        chars.consume();
        assertThrows(IllegalStateException.class, chars::consume);
        chars.seek(0);
        assertEquals('a', chars.LA(1));
    }
}
