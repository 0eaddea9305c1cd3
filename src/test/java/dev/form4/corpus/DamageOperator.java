package dev.form4.corpus;

/**
 * One kind of damage Marker does to a printed Form 4, applied once at a place chosen by the context's random
 * source. Returns false when the document offers no place for it (no Table II row to drop out, say).
 */
interface DamageOperator {

    boolean apply(DamageContext context);

    default String name() {
        return getClass().getSimpleName();
    }
}
