package dev.form4.batch;

import dev.form4.IoReason;
import dev.form4.write.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One input document and the name of its output, relative to the output directory and without extension:
 * a file given by name keeps its base name; a file found under a given directory keeps its path below it,
 * so same-named files in different subdirectories do not overwrite each other.
 * A directory's hidden temporary files and resume markers of earlier runs are not taken.
 */
public record BatchInput(Path file, String outputBase) {

    /** The default for directories: Marker writes .md. Files named explicitly are taken whatever their name. */
    public static final String DEFAULT_GLOB = "*.{md,markdown,txt,html,htm}";

    public Path output(Path outDir, String extension) {
        return outDir.resolve(outputBase + "." + extension);
    }

    /** Files as given; directories walked (sorted, hidden files included) for names matching {@code glob}. */
    public static List<BatchInput> expand(List<Path> arguments, String glob) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<BatchInput> inputs = new ArrayList<>();
        for (Path argument : arguments) {
            if (!Files.isDirectory(argument)) {
                inputs.add(new BatchInput(argument, stripExtension(argument.getFileName().toString())));
                continue;
            }
            try (Stream<Path> walk = Files.walk(argument)) {
                walk.filter(Files::isRegularFile).filter(p -> matcher.matches(p.getFileName())).filter(p -> !isOurs(p)).sorted()
                        .forEach(p -> inputs.add(new BatchInput(p, stripExtension(
                                argument.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/")))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + argument + ": " + IoReason.of(e), e);
            } catch (UncheckedIOException e) {
                // A subdirectory that cannot be read, met during the walk.
                String where = e.getCause() instanceof FileSystemException f && f.getFile() != null ? f.getFile() : argument.toString();
                throw new UncheckedIOException("cannot list " + where + ": " + IoReason.of(e.getCause()), e.getCause());
            }
        }
        return inputs;
    }

    /** Our own bookkeeping (temporary files of an atomic write, resume markers) is never a document. */
    private static boolean isOurs(Path file) {
        String name = file.getFileName().toString();
        return ResumeMarker.isMarker(file) || name.startsWith(".") && name.endsWith(AtomicFiles.TEMP_SUFFIX);
    }

    private static String stripExtension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }
}
