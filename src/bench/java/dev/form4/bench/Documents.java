package dev.form4.bench;

import dev.form4.corpus.DamageModel;
import dev.form4.edgar.EdgarXmlReader;
import dev.form4.model.Form4;
import dev.form4.testing.SyntheticInputs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs of the benchmarks: the seed, synthetic variants, and the corpus filings rendered as Marker would
 * write them (clean, level 0; damaged like the seed, level 2) beside their EDGAR XML.
 */
record Documents(List<String> names, List<String> markdown, List<byte[]> xml) {

    static final Path CORPUS = Path.of("testdata/corpus/edgar-xml");

    static Documents of(String set) {
        return switch (set) {
            case "seed" -> single("seed", SyntheticInputs.seed());
            case "seed-x16" -> single("seed with 16x its Table I rows", SyntheticInputs.formWithRows(16 * 14_000));
            case "level0" -> corpus(0);
            case "level2" -> corpus(2);
            default -> throw new IllegalArgumentException(set);
        };
    }

    private static Documents single(String name, String text) {
        return new Documents(List.of(name), List.of(text), List.of());
    }

    /** Every corpus filing, rendered at {@code level} with a fixed damage seed per filing. */
    static Documents corpus(int level) {
        List<String> names = new ArrayList<>();
        List<String> markdown = new ArrayList<>();
        List<byte[]> xml = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                Form4 form = EdgarXmlReader.read(file);
                names.add(file.getFileName().toString());
                markdown.add(DamageModel.render(form, level, names.size()));
                xml.add(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Documents(names, markdown, xml);
    }

    double averageChars() {
        return markdown.stream().mapToInt(String::length).average().orElse(0);
    }

    double averageXmlBytes() {
        return xml.stream().mapToInt(b -> b.length).average().orElse(0);
    }

    String describe(String set) {
        return String.format("%s: %d documents, %.0f characters of Markdown on average%s", set, names.size(),
                averageChars(), xml.isEmpty() ? "" : String.format(", %.0f bytes of XML", averageXmlBytes()));
    }
}
