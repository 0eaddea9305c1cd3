package dev.form4.parse;

import dev.form4.model.Diagnostic;
import dev.form4.source.MarkdownLexer;
import dev.form4.source.MarkdownParser;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * As antlr/grammars-v4 does, for both grammars: every example input parses; where {@code X.tree} stands beside
 * {@code X.ext} the LISP tree must equal it; where {@code X.errors} stands, the syntax diagnostics must equal it,
 * and without one there must be none (and the fast SLL stage must have accepted the input, full LL building the
 * same tree). Every rule of each grammar must occur in some example's tree.
 *
 * <p>The form grammar's examples (testdata/examples/form) are real converter outputs, whole or cut, whose dialect
 * is detected as the extractor detects it; the seed, the renderings and the hard cases are parsed too. The
 * Markdown grammar's examples (testdata/examples/markdown) are read with formulas on, but for {@code gfm-*}.
 * {@code -Dform4.examples.write=true} writes missing goldens (read them before committing).
 */
class ExamplesParseTest {

    private static final Path FORM = Path.of("testdata/examples/form");
    private static final Path MARKDOWN = Path.of("testdata/examples/markdown");
    private static final List<Path> MORE = List.of(Path.of("testdata/seed"), Path.of("testdata/renderings"),
            Path.of("testdata/hard-cases"));
    private static final boolean WRITE = Boolean.getBoolean("form4.examples.write");

    @TestFactory
    Stream<DynamicTest> everyFormExampleParses() throws IOException {
        List<Path> examples = Stream.concat(inputs(FORM).stream(), MORE.stream().flatMap(d -> inputs(d).stream())
                .filter(p -> p.toString().endsWith(".md"))).toList();
        assertFalse(examples.isEmpty());
        return examples.stream().map(path -> DynamicTest.dynamicTest(path.toString(), () -> {
            ParsedDocument parsed = new DocumentParser().parse(path.toString(), Files.readString(path));
            String errors = parsed.syntaxDiagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
            assertGolden(sibling(path, ".tree"), parsed.toStringTree(), path.startsWith(FORM));
            if (Files.exists(sibling(path, ".errors")) || WRITE && !errors.isEmpty()) {
                assertGolden(sibling(path, ".errors"), errors, true);
            } else {
                assertTrue(errors.isEmpty(), errors);
                assertFalse(parsed.usedFullLl(), "SLL stage failed on " + path);
                assertEquals(parsed.toStringTree(), fullLlTree(parsed), "SLL and LL must build the same tree");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyMarkdownExampleParses() {
        List<Path> examples = inputs(MARKDOWN);
        assertFalse(examples.isEmpty());
        return examples.stream().map(path -> DynamicTest.dynamicTest(path.toString(),
                () -> assertGolden(sibling(path, ".tree"), markdownTree(path), true)));
    }

    @Test
    void everyRuleOfTheFormGrammarHasAnExample() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path path : inputs(FORM)) {
            ParsedDocument parsed = new DocumentParser().parse(path.toString(), Files.readString(path));
            ruleNames(parsed.tree(), parsed.parser().getRuleNames(), used);
        }
        Set<String> missing = new TreeSet<>(Arrays.asList(Form4Parser.ruleNames));
        missing.removeAll(used);
        assertTrue(missing.isEmpty(), "rules without an example in " + FORM + ": " + missing);
    }

    @Test
    void everyRuleOfTheMarkdownGrammarHasAnExample() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path path : inputs(MARKDOWN)) {
            MarkdownParser parser = markdownParser(path);
            ruleNames(parser.document(), MarkdownParser.ruleNames, used);
        }
        Set<String> missing = new TreeSet<>(Arrays.asList(MarkdownParser.ruleNames));
        missing.removeAll(used);
        assertTrue(missing.isEmpty(), "rules without an example in " + MARKDOWN + ": " + missing);
    }

    /** The tree the second stage alone (full LL, default recovery) builds over the same rows. */
    private static String fullLlTree(ParsedDocument first) {
        Form4Parser parser = new Form4Parser(new CommonTokenStream(new RowTokenSource(first.sourceName(), first.rows())));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        return parser.document().toStringTree(parser);
    }

    private static String markdownTree(Path path) throws IOException {
        MarkdownParser parser = markdownParser(path);
        return parser.document().toStringTree(parser);
    }

    private static MarkdownParser markdownParser(Path path) throws IOException {
        MarkdownLexer lexer = new MarkdownLexer(CharStreams.fromPath(path));
        lexer.math = !path.getFileName().toString().startsWith("gfm-");
        MarkdownParser parser = new MarkdownParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        return parser;
    }

    private static void ruleNames(ParseTree tree, String[] names, Set<String> into) {
        java.util.ArrayDeque<ParseTree> stack = new java.util.ArrayDeque<>(List.of(tree));
        while (!stack.isEmpty()) {
            ParseTree node = stack.pop();
            if (node instanceof ParserRuleContext rule) {
                into.add(names[rule.getRuleIndex()]);
                for (int i = 0; i < rule.getChildCount(); i++) {
                    stack.push(rule.getChild(i));
                }
            }
        }
    }

    /** A golden file: equal to it, or (in write mode) written when missing; {@code required}: it must exist. */
    private static void assertGolden(Path golden, String actual, boolean required) throws IOException {
        if (!Files.exists(golden)) {
            if (WRITE) {
                Files.writeString(golden, actual + "\n");
                return;
            }
            assertFalse(required, "missing golden " + golden);
            return;
        }
        assertEquals(Files.readString(golden).strip(), actual.strip(), golden.toString());
    }

    private static Path sibling(Path path, String extension) {
        String name = path.getFileName().toString();
        return path.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
    }

    private static List<Path> inputs(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> !p.toString().endsWith(".tree") && !p.toString().endsWith(".errors"))
                    .filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
