package dev.form4.source;

import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.ATNSimulator;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.dfa.DFA;

/**
 * ANTLR's prediction caches (a lexer's and a parser's DFA) are static and grow with every new input shape.
 * Over an archive of hundreds of thousands of documents that could be unbounded memory; once a cache passes a
 * bound, drop it and let it warm again (Checkstyle does the same with clearDFA()).
 *
 * <p>Measured: the grammars are flat and nearly LL(1), so the caches level off early (DfaCacheGuardTest). The
 * bound is a safety net orders of magnitude above that, not a tuning knob.
 */
public final class DfaCacheGuard {

    /** About 30 MB of DFA states; a warm cache for Form 4 inputs stays far below. */
    public static final int MAX_DFA_STATES = 200_000;

    private DfaCacheGuard() {
    }

    /** Clears the recognizer's cache when it holds more than {@link #MAX_DFA_STATES}. */
    public static void afterUse(Recognizer<?, ? extends ATNSimulator> recognizer) {
        afterUse(recognizer, MAX_DFA_STATES);
    }

    public static void afterUse(Recognizer<?, ? extends ATNSimulator> recognizer, int maxStates) {
        if (dfaStates(recognizer) > maxStates) {
            recognizer.getInterpreter().clearDFA();
        }
    }

    public static int dfaStates(Recognizer<?, ? extends ATNSimulator> recognizer) {
        ATNSimulator interpreter = recognizer.getInterpreter();
        if (interpreter instanceof ParserATNSimulator parser) {
            return states(parser.decisionToDFA);
        }
        if (interpreter instanceof LexerATNSimulator lexer) {
            return states(lexer.decisionToDFA);
        }
        return 0;
    }

    private static int states(DFA[] dfas) {
        int states = 0;
        for (DFA dfa : dfas) {
            states += dfa.states.size();
        }
        return states;
    }
}
