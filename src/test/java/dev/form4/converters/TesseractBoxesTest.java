package dev.form4.converters;

import dev.form4.input.InputFormat;
import dev.form4.model.Form4;
import dev.form4.model.ReportingOwner;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** tesseract's header boxes: a box's lines one after another, the captions between them. */
class TesseractBoxesTest {

    @Test
    void aCityOverTwoLinesBetweenTheStreetAndCityCaptionsIsReadWhole() {
        // "(Street)" / "MOUNTAIN" / "VIEW CA 94043" / "(City) (State) (Zip)": "VIEW CA 94043" alone is the city's last line
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/LNKD/000120919112055978.txt"), InputFormat.OCR).form();
        ReportingOwner owner = form.reportingOwners().get(0);
        assertEquals("MOUNTAIN VIEW", owner.city().value());
        assertEquals("CA", owner.state().value());
        assertEquals("94043", owner.zipCode().value());
    }

    @Test
    void boxOnesCareOfLineShowsWhereTheIssuersNameBeginsOnTheLineBoxesOneAndTwoShare() {
        // line 40 "Hoffman Reid Aurora Innovation, Inc. [ AUR ] (Check all applicable)", line 44 "C/O AURORA INNOVATION, INC. 10/19/2023"
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/AUR/000182810823000205.txt"), InputFormat.OCR).form();
        assertEquals("Aurora Innovation, Inc.", form.issuer().name().value());
        assertEquals("AUR", form.issuer().tradingSymbol().value());
        assertEquals("Hoffman Reid", form.reportingOwners().get(0).name().value());
    }
}
