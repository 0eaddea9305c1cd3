package dev.form4.input.text;

import dev.form4.model.SourcePosition;
import dev.form4.source.FrontEnd;
import dev.form4.source.ReadBudget;
import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;
import dev.form4.source.TextItems;
import dev.form4.source.VisibleText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text written block by block in a reading order of the tool's own: {@code pdftotext} in its default mode (no
 * {@code -layout}, no {@code -raw}; the only tool tested). Each box caption, value and table cell is a block of
 * its own, blocks parted by blank lines, a block's lines one under another. The blocks come in the order the tool
 * sorted them into, which is not the page's: a table's column captions interleave with its first values, and rows
 * whose cells stand level with each other are often read column by column (the titles of three rows, then their
 * three dates, their three codes, ...). This front-end reads the blocks as a careful person would and then hands
 * them on as MuPDF's text is read (a line per line of a cell, a blank line before each cell, cells in column order):
 * <ul>
 * <li>a table's column captions after its first value are dropped: they are the printed form's words, read among
 * the values only because the tool placed them there, and the captions standing before the values already name the
 * table;</li>
 * <li>a run of rows read column by column (runs of two or more blocks of one kind, all of one length, one kind
 * after the other) is read back row by row: the first block of each run is the first row's;</li>
 * <li>a holding's title read after its amount and flag goes first;</li>
 * <li>the further owners' boxes, printed under the tables but read among Table II's cells, go after the table;</li>
 * <li>the header's values go under their boxes' captions ({@link HeaderBlocks}), and a signature's date glued to
 * the signer's last word is a cell of its own.</li>
 * </ul>
 * Each row keeps its true source lines, so lines may come out of order; nothing else is changed.
 */
public final class TextBlocksFrontEnd implements FrontEnd {

    public static final TextBlocksFrontEnd INSTANCE = new TextBlocksFrontEnd();

