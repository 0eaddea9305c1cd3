package dev.form4.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Box texts of the header block cut at cell edges, as the seed's {@code (City) | (S | tate) | (Zip)} and
 * {@code elationship o<br>ck all applio<br>Directo | able)}: a cell's text is cut at character positions into
 * consecutive cells. Only the printed captions are cut (and may lose their first letters); the values after
 * them (name, issuer, dates, address, title) stay whole, unless the context is lossy (level 3). Without
 * {@code anyBox} only the captions the seed shows cut are cut: boxes 4, 5 and 6 and the (Last) (First)
 * (Middle), (Street) and (City) (State) (Zip) lines; boxes 1, 2 and 3 came through whole there.
 */
final class HeaderCut implements DamageOperator {

    /** The captions the seed shows cut. */
    static final List<String> SEED_CUT = List.of(
            "4. If Amendment, Date of Original Filed (Month/Day/Year)",
            "5. Relationship of Reporting Person(s) to Issuer<br>(Check all applicable)",
            "6. Individual or Joint/Group Filing (Check Applicable Line)",
            "(Last) (First) (Middle)", "(Street)", "(City) (State) (Zip)");

    private final boolean anyBox;

    HeaderCut(boolean anyBox) {
        this.anyBox = anyBox;
    }

    /** The captions of boxes 1 to 6 that precede a value or stand alone. */
    static final List<String> LABELS = List.of(
            "1. Name and Address of Reporting Person*", "2. Issuer Name and Ticker or Trading Symbol",
            "3. Date of Earliest Transaction (Month/Day/Year)",
            "4. If Amendment, Date of Original Filed (Month/Day/Year)",
            "5. Relationship of Reporting Person(s) to Issuer<br>(Check all applicable)",
            "6. Individual or Joint/Group Filing (Check Applicable Line)",
            "(Last) (First) (Middle)", "(Street)", "(City) (State) (Zip)");

    @Override
    public boolean apply(DamageContext context) {
        List<int[]> places = new ArrayList<>();
        List<PipeTable.Row> rows = context.doc.table.rowsOf(PipeTable.Kind.HEADER_BLOCK, PipeTable.Kind.OWNER_BLOCK);
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                int cuttable = anyBox || SEED_CUT.stream().anyMatch(cells.get(c)::startsWith)
                        ? cuttable(cells.get(c), context.lossy) : 0;
                if (cuttable >= 4) {
                    places.add(new int[]{r, c, cuttable});
                }
            }
        }
        int[] place = context.pick(places);
        if (place == null) {
            return false;
        }
        List<String> cells = rows.get(place[0]).cells();
        String text = cells.get(place[1]);
        int labelOnly = labelLength(text) == text.length() ? 1 : 0;
        int cut = CaptionTruncation.safe(text, 1 + context.random.nextInt(place[2] - 1));
        if (cut <= 0 || cut >= text.length()) {
            return false;
        }
        String left = text.substring(0, cut).strip();
        String right = text.substring(cut).strip();
        if (labelOnly == 1 && context.random.nextInt(3) == 0 && left.length() > 3) {
            left = left.substring(1 + context.random.nextInt(2));
        }
        RowCells.splitInto(cells, place[1], left, right);
        return true;
    }

    /** How much of a cell may be cut: its caption part, or all of it when lossy. */
    private static int cuttable(String text, boolean lossy) {
        return lossy ? text.length() : labelLength(text);
    }

    static int labelLength(String text) {
        for (String label : LABELS) {
            if (text.startsWith(label)) {
                return label.length();
            }
        }
        return 0;
    }
}
