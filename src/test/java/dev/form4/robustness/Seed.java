package dev.form4.robustness;

import java.nio.file.Path;

/** The bundled real Form 4 (see testdata/seed/PROVENANCE.md), the base of most inputs here. */
final class Seed {

    static final Path PATH = dev.form4.testing.SyntheticInputs.SEED;

    private Seed() {
    }

    static String text() {
        return dev.form4.testing.SyntheticInputs.seed();
    }
}
