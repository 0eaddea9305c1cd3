package dev.form4.source;


import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A date cut at a cell edge, as numbers and slashes on both sides: "05/ | /02/2019" or "05/02 | 2/2019" (the
 * cut character read twice, as OCR does). Rejoined into one DATE item in the left cell when, and only when,
 * the pieces make one full mm/dd/yyyy date.
 */
final class DateFragments {

    private static final Pattern FULL_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

    private DateFragments() {
    }

    /**
     * The cells' items with cut dates rejoined; cells without a cut date come back unchanged (their own lists:
     * only the two cells of a rejoined date are copied, as a cut date is rare and this runs for every row).
     */
    static List<List<Item>> rejoin(List<SourceCell> cells) {
        List<List<Item>> items = new ArrayList<>(cells.size());
        for (SourceCell cell : cells) {
            items.add(cell.items());
        }
        for (int left = 0; left < items.size(); left++) {
            int right = left + 1;
            while (right < items.size() && items.get(right).isEmpty()) {
                right++;
            }
            if (right >= items.size()) {
                break;
            }
            List<Item> a = items.get(left);
            List<Item> b = items.get(right);
            int tailStart = dateTailStart(a);
            int headEnd = dateHeadEnd(b);
            if (tailStart >= a.size() || headEnd == 0) {
                continue;
            }
            String tail = text(a.subList(tailStart, a.size()));
            String head = text(b.subList(0, headEnd));
            String joined = join(tail, head);
            if (joined != null) {
                a = new ArrayList<>(a);
                b = new ArrayList<>(b);
                items.set(left, a);
                items.set(right, b);
                Item first = a.get(tailStart);
                a.subList(tailStart, a.size()).clear();
                a.add(new Item(Item.Kind.DATE, joined, first.position(), first.superscript()));
                b.subList(0, headEnd).clear();
            }
        }
        return items;
    }

    /** The overlap join of two date pieces, or null when they are not one full date. */
    static String join(String tail, String head) {
        for (int overlap = Math.min(tail.length(), head.length()) - 1; overlap >= 0; overlap--) {
            if (tail.endsWith(head.substring(0, overlap))) {
                String joined = tail + head.substring(overlap);
                if (FULL_DATE.matcher(joined).matches()) {
                    return joined;
                }
            }
        }
        return null;
    }

    /** {@code \d{1,4}} (ASCII digits, as the regex has it) without String.matches, which compiles a pattern per call. */
    private static boolean isOneToFourDigits(String text) {
        if (text.isEmpty() || text.length() > 4) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDatePiece(Item item) {
        return item.kind() == Item.Kind.NUMBER && isOneToFourDigits(item.text())
                || item.kind() == Item.Kind.PUNCT && item.text().equals("/");
    }

    /** Index where the cell's trailing run of digits and slashes starts (with at least one slash in it). */
    private static int dateTailStart(List<Item> items) {
        int start = items.size();
        while (start > 0 && isDatePiece(items.get(start - 1))) {
            start--;
        }
        return hasSlash(items, start) || isShortNumberRun(items, start) ? start : items.size();
    }

    /** A "/" among the date pieces from {@code start} on: their text holds one (a piece's number has only digits). */
    private static boolean hasSlash(List<Item> pieces, int start) {
        for (int i = start; i < pieces.size(); i++) {
            if (pieces.get(i).kind() == Item.Kind.PUNCT) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShortNumberRun(List<Item> items, int start) {
        return items.size() - start == 1 && items.get(start).text().length() <= 2;
    }

    /** Index where the cell's leading run of digits and slashes ends ("2009" after "12/04/" is one too). */
    private static int dateHeadEnd(List<Item> items) {
        int end = 0;
        while (end < items.size() && isDatePiece(items.get(end))) {
            end++;
        }
        return end;
    }

    private static String text(List<Item> items) {
        StringBuilder sb = new StringBuilder();
        items.forEach(i -> sb.append(i.text()));
        return sb.toString();
    }
}
