package dev.form4.recognize;

import dev.form4.edgar.EdgarXmlReader;
import dev.form4.model.FieldValue;
import dev.form4.model.Form4;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lines of Table I's captions among its rows, as tesseract broke them (testdata/converters/tesseract/FB/000112760218024167.txt). */
class CaptionDebrisTest {

    @Test
    void theCaptionsPiecesAreCaptionLines() {
        // lines 61, 64, 66 (above the first row) and 230-232 (the captions repeated after a page break)
        for (String line : List.of("Owned (D) or", "Indirect", "Ownership", "Form: Direct", "(D) or", "Indirect (I)",
                "(Instr. 3 and 4)", "Code V")) {
            assertTrue(CaptionDebris.isCaptionLine(line), line);
        }
    }

    @Test
    void aRowsLinesAreNone() {
        // the row of lines 78-88, and letters a title or a flag may leave alone on a line
        for (String line : List.of("Class A Common Stock 07/27/2018", "82", "$179.8685°)", "By The", "Founders",
                "Fund II, LP®", "2,008 I", "A", "D", "I", "2. Tri ion")) {
            assertFalse(CaptionDebris.isCaptionLine(line), line);
        }
    }

    @Test
    void noTitleOrNatureOfTheCorpusIsMadeOfCaptionWords() throws IOException {
        // the evidence the rule stands on: none of the 323 filings' titles or natures would be taken for captions
        List<String> values = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("testdata/corpus/edgar-xml"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                Form4 form = EdgarXmlReader.read(file);
                form.nonDerivativeTable().transactions().forEach(r -> add(values, r.securityTitle(), r.natureOfOwnership()));
                form.nonDerivativeTable().holdings().forEach(r -> add(values, r.securityTitle(), r.natureOfOwnership()));
                form.derivativeTable().transactions().forEach(r -> add(values, r.securityTitle(), r.natureOfOwnership()));
                form.derivativeTable().holdings().forEach(r -> add(values, r.securityTitle(), r.natureOfOwnership()));
            }
        }
        assertEquals(4734, values.size()); // 2,889 titles and 1,845 natures
        assertEquals(List.of(), values.stream().filter(CaptionDebris::isCaptionLine).toList());
    }

    private static void add(List<String> values, FieldValue<String> title, FieldValue<String> nature) {
        for (FieldValue<String> value : List.of(title, nature)) {
            if (value != null && value.value() != null) {
                values.add(value.value());
            }
        }
    }
}
