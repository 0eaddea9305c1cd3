package dev.form4.parse;

import dev.form4.grammar.Form4Parser;
import org.antlr.v4.runtime.dfa.DFA;

/**
 * ANTLR's prediction cache (the DFA) is static and grows with every new input shape. Over an archive of
 * hundreds of thousands of documents that is unbounded memory; once it passes a bound, drop it and let it
 * warm again (Checkstyle does the same with clearDFA()).
 */
final class DfaCacheGuard {

    /** About 30 MB of DFA states; a warm cache for Form 4 inputs stays far below. */
    static final int MAX_DFA_STATES = 200_000;

    private DfaCacheGuard() {
    }

    static void afterParse(Form4Parser parser) {
        if (dfaStates(parser) > MAX_DFA_STATES) {
            parser.getInterpreter().clearDFA();
        }
    }

    static int dfaStates(Form4Parser parser) {
        int states = 0;
        for (DFA dfa : parser.getInterpreter().decisionToDFA) {
            states += dfa.states.size();
        }
        return states;
    }
}
