package dev.form4.build;

import java.util.Locale;
import dev.form4.layout.Block;
import dev.form4.layout.Row;
import dev.form4.layout.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the header block, Table I and Table II among the rows of the Markdown tables. Marker often writes the
 * whole printed form as one pipe table, so the boundaries come from the rows' content: the tables' titles
 * (however cut: "le I -"), their captions, and which rows carry values.
 */
final class TableLocator {

    /** The three sections, in form order. Rows of the header block include later owner blocks of joint filings. */
    record Sections(List<Row> headerRows, TableSection tableOne, TableSection tableTwo) {
    }

    /** The titles and first captions, as {@link LabelPattern}s: Marker scatters a title row over the grid. */
    private static final Pattern TABLE_ONE_TITLE = Pattern.compile("(?i)(" + LabelPattern.regex("Table I")
            + "(?!\\s*(?:\\|\\s*)*I)|\\ble I\\s*-|" + LabelPattern.regex("Non-Derivative") + "|"
            + LabelPattern.regex("Title of Security") + ")");
    private static final Pattern TABLE_TWO_TITLE = Pattern.compile("(?i)(" + LabelPattern.regex("Table II") + "|"
            + LabelPattern.regex("Title of Derivative") + "|(?<!Non-)Derivative Securit(y|ies) (Acquired|\\(Instr)|"
            + LabelPattern.regex("Conversion or Exercise") + "|" + LabelPattern.regex("Date Exercisable") + ")");
    private static final Pattern OWNER_BOX = Pattern.compile("(?i)Name and Address of Reporting Person");
    private static final Pattern CAPTION_WORDS = Pattern.compile(
            "(?i)(\\(Instr|Month/Day|Title of|Transacti|Amount of|Ownership Form|Beneficial|\\bCode\\b|\\bPrice\\b"
                    + "|Exercisable|Expiration|Nature of|Derivative|Following|Reported|\\(A\\) or|Securities|Acquired|Disposed"
                    + "|Execution|\\bDeemed\\b)");

    private TableLocator() {
    }

