package dev.form4.converters;

import dev.form4.Extraction;
import dev.form4.Form4Extractor;
import dev.form4.TestInputs;
import dev.form4.input.InputFormat;
import dev.form4.source.ParseLimits;

import java.nio.file.Path;
import java.util.List;

/** Real lines of the committed converter outputs (testdata/converters), for tests of one rule each. */
final class ConverterText {

    static final Path ROOT = Path.of("testdata/converters");

    private ConverterText() {
    }

    /** Lines {@code from}..{@code to} (1-based, inclusive) of a converter's output, as the converter wrote them. */
    static String lines(String output, int from, int to) {
        List<String> lines = TestInputs.read(ROOT.resolve(output)).lines().toList();
        return String.join("\n", lines.subList(from - 1, to)) + "\n";
    }

    static String whole(String output) {
        return TestInputs.read(ROOT.resolve(output));
    }

    static Extraction extract(String text, InputFormat format) {
        return new Form4Extractor(ParseLimits.DEFAULT, format).extract("excerpt", text);
    }
}
