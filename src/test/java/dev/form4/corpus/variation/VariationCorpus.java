package dev.form4.corpus.variation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The variation corpus: {@value #SIZE} variants of corpus filings, the filings drawn without repetition by a
 * fixed seed, variant {@code i} made with seed {@code SEED + i}. Large enough that every variation and layout
 * choice occurs many times over, small enough that the accuracy test over four damage levels stays fast.
 */
public final class VariationCorpus {

    public static final Path CORPUS = Path.of("testdata/corpus/edgar-xml");
    public static final int SIZE = 200;
    public static final long SEED = 9_000_000L;

    private VariationCorpus() {
    }

    /** Made once per JVM: several test classes need the corpus, and making it costs seconds. */
    private static List<Variant> variants;

    public static synchronized List<Variant> variants() {
        if (variants == null) {
            variants = make();
        }
        return variants;
    }

    private static List<Variant> make() {
        List<String> sources = sources();
        Collections.shuffle(sources, new Random(SEED));
        // Each variant depends on its index alone, so they are made in parallel and come out in index order.
        return IntStream.range(0, SIZE).parallel().mapToObj(i -> {
            String source = sources.get(i % sources.size());
            return VariantGenerator.generate(CORPUS, source, name(i, source), SEED + i);
        }).toList();
    }

    /** {@code v007-GOOG__000120919122024552}: the index, then the corpus file without its folder slash. */
    static String name(int index, String source) {
        return String.format(Locale.ROOT, "v%03d-%s", index, source.replace("/", "__").replaceFirst("\\.xml$", ""));
    }

    /** The corpus files as paths under {@link #CORPUS}, sorted (so that the draw is the same on every machine). */
    static List<String> sources() {
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            return new ArrayList<>(walk.filter(p -> p.toString().endsWith(".xml")).sorted()
                    .map(p -> CORPUS.relativize(p).toString().replace('\\', '/')).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
