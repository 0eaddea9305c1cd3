package dev.form4.corpus;

import java.util.Random;

/**
 * How a PDF-to-Markdown converter may write the form's boxes 1 to 6, one choice per aspect, each choice made
 * for the whole document (the printed form is one layout; the converter reads it one way). The first constant
 * of each aspect is what {@link MarkdownRenderer} writes; the others are what converters write instead: the
 * SEC page's nested tables come out as rows, as one cell with {@code <br>}, or in a different reading order.
 */
record BoxLayout(NameLine name, Streets streets, Captions captions, Place place, Relationship relationship,
                 OfficerTitle officerTitle, IssuerBoxes issuerBoxes, Columns columns, FilingLines filingLines,
                 HeaderTable headerTable, FurtherOwners furtherOwners) {

    /** Box 1's name: after its caption in one cell, or on the line below it. */
    enum NameLine { AFTER_CAPTION, BELOW_CAPTION }

    /**
     * The street lines: a line each; both in one line joined by {@code <br>}; joined by {@code <br>} to the
     * line before them (the {@code (Last) (First) (Middle)} caption, or {@code (Street)} when captions come
     * first); or the whole of box 1 in one cell.
     */
    enum Streets { OWN_LINES, ONE_LINE, WITH_LINE_BEFORE, WHOLE_BOX_IN_ONE_CELL }

    /** The small captions of box 1, (Last) (First) (Middle), (Street), (City) (State) (Zip): under their values as printed, or read before them. */
    enum Captions { AFTER_VALUES, BEFORE_VALUES }

    /** City, state and postal code: one cell, as the seed, or the printed form's three cells. */
    enum Place { ONE_CELL, THREE_CELLS }

    /** Box 5's check boxes: two columns as printed, one box a line, or all of box 5 in one cell. */
    enum Relationship { TWO_COLUMNS, ONE_COLUMN, ONE_CELL }

    /** The officer's title and the Other text: beside their box, or on a line of their own below the boxes. */
    enum OfficerTitle { BESIDE_BOX, BELOW_BOXES }

    /** Boxes 2, 3 and 4: the value after the caption, after a {@code <br>}, or on the next line. */
    enum IssuerBoxes { VALUE_AFTER_CAPTION, VALUE_AFTER_BREAK, VALUE_ON_NEXT_LINE }

    /** Where boxes 2 to 4 and box 5 stand in the grid (box 1 is always the first column). */
    enum Columns {
        SEED(5, 11), NARROW(3, 7), WIDE(4, 12);

        final int middle;
        final int relation;

        Columns(int middle, int relation) {
            this.middle = middle;
            this.relation = relation;
        }
    }

    /** Box 6's two lines: on one line as in the seed, or one line each. */
    enum FilingLines { ONE_LINE, TWO_LINES }

    /** The boxes in the same pipe table as Table I, or a table of their own. */
    enum HeaderTable { WITH_TABLES, OWN_TABLE }

    /** A joint filing's further owners after Table II: in the same pipe table, or in a table of their own. */
    enum FurtherOwners { SAME_TABLE, OWN_TABLE }

    static final BoxLayout SEED = new BoxLayout(NameLine.AFTER_CAPTION, Streets.OWN_LINES, Captions.AFTER_VALUES,
            Place.ONE_CELL, Relationship.TWO_COLUMNS, OfficerTitle.BESIDE_BOX, IssuerBoxes.VALUE_AFTER_CAPTION,
            Columns.SEED, FilingLines.ONE_LINE, HeaderTable.WITH_TABLES, FurtherOwners.SAME_TABLE);

    /** Every aspect chosen independently and uniformly. */
    static BoxLayout random(Random random) {
        return new BoxLayout(pick(random, NameLine.values()), pick(random, Streets.values()),
                pick(random, Captions.values()), pick(random, Place.values()), pick(random, Relationship.values()),
                pick(random, OfficerTitle.values()), pick(random, IssuerBoxes.values()), pick(random, Columns.values()),
                pick(random, FilingLines.values()), pick(random, HeaderTable.values()), pick(random, FurtherOwners.values()));
    }

    private static <E> E pick(Random random, E[] values) {
        return values[random.nextInt(values.length)];
    }
}
