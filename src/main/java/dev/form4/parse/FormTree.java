package dev.form4.parse;

import dev.form4.source.Atom;
import dev.form4.source.SourceRow;

import java.util.List;

/**
 * The form as the grammar found it: its parts in order, each holding its rows. Immutable; built by
 * {@link FormAstBuilder} from the parse tree. Nothing is read from the rows yet: which value stands in which
 * column or box is the recogniser's work (dev.form4.recognize).
 *
 * @param misplaced rows the grammar could not place anywhere (each one is also a syntax diagnostic)
 */
public record FormTree(List<Row> frontMatter, Header header, Table tableOne, Table tableTwo, Header laterOwners,
                       Notes notes, List<Row> remarks, List<Row> signatures, List<Row> closing, List<Row> misplaced) {

    public FormTree {
        frontMatter = List.copyOf(frontMatter);
        remarks = List.copyOf(remarks);
        signatures = List.copyOf(signatures);
        closing = List.copyOf(closing);
        misplaced = List.copyOf(misplaced);
    }

    /** A row with the class the token source gave it and its values. */
    public record Row(int type, SourceRow source, List<Atom> atoms) {

        public Row {
            atoms = List.copyOf(atoms);
        }

        /** The row class's name, as the grammar's vocabulary has it ("DATA_ROW"). */
        public String typeName() {
            return Form4Parser.VOCABULARY.getSymbolicName(type);
        }

        public int line() {
            return source.line();
        }
    }

    /** The header's rows (boxes 1 to 6 and the checkboxes as one grid), or the further owners' of a joint filing. */
    public record Header(List<Row> rows) {
        public static final Header NONE = new Header(List.of());

        public Header {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One of the two tables.
     *
     * @param present false when the document has no such table
     * @param title   its title row, or null when the title was lost (the table starts at its captions)
     * @param captions its column-caption rows
     * @param body    its other rows in order: rows of values, and the lines a converter split a row into
     * @param stray   rows of the header standing among the table's rows (a page's title block repeated)
     * @param repeatedTitles the title printed again where the table goes on over a page break
     */
    public record Table(boolean present, Row title, List<Row> captions, List<Row> body, List<Row> stray,
                        List<Row> repeatedTitles) {
        public static final Table NONE = new Table(false, null, List.of(), List.of(), List.of(), List.of());

        public Table {
            captions = List.copyOf(captions);
            body = List.copyOf(body);
            stray = List.copyOf(stray);
            repeatedTitles = List.copyOf(repeatedTitles);
        }

        public boolean titled() {
            return title != null;
        }
    }

    /**
     * The Explanation of Responses.
     *
     * @param heading   the heading row, or null when it was lost
     * @param footnotes the notes, each with the lines that continue it
     * @param loose     the rows among the notes that are no note: values (and words) of table rows that fell
     *                  out of their table, in order
     */
    public record Notes(Row heading, List<Footnote> footnotes, List<Row> loose) {
        public static final Notes NONE = new Notes(null, List.of(), List.of());

        public Notes {
            footnotes = List.copyOf(footnotes);
            loose = List.copyOf(loose);
        }
    }

    /** "N. text" and its continuation lines. */
    public record Footnote(Row first, List<Row> continuation) {
        public Footnote {
            continuation = List.copyOf(continuation);
        }
    }
}
