package dev.form4.parse;

import dev.form4.source.Atom;
import dev.form4.source.SourceRow;
import org.antlr.v4.runtime.CommonToken;

import java.util.List;

/**
 * A token of the form grammar: one row, its class as the token type, and the row itself with its typed values
 * (read once, here, for the classification and for everything after it). The token's text is the row's text,
 * shortened, so that trees and token listings stay readable.
 */
public final class RowToken extends CommonToken {

    static final int SHOWN = 72;

    private final transient SourceRow row;
    private final transient List<Atom> atoms;

    RowToken(int type, SourceRow row, List<Atom> atoms) {
        super(type, shown(row.text()));
        this.row = row;
        this.atoms = List.copyOf(atoms);
        setLine(row.line());
        setCharPositionInLine(row.cells().isEmpty() ? 0 : Math.max(0, row.cells().get(0).position().column() - 1));
    }

    public SourceRow row() {
        return row;
    }

    /** The row's values, in order, as {@link dev.form4.source.Atomizer} read them. */
    public List<Atom> atoms() {
        return atoms;
    }

    private static String shown(String text) {
        // cut first, then the line ends replaced: char for char, the same text, and a long row's tail is not copied
        String shown = text.length() <= SHOWN ? text : text.substring(0, SHOWN - 1) + "…";
        return shown.replace('\n', ' ').replace('\r', ' ');
    }
}
