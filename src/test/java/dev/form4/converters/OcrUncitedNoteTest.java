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
    void twoNotesLeftForTwoColumnsGoByTheOrderTheyAreFirstCitedIn() {
        // F2 (the shares' note) and F23 (the trust: line 94-95 "Common Stock 170,492,985 I by" / "_ Trust?)") are cited
        // by no value; the amounts' first mark stands in row 0 between F1 (its code) and F3 (its price), the
        // nature's after every other note's first citation: F2 is the amounts', F23 the nature's
        Extraction x = ocr("tesseract/TSLA/000089924321044077.txt");
        NonDerivativeTransaction row = x.form().nonDerivativeTable().transactions().get(0);
        assertEquals(List.of("F2"), row.transactionShares().footnoteIds());
        assertEquals(List.of("F23"), x.form().nonDerivativeTable().holdings().get(0).natureOfOwnership().footnoteIds());
        assertTrue(said(x, Diagnostic.Kind.INFERRED, "nonDerivativeTable.transactions[0].transactionShares",
                "of the 2 notes no value cites"));
    }

    @Test
    void twoColumnsWhoseFirstMarkIsNotWhereItsNoteIsFirstCitedStayUnread() {
        // the scan's "s 3,090 D | $66.70” 40,510°": the first row's amount has lost its mark (F1), so the amounts'
        // first unread mark (row 1) comes after the balances' (row 0), and by that order they would swap F1 and F3
        Extraction x = ocr("scan/ARWR/arrowhead_footnotes.txt");
        for (NonDerivativeTransaction row : x.form().nonDerivativeTable().transactions()) {
            assertEquals(List.of(), row.transactionShares().footnoteIds());
            assertEquals(List.of(), row.sharesOwnedFollowingTransaction().footnoteIds());
        }
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.UNREADABLE && d.field() != null
                && d.field().endsWith(".sharesOwnedFollowingTransaction") && d.message().contains("its number is unreadable")));
    }

    @Test
    void aLoneExclamationMarkAfterAWordIsNoMark() {
        // the scan's line 68 "Common Stoc! 168,638,933 I Trust(!)": the '!' is the title's k misread, the trust's
        // mark is the "(!)"; taken as the title's mark, the trust's note F18 would go to the title
        Extraction x = ocr("scan/TSLA/000089924321045949.txt");
        assertTrue(x.form().nonDerivativeTable().holdings().stream().noneMatch(h -> h.securityTitle().footnoteIds().contains("F18")));
    }

    @Test
    void tableTwosMarksAreNotLinkedSo() {
        // "Preferred e) 03/07/2012 Cc 12,681,798 (oo)": the "e)" beside the title is the footnote-only exercise
        // price's "(1)"; F1, left uncited, is that price's note, not the title's
        Extraction x = ocr("tesseract/YELP/000120919112017317.txt");
        assertTrue(x.form().derivativeTable().transactions().stream().noneMatch(t -> t.securityTitle().footnoteIds().contains("F1")));
    }
}
