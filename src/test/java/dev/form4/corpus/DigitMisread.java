package dev.form4.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One digit of a Table I running balance read wrong, with its evidence left nearby, as the seed's
 * {@code 5,553,950 ... ,956 D}: the balance of the row before and this row's amount are intact (and agree with
 * the true value), and the true last digit group stands as a fragment in front of the next cell.
 */
final class DigitMisread implements DamageOperator {

    static final int AMOUNT = 5;
    static final int ACQUIRED_DISPOSED = 6;
    static final int FOLLOWING = 8;
    /** Digits OCR confuses. */
    static final Map<Character, Character> CONFUSED = Map.of('0', '6', '6', '0', '8', '3', '3', '8', '1', '7',
            '7', '1', '5', '6', '9', '0', '2', '7', '4', '1');

    @Override
    public boolean apply(DamageContext context) {
        List<PipeTable.Row> rows = context.doc.table.rowsOf(PipeTable.Kind.TABLE_I_DATA);
        List<Integer> candidates = new ArrayList<>();
        for (int k = 1; k < rows.size(); k++) {
            if (hasEvidence(rows.get(k - 1), rows.get(k), context)) {
                candidates.add(k);
            }
        }
        Integer k = context.pick(candidates);
        if (k == null) {
            return false;
        }
        PipeTable.Row row = rows.get(k);
        List<String> cells = row.cells();
        String cell = cells.get(FOLLOWING);
        String value = RowCells.value(cell);
        int lastComma = value.lastIndexOf(',');
        int position = value.length() - 1 - context.random.nextInt(value.length() - lastComma - 1);
        String misread = value.substring(0, position) + CONFUSED.get(value.charAt(position)) + value.substring(position + 1);
        cells.set(FOLLOWING, cell.replace(value, misread));
        String next = cells.get(FOLLOWING + 1);
        cells.set(FOLLOWING + 1, value.substring(lastComma) + (next.isEmpty() ? "" : " " + next));
        context.touch(row);
        context.touch(rows.get(k - 1));
        return true;
    }

    /** Both rows clean, the balance a number with a thousands group, and previous +/- amount = balance. */
    private static boolean hasEvidence(PipeTable.Row previous, PipeTable.Row row, DamageContext context) {
        if (context.isTouched(previous) || context.isTouched(row)) {
            return false;
        }
        BigDecimal before = number(previous.cells().get(FOLLOWING));
        BigDecimal amount = number(row.cells().get(AMOUNT));
        BigDecimal after = number(row.cells().get(FOLLOWING));
        String code = row.cells().get(ACQUIRED_DISPOSED);
        if (before == null || amount == null || after == null || !RowCells.value(row.cells().get(FOLLOWING)).contains(",")) {
            return false;
        }
        BigDecimal expected = code.equals("A") ? before.add(amount) : code.equals("D") ? before.subtract(amount) : null;
        String value = RowCells.value(row.cells().get(FOLLOWING));
        return expected != null && expected.compareTo(after) == 0
                && value.substring(value.lastIndexOf(',') + 1).chars().allMatch(c -> CONFUSED.containsKey((char) c));
    }

    private static BigDecimal number(String cell) {
        String value = RowCells.value(cell);
        if (!RowCells.NUMBER.matcher(value).matches() || value.startsWith("\\$")) {
            return null;
        }
        return new BigDecimal(value.replace(",", ""));
    }
}
