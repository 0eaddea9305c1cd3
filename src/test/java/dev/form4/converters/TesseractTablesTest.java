package dev.form4.converters;

import dev.form4.input.InputFormat;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeHolding;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** tesseract: a line per printed line, words one space apart, borders read as '|'. */
class TesseractTablesTest {

    @Test
    void anAmountBeforeALoneLetterIsNoPartOfTheTitle() {
        // line 109, one OCR cell: "Class C Capital Stock 21,169,379 D"; "Venture 2010 Fund" keeps its number
        Form4 form = ConverterText.extract(ConverterText.whole("tesseract/GOOG/form4.sec.txt"), InputFormat.OCR).form();
        NonDerivativeHolding holding = form.nonDerivativeTable().holdings().get(0);
        assertEquals("Class C Capital Stock", holding.securityTitle().value());
        assertEquals(new BigDecimal("21169379"), holding.sharesOwnedFollowingTransaction().value());
        assertEquals("D", holding.directOrIndirectOwnership().value());
    }
}
