package dev.form4.converters;

import dev.form4.input.InputFormat;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeTransaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** pdftotext -layout: the form's rows as the page lays them out, one printed line per text line. */
class PdftotextTablesTest {

    private static final String AIR = "pdftotext/AIR/data_sgml_0001127602-25-001055.txt";

    @Test
    void theRule10b5OneCheckboxTextBrokenOverLinesStaysInTheHeader() {
        // "transaction was made pursuant to a" and "securities of the issuer that is" hold column-caption words;
        // read as captions they opened Table I above box 1 and the real table was lost.
        Form4 form = ConverterText.extract(ConverterText.lines(AIR, 1, 80), InputFormat.LAYOUT).form();
        assertEquals(1, form.nonDerivativeTable().transactions().size());
        assertEquals(0, form.nonDerivativeTable().holdings().size());
        NonDerivativeTransaction row = form.nonDerivativeTable().transactions().get(0);
        assertEquals("Common Stock", row.securityTitle().value());
        assertEquals("S", row.transactionCode().value());
        assertEquals(new BigDecimal("1500"), row.transactionShares().value());
        assertEquals(new BigDecimal("66.903"), row.transactionPricePerShare().value());
        assertEquals(java.util.List.of("F1"), row.transactionPricePerShare().footnoteIds());
    }
}
