package dev.form4.corpus;

import dev.form4.edgar.EdgarXmlReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A development aid: {@code RenderMain FILING.xml [LEVEL [SEED]]} prints a rendering;
 * {@code RenderMain --beside LEVEL FILE.xml...} writes each FILE.md beside its FILE.xml (pairs for {@code eval DIR}),
 * with the accuracy test's seeds.
 */
public final class RenderMain {
    private RenderMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("--beside")) {
            int level = Integer.parseInt(args[1]);
            for (int i = 2; i < args.length; i++) {
                Path xml = Path.of(args[i]);
                String name = xml.getFileName().toString();
                Files.writeString(xml.resolveSibling(name.replaceFirst("\\.xml$", ".md")),
                        DamageModel.render(EdgarXmlReader.read(xml), level, CorpusAccuracy.seed(name, level)));
            }
            return;
        }
        int level = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 0;
        System.out.print(DamageModel.render(EdgarXmlReader.read(Path.of(args[0])), level, seed));
    }
}
