package dev.form4.corpus;

import dev.form4.edgar.EdgarXmlReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The examples in testdata/renderings (level 0) and testdata/hard-cases (levels 0..3, the accuracy test's
 * seeds) are what the renderer and damage model write today: a change that changes them must be deliberate.
 * {@code SOURCES.tsv} in each names the corpus XML of each example (and its level).
 * Regenerate with {@code mvn -q -o test -Dtest=RenderingsGoldenTest -Dform4.regenerate=true}.
 */
class RenderingsGoldenTest {

    static final List<Path> DIRECTORIES = List.of(Path.of("testdata/renderings"), Path.of("testdata/hard-cases"));
    static final Path CORPUS = Path.of("testdata/corpus");

    @Test
    void examplesMatchTheRenderer() throws IOException {
        boolean regenerate = Boolean.getBoolean("form4.regenerate");
        for (Path directory : DIRECTORIES) {
            checkExamples(directory, regenerate);
        }
    }

    private static void checkExamples(Path directory, boolean regenerate) throws IOException {
        List<String[]> examples = Files.readAllLines(directory.resolve("SOURCES.tsv")).stream()
                .skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        assertFalse(examples.isEmpty());
        for (String[] entry : examples) {
            Path example = directory.resolve(entry[0]);
            int level = entry.length > 2 ? Integer.parseInt(entry[2]) : 0;
            String source = entry[1].replaceFirst("^edgar-xml/", "");
            String rendered = DamageModel.render(EdgarXmlReader.read(CORPUS.resolve(entry[1])), level,
                    CorpusAccuracy.seed(source, level));
            if (regenerate) {
                Files.writeString(example, rendered);
            }
            assertEquals(rendered, Files.readString(example), example.toString());
            Path truth = example.resolveSibling(entry[0].replaceFirst("\\.md$", ".xml"));
            if (Files.exists(truth)) {
                // The pair for `eval DIR` holds an unchanged copy of its corpus filing.
                assertEquals(Files.readString(CORPUS.resolve(entry[1])), Files.readString(truth), truth.toString());
            }
        }
    }
}
