package dev.form4.bench;

import dev.form4.edgar.EdgarXmlReader;
import dev.form4.model.Form4;
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

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;

/**
 * The reference: the same corpus filings read from their EDGAR XML into our model by the JDK's DOM parser
 * (EdgarXmlReader), one filing per operation. What a reader of well-formed data costs. The sets are those of
 * {@link ExtractionBenchmark} that have XML: level0 and level2 share their filings, so level0 stands for both.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class XmlReferenceBenchmark {

    @Param({"seed", "level0", "pandoc", "pdftotext"})
    public String set;

    private Documents documents;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        documents = Documents.of(set);
        System.out.println();
        System.out.println("# " + documents.describe(set));
    }

    @Benchmark
    public Form4 xmlReference() {
        int i = next;
        next = (i + 1) % documents.xml().size();
        return EdgarXmlReader.read(new ByteArrayInputStream(documents.xml().get(i)), documents.names().get(i));
    }
}
