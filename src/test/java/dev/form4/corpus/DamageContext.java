package dev.form4.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What a damage operator works on: the document, a seeded random source (the same seed gives the same damage),
 * and the data rows already damaged by a row operator, so that two operators do not pile up on one row and
 * destroy the evidence a repair needs (the seed's damaged rows each have one or two kinds of damage, and the
 * values stay recoverable).
 */
final class DamageContext {

    final RenderedDocument doc;
    final Random random;
    /** Level 3 allows damage that loses information (cuts inside values, misreads inside loose lines). */
    final boolean lossy;
    private final Set<PipeTable.Row> touched = Collections.newSetFromMap(new IdentityHashMap<>());

    DamageContext(RenderedDocument doc, long seed, boolean lossy) {
        this.doc = doc;
        this.random = new Random(seed);
        this.lossy = lossy;
    }

    /** A data row no row operator has damaged yet, picked at random; null when none is left. */
    PipeTable.Row untouchedDataRow() {
        List<PipeTable.Row> free = new ArrayList<>();
        for (PipeTable.Row row : doc.table.rowsOf(PipeTable.Kind.TABLE_I_DATA, PipeTable.Kind.TABLE_II_DATA)) {
            if (!touched.contains(row)) {
                free.add(row);
            }
        }
        return free.isEmpty() ? null : free.get(random.nextInt(free.size()));
    }

    void touch(PipeTable.Row row) {
        touched.add(row);
    }

    boolean isTouched(PipeTable.Row row) {
        return touched.contains(row);
    }

    <T> T pick(List<T> items) {
        return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
    }

    /** Indexes of the non-empty cells of a row that satisfy a test. */
    List<Integer> cellsWhere(List<String> cells, java.util.function.Predicate<String> test) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty() && test.test(cells.get(i))) {
                found.add(i);
            }
        }
        return found;
    }
}
