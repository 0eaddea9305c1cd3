package dev.form4.parse;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * As antlr/grammars-v4 does: every example input under testdata/ parses in the fast SLL stage without a
 * syntax error, full LL builds the same tree, and where an {@code X.tree} stands beside {@code X.md} the LISP
 * tree must equal it.
 */
class ExamplesParseTest {

    private static final List<Path> FOLDERS = List.of(Path.of("testdata/examples"), Path.of("testdata/seed"),
            Path.of("testdata/renderings"), Path.of("testdata/hard-cases"));

    @TestFactory
    Stream<DynamicTest> everyExampleParses() throws IOException {
        List<Path> examples = FOLDERS.stream().filter(Files::isDirectory).flatMap(ExamplesParseTest::markdownIn)
                .filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        assertFalse(examples.isEmpty());
        return examples.stream().map(path -> DynamicTest.dynamicTest(path.toString(), () -> {
            ParsedDocument parsed = new DocumentParser().parse(path.toString(), Files.readString(path));
            assertTrue(parsed.syntaxDiagnostics().isEmpty(), parsed.syntaxDiagnostics().toString());
            assertFalse(parsed.usedFullLl(), "SLL stage failed on " + path);
            assertEquals(parsed.toStringTree(), fullLlTree(parsed), "SLL and LL must build the same tree");
            Path tree = path.resolveSibling(path.getFileName().toString().replaceFirst("\\.md$", ".tree"));
            if (Files.exists(tree)) {
                assertEquals(Files.readString(tree).strip(), parsed.toStringTree());
            }
        }));
    }

    /** The tree the second stage alone (full LL, default recovery) builds over the same rows. */
    private static String fullLlTree(ParsedDocument first) {
        Form4Parser parser = new Form4Parser(new org.antlr.v4.runtime.CommonTokenStream(
                new RowTokenSource(first.sourceName(), first.rows())));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(org.antlr.v4.runtime.atn.PredictionMode.LL);
        return parser.document().toStringTree(parser);
    }

    private static Stream<Path> markdownIn(Path folder) {
        try {
            return Files.list(folder).filter(p -> p.toString().endsWith(".md")).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
