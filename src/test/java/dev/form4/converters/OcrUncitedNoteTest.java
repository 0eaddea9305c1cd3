package dev.form4.converters;

import dev.form4.Extraction;
import dev.form4.input.InputFormat;
import dev.form4.model.Diagnostic;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.model.Provenance;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unread marks of one column linked by elimination: the one note no value cites. */
class OcrUncitedNoteTest {

    private static Extraction ocr(String output) {
        return ConverterText.extract(ConverterText.whole(output), InputFormat.OCR);
    }

    private static boolean said(Extraction x, Diagnostic.Kind kind, String field, String words) {
        return x.diagnostics().stream().anyMatch(d -> d.kind() == kind && field.equals(d.field()) && d.message().contains(words));
    }

    @Test
    void theShareAmountsUnreadMarksAreTheOneNoteNoValueCites() {
        // "s) 19,414© | D_ | $957.768°)": the code's mark is the trading-plan note F1, the prices' their range
        // notes; F2 ("The shares of common stock were sold solely to satisfy ... tax withholding") is cited by no
        // value, and every unread mark but prices' is an amount's
        Extraction x = ocr("tesseract/TSLA/000089924321048679.txt");
        List<NonDerivativeTransaction> rows = x.form().nonDerivativeTable().transactions();
        assertEquals(List.of("F2"), rows.get(0).transactionShares().footnoteIds());
        assertEquals(Provenance.INFERRED, rows.get(0).transactionShares().provenance());
        assertTrue(said(x, Diagnostic.Kind.INFERRED, "nonDerivativeTable.transactions[0].transactionShares",
                "linked to F2, the only note no value cites"));
        // "20,0242": rebuilt by the balances as 20,024; the '2' after it is the mark, its parentheses lost
        assertEquals(new BigDecimal("20024"), rows.get(3).transactionShares().value());
        assertEquals(List.of("F2"), rows.get(3).transactionShares().footnoteIds());
    }

    @Test
    void twoNotesLeftUncitedLeaveTheMarksUnread() {
        // F2 (the shares' note) and F23 (the trust of the holding row, its mark lost) are both cited by no value
        Extraction x = ocr("tesseract/TSLA/000089924321044077.txt");
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(0);
        assertEquals(List.of(), row.transactionShares().footnoteIds());
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.UNREADABLE && d.field() != null
                && d.field().endsWith(".transactionShares") && d.message().contains("its number is unreadable")));
    }

    @Test
    void tableTwosMarksAreNotLinkedSo() {
        // "Preferred e) 03/07/2012 Cc 12,681,798 (oo)": the "e)" beside the title is the footnote-only exercise
        // price's "(1)"; F1, left uncited, is that price's note, not the title's
        Extraction x = ocr("tesseract/YELP/000120919112017317.txt");
        assertTrue(x.form().derivativeTable().transactions().stream().noneMatch(t -> t.securityTitle().footnoteIds().contains("F1")));
    }
}
