package dev.form4.eval;

import dev.form4.Form4Extractor;
import dev.form4.edgar.EdgarXmlReader;
import dev.form4.model.Form4;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every pair in testdata/hard-cases (a rendering the extractor once got wrong, beside its filing's XML) is
 * scored; its F1 must reach the floor in testdata/hard-cases/floors.properties. Floors only go up: a case the
 * extractor reads exactly has floor 1.0, and stays there.
 */
class HardCasesTest {

    private static final Path FOLDER = Path.of("testdata/hard-cases");

    @TestFactory
    Stream<DynamicTest> everyHardCaseReachesItsFloor() throws IOException {
        Properties floors = new Properties();
        try (Reader reader = Files.newBufferedReader(FOLDER.resolve("floors.properties"))) {
            floors.load(reader);
        }
        List<Path> documents;
        try (Stream<Path> files = Files.list(FOLDER)) {
            documents = files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
        assertEquals(documents.size(), floors.size(), "every hard case needs a floor, and every floor a case");
        Form4Extractor extractor = new Form4Extractor();
        return documents.stream().map(md -> DynamicTest.dynamicTest(md.getFileName().toString(), () -> {
            String name = md.getFileName().toString().replaceFirst("\\.md$", "");
            Form4 truth = EdgarXmlReader.read(md.resolveSibling(name + ".xml"));
            Form4 extracted = extractor.extract(md).form();
            double f1 = FormScorer.score(name, truth, extracted).counts().f1();
            double floor = Double.parseDouble(floors.getProperty(name));
            assertTrue(f1 >= floor, name + ": F1 " + f1 + " below its floor " + floor);
        }));
    }
}
