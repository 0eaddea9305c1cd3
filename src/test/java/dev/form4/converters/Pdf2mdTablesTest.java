package dev.form4.converters;

import dev.form4.input.InputFormat;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeTransaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** @opendocsg/pdf2md: each block of the page one paragraph or heading. */
class Pdf2mdTablesTest {

    @Test
    void captionWordsAboveTheBoxesDoNotOpenTableOne() {
        // "# FORM 4 UNITED STATES SECURITIES AND EXCHANGE" (line 3): "Securities" heads a column too
        Form4 form = ConverterText.extract(ConverterText.whole("pdf2md/AIR/data_sgml_0001127602-25-001055.md"),
                InputFormat.GFM).form();
        NonDerivativeTransaction row = form.nonDerivativeTable().transactions().get(0);
        assertEquals("Common Stock", row.securityTitle().value());
        assertEquals(new BigDecimal("37565"), row.sharesOwnedFollowingTransaction().value());
        assertEquals(java.time.LocalDate.of(2025, 1, 10), form.signatures().get(0).date().value());
    }
}
