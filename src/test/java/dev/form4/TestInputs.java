package dev.form4;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths and texts of the committed test inputs under testdata/. */
public final class TestInputs {

    public static final Path SEED = Path.of("testdata/seed/qualys-courtot-2019-11-07.md");
    public static final Path SEED_GOLDEN = Path.of("testdata/seed/qualys-courtot-2019-11-07.json");

    private TestInputs() {
    }

    public static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String seed() {
        return read(SEED);
    }
}
