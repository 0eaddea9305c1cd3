package dev.form4.parse;

import dev.form4.source.DfaCacheGuard;
import dev.form4.testing.SyntheticInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The prediction caches level off over many different inputs, and the guard empties them past its bound. */
@Isolated("counts and clears the prediction caches every parse in this JVM shares")
class DfaCacheGuardTest {

    private final DocumentParser parser = new DocumentParser();

    @Test
    void theCachesLevelOffOverManyVariedInputs() {
        Random random = new Random(11);
        String seed = SyntheticInputs.seed();
        int[] parserStates = new int[3];
        int[] lexerStates = new int[3];
        int perRound = 200;
        for (int round = 0; round < 3; round++) {
            ParsedDocument last = null;
            for (int i = 0; i < perRound; i++) {
                last = parser.parse("varied", varied(seed, random, round * perRound + i));
            }
            parserStates[round] = DfaCacheGuard.dfaStates(last.parser());
            lexerStates[round] = dev.form4.source.DfaCacheGuard.dfaStates(markdownLexer());
        }
        String figures = "parser DFA states after 200/400/600 inputs " + Arrays.toString(parserStates)
                + ", lexer " + Arrays.toString(lexerStates);
        // Flat grammar: a few hundred states each (measured ~340 and ~200 after 4,000 inputs). Ten times that is
        // a regression worth a look, far below the guard's bound.
        assertTrue(parserStates[2] < 5_000 && lexerStates[2] < 5_000, figures);
        // Levelling off: the last 200 inputs add far less than the first 200 did.
        assertTrue(parserStates[2] - parserStates[1] < parserStates[0] / 4, figures);
        assertTrue(lexerStates[2] - lexerStates[1] < lexerStates[0] / 4, figures);
    }

    @Test
    void theGuardEmptiesACacheOverItsBound() {
        ParsedDocument parsed = parser.parse("seed", SyntheticInputs.seed());
        int warm = DfaCacheGuard.dfaStates(parsed.parser());
        assertTrue(warm > 10, "parsing the seed fills the cache: " + warm);

        DfaCacheGuard.afterUse(parsed.parser(), warm); // at the bound: kept
        assertEquals(warm, DfaCacheGuard.dfaStates(parsed.parser()));

        int lexerWarm = dev.form4.source.DfaCacheGuard.dfaStates(markdownLexer());
        DfaCacheGuard.afterUse(parsed.parser(), warm - 1); // over it: emptied
        DfaCacheGuard.afterUse(markdownLexer(), lexerWarm - 1);
        assertEquals(0, DfaCacheGuard.dfaStates(parsed.parser()));
        assertEquals(0, dev.form4.source.DfaCacheGuard.dfaStates(markdownLexer()));

        // And it warms again, with the same result.
        ParsedDocument again = parser.parse("seed", SyntheticInputs.seed());
        assertEquals(parsed.toStringTree(), again.toStringTree());
        assertTrue(DfaCacheGuard.dfaStates(again.parser()) > 10);
    }

    /** Noise, the seed with its lines shuffled, or the seed with markup characters sprinkled in. */
    private static String varied(String seed, Random random, int i) {
        switch (i % 3) {
            case 0:
                return SyntheticInputs.noise(1_000 + random.nextInt(10_000), i);
            case 1:
                List<String> lines = new ArrayList<>(Arrays.asList(seed.split("\n")));
                Collections.shuffle(lines, random);
                return String.join("\n", lines);
            default:
                String sprinkle = "|$#-*\n<sup>(1)12/12/2012\\$1.<b>/s/";
                StringBuilder sb = new StringBuilder(seed);
                for (int k = 0; k < 200; k++) {
                    sb.insert(random.nextInt(sb.length()), sprinkle.charAt(random.nextInt(sprinkle.length())));
                }
                return sb.toString();
        }
    }

    /** A lexer of the kind every front-end types its text with: its DFA cache is shared by all of them. */
    private static dev.form4.source.MarkdownLexer markdownLexer() {
        return new dev.form4.source.MarkdownLexer(org.antlr.v4.runtime.CharStreams.fromString(""));
    }
}
