package dev.form4.converters;

import dev.form4.TestInputs;
import dev.form4.input.InputDetector;
import dev.form4.input.InputFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DialectDetectionTest {

    @Test
    void tesseractsBordersReadAsPipesDoNotMakeItLayoutText() {
        // "Code | V_ | (A) | (D) Exercisable | Date Title Shares": words one space apart, no column gaps
        assertEquals(InputFormat.OCR, InputDetector.detect(ConverterText.whole("tesseract/LNKD/000120919113010247.txt")));
        assertEquals(InputFormat.OCR, InputDetector.detect(ConverterText.whole("scan/GOOG/form4.txt")));
        assertEquals(InputFormat.LAYOUT, InputDetector.detect(ConverterText.whole("pdftotext/GOOG/form4.txt")));
    }

    @Test
    void pdftotextsRawTextIsReadAsThePdfsDrawingOrderNotAsOcr() {
        // no blank line at all, and "Code V Amount" a run of its own: the PDF's text as drawn, like MuPDF's
        assertEquals(InputFormat.MUPDF, InputDetector.detect(ConverterText.whole("pdftotext-raw/LNKD/000120919113010247.txt")));
        assertEquals(InputFormat.MUPDF, InputDetector.detect(ConverterText.whole("pdftotext-raw/GOOG/form4.sec.txt")));
        // without blank lines but with the page's printed lines (OCR's single-block mode) it stays OCR text
        String oneBlock = ConverterText.whole("tesseract/LNKD/000120919113010247.txt").replaceAll("\n\s*\n", "\n");
        assertEquals(InputFormat.OCR, InputDetector.detect(oneBlock));
    }

    @Test
    void pdftotextsDefaultModeIsReadAsBlocksAndNoOtherCommittedOutputIs() throws IOException {
        // "Code" and "V" each between blank lines: every cell a block of its own (the excerpts and older samples of
        // other tools included)
        try (Stream<Path> files = Files.walk(ConverterText.ROOT)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(txt|md)")).toList()) {
                String converter = ConverterText.ROOT.relativize(file).getName(0).toString();
                InputFormat detected = InputDetector.detect(TestInputs.read(file));
                assertEquals(converter.equals("pdftotext-default"), detected == InputFormat.BLOCKS, file + ": " + detected);
            }
        }
    }

    @Test
    void edgarsAsciiTableRowsIndentedToAColumnRuleAreNoMarkdownTable() {
        // "                           | Transaction |  or Disposed of (D)   |": indented, it would be Markdown code
        String legacy = TestInputs.read(Path.of("testdata/legacy/form4-2000-ascii-pipe-tables.txt"));
        assertEquals(InputFormat.LAYOUT, InputDetector.detect(legacy));
    }
}
