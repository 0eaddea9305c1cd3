package dev.form4.converters;

import dev.form4.input.InputFormat;
import dev.form4.model.Diagnostic;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A box whose value could not be read is reported where its caption stands, so that a user can look there. */
class HeaderDiagnosticsTest {

    private static final List<String> MISSING_VALUE = List.of("no issuer name and ticker found after",
            "no name after '1. Name and Address", "no date found after its label");

    @Test
    void aMissingBoxValueIsReportedAtItsCaption() throws IOException {
        List<String> unplaced = new ArrayList<>();
        int reported = 0;
        for (String converter : List.of("tesseract", "scan")) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(ConverterText.ROOT.resolve(converter))) {
                files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path file : files) {
                String text = Files.readString(file);
                for (Diagnostic d : ConverterText.extract(text, InputFormat.OCR).diagnostics()) {
                    if (MISSING_VALUE.stream().noneMatch(d.message()::startsWith)) {
                        continue;
                    }
                    reported++;
                    // a caption OCR damaged past recognition has no place to name: only the date's label may be so
                    if (d.position().line() == 0 && !d.message().startsWith("no date found")) {
                        unplaced.add(file + ": " + d.field() + " " + d.message());
                    }
                }
            }
        }
        assertTrue(reported > 10, "the OCR outputs have boxes whose values are unreadable: " + reported);
        assertEquals(List.of(), unplaced);
    }
}
