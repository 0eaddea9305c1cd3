package dev.form4.bench;

import dev.form4.Extraction;
import dev.form4.Form4Exception;
import dev.form4.Form4Extractor;
import dev.form4.source.MarkdownLexer;
import dev.form4.source.TextCharStream;
import dev.form4.parse.DocumentParser;
import dev.form4.parse.ParsedDocument;
import org.antlr.v4.runtime.CommonTokenStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Documents per second for each stage, one document per operation (cycling through the set): lexing only (the
 * Markdown lexer over the whole text), lexing + parsing (front-end rows, row classification and the form
 * grammar), full extraction ({@link XmlReferenceBenchmark} is the reference). {@link BenchMain} prints the
 * ratios and MB/s (ops/s x the set's average size, printed at setup).
 *
 * <p>Warm-up: 10 iterations of 2 s. Extraction runs through much code that the JIT compiles late on 2 shared
 * cores: with 2 warm-up iterations the measured ones still climbed (80 to 270 documents/s over six 2 s
 * iterations); BenchMain reports each benchmark's last measured iteration against its first, so a run that
 * has not settled says so.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {

    @Param({"seed", "seed-x16", "level0", "level2", "pandoc", "pdftotext"})
    public String set;

    private Documents documents;
    private final DocumentParser parser = new DocumentParser();
    private final Form4Extractor extractor = new Form4Extractor();
    private int next;

    @Setup(Level.Trial)
    public void load() {
        documents = Documents.of(set);
        System.out.println();
        System.out.println("# " + documents.describe(set));
    }

    private int index() {
        int i = next;
        next = (i + 1) % documents.texts().size();
        return i;
    }

    @Benchmark
    public int lex() {
        // the stream the extractor's front-ends lex from: with ANTLR's streams here as well, the lexer's look-ahead
        // would see three stream classes in one JVM and no longer be inlined, for lexing and extraction alike
        MarkdownLexer lexer = new MarkdownLexer(TextCharStream.of(documents.texts().get(index()), null));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        return tokens.size();
    }

    @Benchmark
    public ParsedDocument lexParse() {
        int i = index();
        return parser.parse(documents.names().get(i), documents.texts().get(i));
    }

    @Benchmark
    public Object extract() {
        int i = index();
        try {
            Extraction x = extractor.extract(documents.names().get(i), documents.texts().get(i));
            return x.form();
        } catch (Form4Exception e) {
            return e; // counted: refusing is the extractor's answer for that input
        }
    }
}
