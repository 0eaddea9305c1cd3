package dev.form4.converters;

import dev.form4.input.InputFormat;
import dev.form4.model.ReportingOwner;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Box 5's marks as OCR reads them. */
class OcrCheckboxMarksTest {

    private static ReportingOwner owner(String output) {
        return ConverterText.extract(ConverterText.whole(output), InputFormat.OCR).form().reportingOwners().get(0);
    }

    @Test
    void anXOnTheBoxsRuleChecksTheLabelAfterIt() {
        // "X__ Director 10% Owner": the mark checks Director only
        ReportingOwner owner = owner("tesseract/SQ/000120919123037446.txt");
        assertEquals(Boolean.TRUE, owner.isDirector().value());
        assertEquals(Boolean.FALSE, owner.isTenPercentOwner().value());
    }
}