    static Sections locate(List<Block> preamble) {
        List<Row> rows = new ArrayList<>();
        for (Block block : preamble) {
            if (block instanceof Table table) {
                rows.addAll(table.rows());
            }
        }
        // Each row's kind is asked many times below: decide it once.
        boolean[] header = new boolean[rows.size()];
        boolean[] data = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            header[i] = isHeaderRow(rows.get(i));
            data[i] = !header[i] && isDataRow(rows.get(i)) && !isTitleRow(rows.get(i));
        }
        int tableOneStart = firstMatch(rows, 0, TABLE_ONE_TITLE);
        if (tableOneStart < 0) {
            tableOneStart = firstCaptionAfterHeader(rows);
        }
        int tableTwoStart = firstMatch(rows, tableOneStart + 1, TABLE_TWO_TITLE);
        // Joint filings list further owners after the tables, as box 1 and box 5 again: header rows. The first
        // owner box opens the header block itself.
        int firstOwner = firstMatch(rows, 0, OWNER_BOX, true);
        int laterOwners = rows.size();
        for (int i = Math.max(tableOneStart, firstOwner + 1); i < rows.size(); i++) {
            if (OWNER_BOX.matcher(rows.get(i).text()).find()) {
                laterOwners = i;
                break;
            }
        }
        if (tableTwoStart > 0) {
            // Table II's title row may be cut to "Table": its caption block starts after Table I's last data row.
            while (tableTwoStart - 1 > Math.max(tableOneStart, 0) && !data[tableTwoStart - 1]) {
                tableTwoStart--;
            }
        }
        List<Row> headerRows = new ArrayList<>();
        List<Row> oneCaptions = new ArrayList<>();
        List<Row> oneData = new ArrayList<>();
        List<Row> twoCaptions = new ArrayList<>();
        List<Row> twoData = new ArrayList<>();
        int end = rows.size();
        for (int i = 0; i < end; i++) {
            Row row = rows.get(i);
            boolean inOne = tableOneStart >= 0 && i >= tableOneStart && (tableTwoStart < 0 || i < tableTwoStart) && i < laterOwners;
            boolean inTwo = tableTwoStart >= 0 && i >= tableTwoStart && i < laterOwners;
            if (!inOne && !inTwo || header[i]) {
                headerRows.add(row);
            } else if (data[i]) {
                (inOne ? oneData : twoData).add(row);
            } else {
                (inOne ? oneCaptions : twoCaptions).add(row);
            }
        }
        return new Sections(headerRows, new TableSection(false, oneCaptions, oneData), new TableSection(true, twoCaptions, twoData));
    }

    private static int firstMatch(List<Row> rows, int from, Pattern pattern) {
        return firstMatch(rows, from, pattern, false);
    }

    private static int firstMatch(List<Row> rows, int from, Pattern pattern, boolean headerRowsToo) {
        for (int i = Math.max(from, 0); i < rows.size(); i++) {
            if (pattern.matcher(rows.get(i).text()).find() && (headerRowsToo || !isHeaderRow(rows.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** Without a readable title: the first caption or data row after box 1 that is not part of the header. */
    private static int firstCaptionAfterHeader(List<Row> rows) {
        int lastHeader = -1;
        for (int i = Math.max(firstMatch(rows, 0, OWNER_BOX, true), 0); i < rows.size(); i++) {
            if (isHeaderRow(rows.get(i))) {
                lastHeader = i;
            } else if (lastHeader >= 0 && (isDataRow(rows.get(i)) || CAPTION_WORDS.matcher(rows.get(i).text()).find())) {
                return i;
            }
        }
        return lastHeader >= 0 && lastHeader + 1 < rows.size() ? lastHeader + 1 : (lastHeader < 0 && !rows.isEmpty() ? 0 : -1);
    }

    /**
     * A table's title, even scattered over the grid ("Table II | Deri | vative Secur"), is never data. Without
     * cell edges and spaces a scattered title reads whole again, so this is a text search, not a pattern.
     */
    private static boolean isTitleRow(Row row) {
        String compact = row.text().replaceAll("[\\s|]+", "").toLowerCase(Locale.ROOT);
        for (String title : List.of("tablei", "non-derivative", "titleofsecurity", "titleofderivative",
                "derivativesecurit", "conversionorexercise", "dateexercisable", "lei-")) {
            if (compact.contains(title)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> HEADER_PHRASES = List.of("name and address", "issuer name", "trading symbol",
            "earliest transaction", "if amendment", "relationship of reporting", "individual or joint", "(street)", "(city)",
            "(last)", "(first)", "(middle)", "(state)", "(zip)", "give title below", "form filed by", "omb number",
            "omb approval", "10b5-1");

    /** A row of the header block: it carries one of the boxes' captions (plain text search: this runs per row). */
    static boolean isHeaderRow(Row row) {
        String text = row.text().toLowerCase(Locale.ROOT);
        for (String phrase : HEADER_PHRASES) {
            if (text.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** A row that carries values: a date, or numbers/letters without the captions' words. */
    static boolean isDataRow(Row row) {
        List<Atom> atoms = Atomizer.atoms(row);
        boolean hasDate = atoms.stream().anyMatch(a -> a.kind() == Atom.Kind.DATE);
        if (hasDate) {
            return true;
        }
        if (CAPTION_WORDS.matcher(row.text()).find()) {
            return false;
        }
        long values = atoms.stream().filter(a -> a.kind() == Atom.Kind.NUMBER || a.kind() == Atom.Kind.PRICE
                || (a.kind() == Atom.Kind.LETTER && (a.text().equals("D") || a.text().equals("I")))).count();
        boolean hasText = atoms.stream().anyMatch(a -> a.kind() == Atom.Kind.TEXT);
        return values >= 2 || (values >= 1 && hasText);
    }
}
