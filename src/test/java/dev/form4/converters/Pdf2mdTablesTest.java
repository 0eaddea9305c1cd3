package dev.form4.converters;

import dev.form4.input.InputFormat;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeTransaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

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

    @Test
    void aTableWrittenAsOneParagraphIsSplitIntoItsRows() {
        // line 39: "**7. Nature ... Price** Class A Common Stock(1)^ 04/13/2022 C 13,888 A $0.00 13,888 D Class A Common
        // Stock 04/13/2022 S 100 D $2,556.7346(2)^ 13,788 D ...": the caption's bold run is a row of its own, and
        // the text after it holds 24 rows, each starting with its title after the previous row's "D"
        Form4 form = ConverterText.extract(ConverterText.whole("pdf2md/GOOG/doc4.md"), InputFormat.GFM).form();
        List<NonDerivativeTransaction> rows = form.nonDerivativeTable().transactions();
        assertEquals(30, rows.size());
        NonDerivativeTransaction first = rows.get(0);
        assertEquals("Class A Common Stock", first.securityTitle().value());
        assertEquals(List.of("F1"), first.securityTitle().footnoteIds());
        assertEquals("C", first.transactionCode().value());
        assertEquals(new BigDecimal("13888"), first.sharesOwnedFollowingTransaction().value());
        assertEquals("D", first.directOrIndirectOwnership().value());
        NonDerivativeTransaction second = rows.get(1);
        assertEquals(new BigDecimal("2556.7346"), second.transactionPricePerShare().value());
        assertEquals(List.of("F2"), second.transactionPricePerShare().footnoteIds());
        assertEquals(new BigDecimal("2710"), rows.get(29).sharesOwnedFollowingTransaction().value());
    }
}
