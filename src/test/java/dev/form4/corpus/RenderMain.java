package dev.form4.corpus;

import dev.form4.edgar.EdgarXmlReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A development aid. {@code RenderMain FILING.xml [LEVEL [SEED]]} prints a rendering;
 * {@code RenderMain --pairs LEVEL OUTDIR} writes, for every corpus filing, {@code TICKER__name.md} (rendered
 * at LEVEL with the accuracy test's seed) and a copy of its XML beside it, so that
 * {@code eval OUTDIR --details} shows field by field what the accuracy test measured. Run it with the test
 * classpath: {@code mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt} then
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.form4.corpus.RenderMain --pairs 2 /tmp/level2}.
 */
public final class RenderMain {
    private RenderMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("--pairs")) {
            int level = Integer.parseInt(args[1]);
            Path out = Files.createDirectories(Path.of(args[2]));
            try (Stream<Path> files = Files.walk(CorpusAccuracy.CORPUS)) {
                for (Path xml : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                    String name = CorpusAccuracy.CORPUS.relativize(xml).toString().replace('\\', '/');
                    String base = name.replaceFirst("/", "__").replaceFirst("\\.xml$", "");
                    Files.writeString(out.resolve(base + ".md"),
                            DamageModel.render(EdgarXmlReader.read(xml), level, CorpusAccuracy.seed(name, level)));
                    Files.copy(xml, out.resolve(base + ".xml"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return;
        }
        int level = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 0;
        System.out.print(DamageModel.render(EdgarXmlReader.read(Path.of(args[0])), level, seed));
    }
}
