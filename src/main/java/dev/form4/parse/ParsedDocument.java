package dev.form4.parse;

import dev.form4.input.InputFormat;
import dev.form4.model.Diagnostic;
import dev.form4.source.SourceRow;
import org.antlr.v4.runtime.CommonTokenStream;

import java.util.List;

/**
 * The result of parsing: the input's dialect and rows, the row tokens, the form grammar's tree and the generated
 * parser (for those who want to walk the tree themselves or print it), the form's parts as immutable nodes, and
 * the syntax diagnostics.
 *
 * @param usedFullLl true when the fast SLL stage failed and the LL stage with error recovery produced the tree
 */
public record ParsedDocument(
        String sourceName,
        String text,
        InputFormat format,
        List<SourceRow> rows,
        CommonTokenStream tokens,
        Form4Parser parser,
        Form4Parser.DocumentContext tree,
        FormTree form,
        List<Diagnostic> syntaxDiagnostics,
        boolean usedFullLl) {

    public ParsedDocument {
        rows = List.copyOf(rows);
        syntaxDiagnostics = List.copyOf(syntaxDiagnostics);
    }

    /** The parse tree in LISP form, as TestRig -tree prints it. */
    public String toStringTree() {
        return tree.toStringTree(parser);
    }
}
