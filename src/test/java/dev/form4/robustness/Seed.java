package dev.form4.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled real Form 4 (see testdata/seed/PROVENANCE.md), the base of most inputs here. */
final class Seed {

    static final Path PATH = Path.of("testdata/seed/qualys-courtot-2019-11-07.md");

    private Seed() {
    }

    static String text() {
        try {
            return Files.readString(PATH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
