package dev.form4.parse;

import dev.form4.grammar.Form4Parser;
import dev.form4.model.Diagnostic;
import org.antlr.v4.runtime.CommonTokenStream;

import java.util.List;

/**
 * The result of parsing: the tree, the token stream and the generated parser (for those who want to walk the
 * tree themselves or print it), and the syntax diagnostics.
 *
 * @param usedFullLl true when the fast SLL stage failed and the LL stage with error recovery produced the tree
 */
public record ParsedDocument(
        String sourceName,
        String text,
        CommonTokenStream tokens,
        Form4Parser parser,
        Form4Parser.DocumentContext tree,
        List<Diagnostic> syntaxDiagnostics,
        boolean usedFullLl) {

    public ParsedDocument {
        syntaxDiagnostics = List.copyOf(syntaxDiagnostics);
    }

    /** The parse tree in LISP form, as TestRig -tree prints it. */
    public String toStringTree() {
        return tree.toStringTree(parser);
    }
}
