package dev.form4.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Checks on an output path made before anything is written. */
final class OutputPaths {

    private OutputPaths() {
    }

    /**
     * Refuses an output that is the input itself, by name or through a symbolic or hard link: {@code report X.md
     * --html X.md} used to replace the Markdown with the page.
     */
    static void requireNotInput(CommandLine command, String option, Path output, Path input) {
        if (sameFile(output, input)) {
            throw new CommandLine.ParameterException(command, option + " " + output + " is the input file " + input
                    + "; refusing to overwrite it (nothing was written)");
        }
    }

    private static boolean sameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false; // one of them cannot be looked at: the write itself will say why if it fails
        }
    }
}
