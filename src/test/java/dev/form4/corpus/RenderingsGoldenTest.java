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
 * The level-0 examples in testdata/renderings are what the renderer writes today: a change to the renderer
 * that changes them must be deliberate. {@code SOURCES.tsv} there names the corpus XML of each example.
 * Regenerate with {@code mvn -q -o test -Dtest=RenderingsGoldenTest -Dform4.regenerate=true}.
 */
class RenderingsGoldenTest {

    static final Path RENDERINGS = Path.of("testdata/renderings");
    static final Path CORPUS = Path.of("testdata/corpus");

    @Test
    void examplesMatchTheRenderer() throws IOException {
        List<String[]> examples = Files.readAllLines(RENDERINGS.resolve("SOURCES.tsv")).stream()
                .skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        assertFalse(examples.isEmpty());
        boolean regenerate = Boolean.getBoolean("form4.regenerate");
        for (String[] entry : examples) {
            Path example = RENDERINGS.resolve(entry[0]);
            String rendered = MarkdownRenderer.render(EdgarXmlReader.read(CORPUS.resolve(entry[1])));
            if (regenerate) {
                Files.writeString(example, rendered);
            }
            assertEquals(rendered, Files.readString(example), example.toString());
        }
    }
}