    /** A table's title opens its blocks; the first page's and a page break's repeated title alike. */
    private static final Pattern TABLE_TITLE = Pattern.compile("^Table I{1,2}\\s*-");
    /** The notes' heading, or the signature's caption, end the last table's blocks. */
    private static final Pattern AFTER_TABLES = Pattern.compile("^(Explanation of Responses|Remarks:|\\*\\* ?Signature)");
    private static final Pattern NAME_BOX = Pattern.compile("^1\\. Name and Address");
    private static final Pattern OWNER_CAPTION = Pattern.compile("\\((Last|First|Middle|Street|City|State|Zip)\\)");
    private static final Pattern ZIP_CODE = Pattern.compile("\\d{5}(-\\d{4})?");
    private static final Pattern GLUED_DATE = Pattern.compile("(.*[A-Za-z.,])(\\d{1,2}/\\d{1,2}/\\d{4})");
    /** A column caption opens with its column's number ("2A. Deemed", "3." / "Transaction"). */
    private static final Pattern NUMBERED_CAPTION = Pattern.compile("^\\d{1,2}A?\\.(\\s|$)");
    /** The sub-captions under the numbered ones, each a block of its own. */
    private static final List<String> SUB_CAPTIONS = List.of("Code", "V", "Amount", "(A) or (D)", "(A)", "(D)", "Price",
            "Date Exercisable", "Expiration Date", "Title", "Amount or Number of Shares", "(e.g., puts, calls, warrants,"
                    + " options, convertible securities)");
    /** What no caption holds: a date, a dollar amount, a number in digit groups or of three digits or more. */
    private static final Pattern VALUE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{2,4}|\\$|\\d{1,3}(,\\d{3})+|\\d{3,}");
    private static final Pattern MARKS = Pattern.compile("(\\s*\\(\\d{1,2}\\))+$");
    private static final Pattern DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final Pattern NUMBER = Pattern.compile("[\\d,.]*\\d[\\d,.]*");
    private static final Pattern LETTER = Pattern.compile("[A-Z]");
    private static final Pattern NATURE = Pattern.compile("^(By|See)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FLAG = Pattern.compile("[DI](\\s*\\(\\d{1,2}\\))*");
    /** At least this many runs of one length make rows read column by column (two could be one row's pair). */
    private static final int MIN_RUNS = 3;

    private TextBlocksFrontEnd() {
    }

    /** A block: its lines' indices in the text, and the lines joined. */
    record Block(List<Integer> lines, String text) {
    }

    /** What a block holds, for telling runs of one column apart; a mark after a value does not change it. */
    private enum Kind { DATE, PRICE, NUMBER, LETTER, MARKS, TEXT }

    @Override
    public List<SourceRow> rows(String sourceName, String text, ReadBudget budget) {
        List<String> lines = TextLines.of(text);
        List<Block> read = new ArrayList<>();
        List<Block> zone = null; // the blocks of the table being read, after its title
        List<Block> all = blocks(lines);
        List<Block> laterOwners = new ArrayList<>();
        boolean inOwnerBox = false;
        int tables = 0;
        while (tables < all.size() && !TABLE_TITLE.matcher(all.get(tables).text()).find()) {
            tables++;
        }
        read.addAll(HeaderBlocks.boxesInOrder(all.subList(0, tables), lines));
        for (Block block : all.subList(tables, all.size())) {
            if (TABLE_TITLE.matcher(block.text()).find() || AFTER_TABLES.matcher(block.text()).find()) {
                if (zone != null) {
                    read.addAll(titlesFirst(rowByRow(zone)));
                    read.addAll(laterOwners);
                    laterOwners.clear();
                    inOwnerBox = false;
                }
                zone = TABLE_TITLE.matcher(block.text()).find() ? new ArrayList<>() : null;
                read.add(block);
            } else if (zone != null) {
                // the further owners' boxes, printed under the tables, read among a table's cells: box 1's caption
                // and the blocks holding its sub-captions ("Hoffman Reid" / "(Last)"), with the address lines and ZIP
                // code read between them (upper case, as EDGAR keeps them, unlike a table's titles), go after the
                // table, as printed; a box goes on up to its "(Zip)"
                boolean ownerBox = NAME_BOX.matcher(block.text()).find()
                        || block.lines().stream().anyMatch(i -> OWNER_CAPTION.matcher(lines.get(i).strip()).matches());
                boolean address = ZIP_CODE.matcher(block.text()).matches()
                        || block.text().equals(block.text().toUpperCase(java.util.Locale.ROOT)) && kind(block) == Kind.TEXT;
                if (ownerBox || inOwnerBox && address) {
                    laterOwners.add(block);
                    inOwnerBox = block.lines().stream().noneMatch(i -> lines.get(i).strip().equals("(Zip)"));
                } else if (!(isCaption(block) && zone.stream().anyMatch(b -> !isCaption(b)))) {
                    zone.add(block);
                }
            } else {
                read.add(block);
            }
        }
        if (zone != null) {
            read.addAll(titlesFirst(rowByRow(zone)));
        }
        read.addAll(laterOwners);
        List<SourceRow> rows = new ArrayList<>();
        boolean closing = false;
        for (Block block : read) {
            boolean blankBefore = !rows.isEmpty();
            closing |= AFTER_TABLES.matcher(block.text()).find();
            List<SourceRow> dates = new ArrayList<>();
            for (int i : block.lines()) {
                String raw = lines.get(i);
                String cellText = VisibleText.collapseSpaces(raw).strip();
                int number = i + 1;
                int column = raw.indexOf(cellText.charAt(0)) + 1;
                // the signature's date drawn level with the signer's line and glued to its last word
                // ("/s/ Sam Whittington, Attorney08/14/2019"): the date is a cell of its own, under the signer's lines
                if (cellText.startsWith("** Signature")) { // the signer's lines end at the box's caption
                    rows.addAll(dates);
                    dates.clear();
                }
                var glued = GLUED_DATE.matcher(cellText);
                if (closing && glued.matches()) {
                    String date = glued.group(2);
                    dates.add(row(number, raw.lastIndexOf(date) + 1, date, false, budget));
                    cellText = glued.group(1);
                }
                rows.add(row(number, column, cellText, blankBefore, budget));
                blankBefore = false;
            }
            rows.addAll(dates);
        }
        return rows;
    }

    private static SourceRow row(int number, int column, String cellText, boolean blankBefore, ReadBudget budget) {
        budget.cell(1, number, 1);
        SourcePosition at = new SourcePosition(number, column);
        SourceCell cell = new SourceCell(0, TextItems.plain(cellText, at, false, budget), cellText, at, 0, 1);
        return new SourceRow(number, number, SourceRow.Shape.LINE, -1, blankBefore, List.of(cell));
    }

    private static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? VisibleText.collapseSpaces(lines.get(i)).strip() : "";
            if (line.isEmpty()) { // a blank line, or the form feed after each page
                if (!current.isEmpty()) {
                    blocks.add(new Block(List.copyOf(current), joined.toString()));
                    current.clear();
                    joined.setLength(0);
                }
                continue;
            }
            current.add(i);
            joined.append(joined.length() == 0 ? "" : " ").append(line);
        }
        return blocks;
    }

    private static boolean isCaption(Block block) {
        String text = block.text();
        return (NUMBERED_CAPTION.matcher(text).find() || SUB_CAPTIONS.contains(text)) && !VALUE.matcher(text).find();
    }

    private static Kind kind(Block block) {
        String base = MARKS.matcher(block.text()).replaceFirst("").strip();
        if (base.isEmpty()) {
            return Kind.MARKS;
        }
        if (DATE.matcher(base).matches()) {
            return Kind.DATE;
        }
        if (base.startsWith("$")) {
            return Kind.PRICE;
        }
        if (NUMBER.matcher(base).matches()) {
            return Kind.NUMBER;
        }
        return LETTER.matcher(base).matches() ? Kind.LETTER : Kind.TEXT;
    }

    /**
     * The table's blocks with each run of rows read column by column put back row by row. Such a run shows as
     * {@value #MIN_RUNS} or more runs of blocks of one kind, one after another, all k long (k of 2 or more): k titles,
     * k dates, k codes, k amounts... The run before may be longer by the blocks of the rows before (a nature, then
     * the k titles): its last k go with the rows, as the first k of a longer run after them do. The rows' ownership
     * flags and natures, k pairs, stand right after the columns or, when the columns end with the amounts owned,
     * right before them.
     */
    static List<Block> rowByRow(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        int from = 0;
        while (true) {
            List<Kind> kinds = out.stream().map(TextBlocksFrontEnd::kind).toList();
            List<int[]> band = findBand(kinds, from);
            if (band == null) {
                return out;
            }
            int start = band.get(0)[0];
            int[] last = band.get(band.size() - 1);
            int end = last[0] + last[1];
            int k = band.stream().mapToInt(c -> c[1]).max().orElseThrow();
            // row r takes the r-th block of each column; a column shorter than the rest is the first rows' (the
            // transactions', which a table lists before its holdings)
            List<List<Block>> rows = new ArrayList<>();
            for (int r = 0; r < k; r++) {
                List<Block> row = new ArrayList<>();
                for (int[] column : band) {
                    if (r < column[1]) {
                        row.add(out.get(column[0] + r));
                    }
                }
                rows.add(row);
            }
            int replaceFrom = start;
            int replaceTo = end;
            if (pairs(kinds, end, k)) {
                for (int r = 0; r < k; r++) {
                    rows.get(r).add(out.get(end + 2 * r));
                    rows.get(r).add(out.get(end + 2 * r + 1));
                }
                replaceTo = end + 2 * k;
            } else if (kinds.get(end - 1) == Kind.NUMBER && start >= 2 * k && pairs(kinds, start - 2 * k, k)) {
                for (int r = 0; r < k; r++) {
                    rows.get(r).add(out.get(start - 2 * k + 2 * r));
                    rows.get(r).add(out.get(start - 2 * k + 2 * r + 1));
                }
                replaceFrom = start - 2 * k;
            }
            List<Block> rebuilt = new ArrayList<>(out.subList(0, replaceFrom));
            rows.forEach(rebuilt::addAll);
            rebuilt.addAll(out.subList(replaceTo, out.size()));
            out = rebuilt;
            from = replaceTo;
        }
    }

    /**
     * A holding's title read after its amount owned and ownership flag ("15,905" / "I" / "Common Stock" / "By Living
     * Trust"): where these open the table's values, or follow a row's nature, they cannot end a row before (which ends
     * with its flag or nature), so they are the next row's and its title goes first, as the form prints it. A title
     * read where a row starts is no such case; nor is a nature ("By", "See"), which no title opens.
     */
    static List<Block> titlesFirst(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        int first = 0;
        while (first < out.size() && isCaption(out.get(first))) {
            first++;
        }
        for (int i = first; i + 2 < out.size(); i++) {
            boolean rowEnded = i == first || kind(out.get(i - 1)) == Kind.TEXT && NATURE.matcher(out.get(i - 1).text()).find();
            if (rowEnded && kind(out.get(i)) == Kind.NUMBER && FLAG.matcher(out.get(i + 1).text()).matches()
                    && kind(out.get(i + 2)) == Kind.TEXT && !NATURE.matcher(out.get(i + 2).text()).find()) {
                out.add(i, out.remove(i + 2));
                i += 2;
            }
        }
        return out;
    }

    /** k ownership flags each with its nature after it, from {@code at}. */
    private static boolean pairs(List<Kind> kinds, int at, int k) {
        if (at < 0 || at + 2 * k > kinds.size()) {
            return false;
        }
        for (int r = 0; r < k; r++) {
            if (kinds.get(at + 2 * r) != Kind.LETTER || kinds.get(at + 2 * r + 1) != Kind.TEXT) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first run of rows read column by column from {@code from} on, as its columns ({start, length} each), or
     * null. Where the titles and the amounts owned, which every row prints, are more (m) than the columns between
     * them (k, the transactions' date, code, amount...), the run is m rows, the first k of them transactions.
     */
    private static List<int[]> findBand(List<Kind> kinds, int from) {
        List<int[]> runs = new ArrayList<>(); // {start, length}
        for (int i = from; i < kinds.size(); ) {
            int j = i;
            while (j < kinds.size() && kinds.get(j) == kinds.get(i)) {
                j++;
            }
            runs.add(new int[] {i, j - i});
            i = j;
        }
        for (int r = 0; r < runs.size(); r++) {
            int k = runs.get(r)[1];
            if (k < 2) {
                continue;
            }
            int last = r;
            while (last + 1 < runs.size() && runs.get(last + 1)[1] == k) {
                last++;
            }
            // the runs around may be longer, holding blocks of the rows before or after
            boolean before = r > 0 && runs.get(r - 1)[1] > k;
            boolean after = last + 1 < runs.size() && runs.get(last + 1)[1] > k;
            int count = last - r + 1 + (before ? 1 : 0) + (after ? 1 : 0);
            // holdings read column by column: k titles, k amounts owned, and the k flags with their natures
            // right after or right before, which make the third column
            boolean holdingsOnly = last == r + 1 && !before && !after && kinds.get(runs.get(r)[0]) == Kind.TEXT
                    && kinds.get(runs.get(last)[0]) == Kind.NUMBER
                    && (pairs(kinds, runs.get(last)[0] + k, k) || pairs(kinds, runs.get(r)[0] - 2 * k, k));
            if (last - r + 1 >= 2 && (count >= MIN_RUNS || holdingsOnly)) {
                List<int[]> band = new ArrayList<>();
                int[] titles = before ? runs.get(r - 1) : null;
                int[] owned = after ? runs.get(last + 1) : null;
                boolean holdings = titles != null && owned != null && titles[1] == owned[1]
                        && kinds.get(titles[0]) == Kind.TEXT && kinds.get(owned[0]) == Kind.NUMBER;
                if (before) {
                    band.add(holdings ? titles : new int[] {titles[0] + titles[1] - k, k});
                }
                for (int c = r; c <= last; c++) {
                    band.add(runs.get(c));
                }
                if (after) {
                    band.add(holdings ? owned : new int[] {owned[0], k});
                }
                return band;
            }
            r = last;
        }
        return null;
    }
}
