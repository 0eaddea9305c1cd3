package dev.form4.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One committed converter output, {@code testdata/converters/CONVERTER/TICKER/NAME[.sec].EXT}: which converter
 * made it, from which page (ours, or the SEC's real page: {@code .sec}), and the corpus filing it must match.
 */
record ConverterOutput(String converter, boolean realSecPage, String filing, Path file) {

    static final Path ROOT = Path.of("testdata/converters");
    static final List<String> CONVERTERS = List.of("pandoc", "pandoc-markdown", "pandoc-plain", "pdftotext", "pdftotext-raw", "pdftotext-default", "mutool", "tesseract", "scan", "pdf2md");
    private static final Pattern NAME = Pattern.compile("(.+?)(\\.sec)?\\.(md|txt)");

    static List<ConverterOutput> all() throws IOException {
        List<ConverterOutput> outputs = new java.util.ArrayList<>();
        for (String converter : CONVERTERS) {
            Path dir = ROOT.resolve(converter);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    outputs.add(of(converter, dir.relativize(file)));
                }
            }
        }
        return outputs;
    }

    private static ConverterOutput of(String converter, Path relative) {
        String ticker = relative.getParent().toString();
        Matcher m = NAME.matcher(relative.getFileName().toString());
        if (relative.getNameCount() != 2 || !m.matches()) {
            throw new IllegalStateException("not a converter output name: " + converter + "/" + relative);
        }
        return new ConverterOutput(converter, m.group(2) != null, ticker + "/" + m.group(1) + ".xml",
                ROOT.resolve(converter).resolve(relative));
    }

    /** The row of the report this output counts in: the converter, or the converter on the real SEC pages. */
    String variant() {
        return realSecPage ? converter + ".sec" : converter;
    }

    String source() {
        return ROOT.relativize(file).toString().replace('\\', '/');
    }
}
