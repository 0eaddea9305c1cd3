package dev.form4.converters;

import dev.form4.input.InputFormat;
import dev.form4.model.DerivativeTransaction;
import dev.form4.model.Form4;
import dev.form4.model.Signature;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** pandoc -t gfm: the form's tables as raw HTML with rowspans and colspans. */
class PandocTablesTest {

    private static final String MSFT = "pandoc/MSFT/000106299321005355.md";

    @Test
    void tableTwosSharesStandUnderTheSubCaptionTheirSlotMeets() {
        // "Code | V | (A) | (D)": the row "Restricted Stock Units | (1) | 06/02/2021 | A | 328 | (2) ..." has fewer
        // cells than the caption row (rowspans), so cell indexes point to the wrong sub-caption; slots do not
        Form4 form = ConverterText.extract(ConverterText.whole(MSFT), InputFormat.GFM).form();
        DerivativeTransaction row = form.derivativeTable().transactions().get(0);
        assertEquals("A", row.transactionAcquiredDisposedCode().value());
    }

    @Test
    void aNameAndDateRightAboveTheSignatureCaptionIsTheSignature() {
        // no "/s/": "Ann Habernigg, Attorney-in-fact for Reid G. Hoffman | 06/03/2021" over "** Signature of Reporting Person | Date"
        Form4 form = ConverterText.extract(ConverterText.whole(MSFT), InputFormat.GFM).form();
        assertEquals(1, form.signatures().size());
        Signature signature = form.signatures().get(0);
        assertEquals("Ann Habernigg, Attorney-in-fact for Reid G. Hoffman", signature.name().value());
        assertEquals(LocalDate.of(2021, 6, 3), signature.date().value());
        assertNull(form.remarks().value());
        assertEquals(0, form.nonDerivativeTable().transactions().size());
    }
}
