package dev.form4.bench;

import dev.form4.Extraction;
import dev.form4.Form4Exception;
import dev.form4.Form4Extractor;
import dev.form4.corpus.DamageModel;
import dev.form4.edgar.EdgarXmlReader;
import dev.form4.model.Form4;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.dfa.DFA;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The archive run as a manual check: N documents through one extractor in one JVM, each a corpus filing
 * rendered at a damage level 0..3 with its own damage seed, so no two inputs are alike. Prints throughput, the
 * heap retained after a full GC and the prediction-cache sizes every tenth of the way. Run it in a small heap:
 *
 * <pre>mvn -Pbench -DskipTests test-compile exec:exec -Dbench.jvm=-Xmx256m \
 *     -Dbench.main=dev.form4.bench.BatchCheck -Dbench.args=100000</pre>
 */
public final class BatchCheck {

    private BatchCheck() {
    }

    public static void main(String[] args) throws IOException {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<Form4> forms;
        try (Stream<Path> files = Files.walk(Documents.CORPUS)) {
            forms = files.filter(f -> f.toString().endsWith(".xml")).sorted().map(EdgarXmlReader::read).toList();
        }
        Form4Extractor extractor = new Form4Extractor();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.out.printf("%d documents from %d filings, max heap %d MB%n", total, forms.size(),
                Runtime.getRuntime().maxMemory() >> 20);
        long start = System.nanoTime();
        long chars = 0;
        int refused = 0;
        for (int i = 1; i <= total; i++) {
            String markdown = DamageModel.render(forms.get(i % forms.size()), i % (DamageModel.MAX_LEVEL + 1), i);
            chars += markdown.length();
            Extraction last = null;
            try {
                last = extractor.extract("doc-" + i, markdown);
            } catch (Form4Exception e) {
                refused++;
            }
            if (i % Math.max(1, total / 10) == 0 || i == total) {
                double seconds = (System.nanoTime() - start) / 1e9;
                System.gc();
                long heapMb = memory.getHeapMemoryUsage().getUsed() >> 20;
                System.out.printf("%,8d docs  %6.1f s  %6.0f docs/s  %5.2f MB/s  retained heap %4d MB  refused %d%s%n",
                        i, seconds, i / seconds, chars / seconds / 1e6, heapMb, refused,
                        last == null ? "" : "  DFA states " + dfaStates(last));
            }
        }
    }

    private static String dfaStates(Extraction x) {
        int parser = count(x.parse().parser().getInterpreter().decisionToDFA);
        int lexer = x.parse().tokens().getTokenSource() instanceof Lexer l ? count(l.getInterpreter().decisionToDFA) : 0;
        return "parser " + parser + " lexer " + lexer;
    }

    private static int count(DFA[] dfas) {
        int states = 0;
        for (DFA dfa : dfas) {
            states += dfa.states.size();
        }
        return states;
    }
}
