package dev.form4.corpus;

import dev.form4.corpus.variation.Variant;
import dev.form4.corpus.variation.VariationCorpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A development aid for the variation corpus, like {@link RenderMain}:
 * {@code VariationRenderMain --pairs LEVEL OUTDIR} writes every variant as {@code NAME.md} (rendered at LEVEL
 * with the accuracy test's layout and damage seeds) beside {@code NAME.xml} (its truth), so that
 * {@code form4-extractor eval OUTDIR --details} shows field by field what the test measured;
 * {@code VariationRenderMain --list} prints each variant's name, source, seed, features and layout;
 * {@code VariationRenderMain NAME [LEVEL]} prints one variant's rendering (NAME as in the report, e.g.
 * {@code v007-GOOG__000120919122024552}). Run it with the test classpath as RenderMain's comment says.
 */
public final class VariationRenderMain {

    private VariationRenderMain() {
    }

    public static void main(String[] args) throws IOException {
        List<Variant> variants = VariationCorpus.variants();
        if (args.length >= 3 && args[0].equals("--pairs")) {
            int level = Integer.parseInt(args[1]);
            Path out = Files.createDirectories(Path.of(args[2]));
            for (Variant v : variants) {
                Files.writeString(out.resolve(v.name() + ".md"), VariationAccuracy.render(v, level));
                Files.writeString(out.resolve(v.name() + ".xml"), v.xml());
            }
            System.out.println(variants.size() + " pairs at level " + level + " in " + out);
        } else if (args.length == 1 && args[0].equals("--list")) {
            for (Variant v : variants) {
                System.out.println(v.name() + "\t" + v.source() + "\tseed " + v.seed() + "\t" + v.features() + "\t"
                        + VariedMarkdownRenderer.describeLayout(VariationAccuracy.layoutSeed(v)));
            }
        } else if (args.length >= 1 && !args[0].startsWith("--")) {
            int level = args.length > 1 ? Integer.parseInt(args[1]) : 0;
            Variant variant = variants.stream().filter(v -> v.name().equals(args[0])).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no variant named " + args[0] + "; see --list"));
            System.out.print(VariationAccuracy.render(variant, level));
        } else {
            System.err.println("usage: VariationRenderMain --pairs LEVEL OUTDIR | --list | NAME [LEVEL]");
            System.exit(2);
        }
    }
}
