package dev.form4.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A document to evaluate and the filing XML that is its truth. */
public record EvalPair(Path document, Path truth) {

    /**
     * Every {@code X.md} under {@code dir} (recursively) that has an {@code X.xml} beside it, sorted by path.
     * Markdown files without a truth are skipped.
     */
    public static List<EvalPair> inDirectory(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .map(md -> new EvalPair(md, md.resolveSibling(md.getFileName().toString().replaceFirst("\\.md$", ".xml"))))
                    .filter(pair -> Files.isRegularFile(pair.truth()))
                    .sorted(java.util.Comparator.comparing(EvalPair::document))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
