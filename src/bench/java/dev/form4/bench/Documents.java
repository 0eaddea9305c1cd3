package dev.form4.bench;

import dev.form4.Form4Extractor;
import dev.form4.corpus.DamageModel;
import dev.form4.edgar.EdgarXmlReader;
import dev.form4.model.Form4;
import dev.form4.testing.SyntheticInputs;
import dev.form4.write.EdgarXmlWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs of the benchmarks, each with the EDGAR XML of the same filings (the reference's input): the seed,
 * synthetic variants, the corpus filings rendered as Marker would write them (clean, level 0; damaged like the
 * seed, level 2), and what real converters wrote (pandoc from the SEC's HTML page, pdftotext -layout from its
 * PDF; testdata/converters).
 */
record Documents(List<String> names, List<String> texts, List<byte[]> xml) {

    static final Path CORPUS = Path.of("testdata/corpus/edgar-xml");
    static final Path CONVERTERS = Path.of("testdata/converters");

    static Documents of(String set) {
        return switch (set) {
            case "seed" -> seed();
            case "seed-x16" -> single("seed with 16x its Table I rows", SyntheticInputs.formWithRows(16 * 14_000));
            case "level0" -> corpus(0);
            case "level2" -> corpus(2);
            case "pandoc", "pdftotext" -> converter(set);
            default -> throw new IllegalArgumentException(set);
        };
    }

    private static Documents single(String name, String text) {
        return new Documents(List.of(name), List.of(text), List.of());
    }

    /**
     * The seed's filing is not in the corpus, so its XML is what the EDGAR writer makes of its extraction: the
     * same document as XML, of the size a filing's XML has.
     */
    private static Documents seed() {
        String text = SyntheticInputs.seed();
        String xml = EdgarXmlWriter.write(new Form4Extractor().extract("seed", text).form()).xml();
        return new Documents(List.of("seed"), List.of(text), List.of(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every corpus filing, rendered at {@code level} with a fixed damage seed per filing. */
    static Documents corpus(int level) {
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<byte[]> xml = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                Form4 form = EdgarXmlReader.read(file);
                names.add(file.getFileName().toString());
                texts.add(DamageModel.render(form, level, names.size()));
                xml.add(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Documents(names, texts, xml);
    }

    /**
     * One converter's outputs of our renderings of the filings (testdata/converters/NAME/TICKER/FILING.EXT; the
     * .sec outputs of the SEC's own pages left out, so each filing counts once), each with its filing's XML.
     */
    static Documents converter(String converter) {
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<byte[]> xml = new ArrayList<>();
        Path dir = CONVERTERS.resolve(converter);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.contains(".sec.")) {
                    continue;
                }
                Path relative = dir.relativize(file);
                String filing = name.substring(0, name.lastIndexOf('.')) + ".xml";
                names.add(relative.toString());
                texts.add(Files.readString(file));
                xml.add(Files.readAllBytes(CORPUS.resolve(relative.getParent().toString()).resolve(filing)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Documents(names, texts, xml);
    }

    double averageChars() {
        return texts.stream().mapToInt(String::length).average().orElse(0);
    }

    double averageXmlBytes() {
        return xml.stream().mapToInt(b -> b.length).average().orElse(0);
    }

    String describe(String set) {
        return String.format("%s: %d documents, %.0f characters of text on average%s", set, names.size(),
                averageChars(), xml.isEmpty() ? "" : String.format(", %.0f bytes of XML", averageXmlBytes()));
    }
}
