package dev.form4.repair;

import dev.form4.Extract;
import dev.form4.Extraction;
import dev.form4.MiniForm;
import dev.form4.model.Diagnostic;
import dev.form4.model.DerivativeTransaction;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.model.Provenance;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each repair rule on the smallest form that needs it. */
class RepairRulesTest {

    private static final String ROW_A = "Common Stock | 11/07/2019 | | M | | 60,566 | A | \\$26.86 | 5,614,522 | D | ";
    private static final String ROW_B = "Common Stock | 11/07/2019 | | S | | 36,510 | D | \\$84.62 | 5,578,012 | D | ";
    private static final String ROW_D = "Common Stock | 11/08/2019 | | M | | 74,553 | A | \\$26.86 | 5,628,509 | D | ";

    private static NonDerivativeTransaction t1(Extraction x, int i) {
        return x.form().nonDerivativeTable().transactions().get(i);
    }

    private static DerivativeTransaction t2(Extraction x, int i) {
        return x.form().derivativeTable().transactions().get(i);
    }

    @Test
    void runningBalanceRebuildsAMisreadBalanceWithItsFragmentAsEvidence() {
        Extraction x = Extract.of(new MiniForm().tableOne(ROW_A).tableOne(ROW_B)
                .tableOne("Common Stock | 11/07/2019 | | S | | 24,056 | D | \\$85.40 | 5,553,950 | | ,956 D | ")
                .tableOne(ROW_D).markdown());
        assertEquals(new BigDecimal("5553956"), t1(x, 2).sharesOwnedFollowingTransaction().value());
        assertEquals(Provenance.REPAIRED, t1(x, 2).sharesOwnedFollowingTransaction().provenance());
        List<Diagnostic> repaired = Extract.diagnostics(x, Diagnostic.Kind.REPAIRED,
                "nonDerivativeTable.transactions[2].sharesOwnedFollowingTransaction");
        assertEquals(1, repaired.size());
        assertEquals("read '5,553,950' and ',956'; rebuilt 5553956 from the running balance 5578012 - 24056 (the next row's balance agrees)",
                repaired.get(0).message());
    }

    @Test
    void aBalanceReadAsAFootnoteMarkOnlyIsRebuiltFromTheRunningBalance() {
        // the balance's cell holds only its mark (the number fell elsewhere): no number to compare, no crash
        Extraction x = Extract.of(new MiniForm().tableOne(ROW_A).tableOne(ROW_B)
                .tableOne("Common Stock | 11/07/2019 | | S | | 24,056 | D | \\$85.40 | <sup>(1)</sup> | D | ")
                .tableOne(ROW_D).markdown());
        assertEquals(new BigDecimal("5553956"), t1(x, 2).sharesOwnedFollowingTransaction().value());
        assertEquals(Provenance.REPAIRED, t1(x, 2).sharesOwnedFollowingTransaction().provenance());
        List<Diagnostic> repaired = Extract.diagnostics(x, Diagnostic.Kind.REPAIRED,
                "nonDerivativeTable.transactions[2].sharesOwnedFollowingTransaction");
        assertEquals(1, repaired.size());
        assertTrue(repaired.get(0).message().startsWith("read only a footnote mark; rebuilt 5553956"), repaired.get(0).message());
    }

    @Test
    void aCleanBalanceThatDisagreesIsReportedAndKept() {
        // Two accounts mixed in one chain: nothing says which value is wrong.
        Extraction x = Extract.of(new MiniForm().tableOne(ROW_A)
                .tableOne("Common Stock | 11/07/2019 | | S | | 36,510 | D | \\$84.62 | 1,000,000 | D | ").markdown());
        assertEquals(new BigDecimal("1000000"), t1(x, 1).sharesOwnedFollowingTransaction().value());
        assertEquals(Provenance.READ, t1(x, 1).sharesOwnedFollowingTransaction().provenance());
        assertEquals(1, Extract.diagnostics(x, Diagnostic.Kind.INCONSISTENT,
                "nonDerivativeTable.transactions[1].sharesOwnedFollowingTransaction").size());
    }

    @Test
    void anUnreadableBalanceIsRebuiltFromTheRowBefore() {
        Extraction x = Extract.of(new MiniForm().tableOne(ROW_A)
                .tableOne("Common Stock | 11/07/2019 | | S | | 36,510 | D | \\$84.62 | 5,57 | D | ").markdown());
        assertEquals(new BigDecimal("5578012"), t1(x, 1).sharesOwnedFollowingTransaction().value());
        assertTrue(Extract.diagnostics(x, Diagnostic.Kind.REPAIRED, "nonDerivativeTable.transactions[1].sharesOwnedFollowingTransaction")
                .get(0).message().startsWith("read '5,57'; rebuilt 5578012 from the running balance 5614522 - 36510"));
    }

    @Test
    void aDateCutAtTheCellEdgeIsCompletedOnlyWhenOneDateFits() {
        Extraction x = Extract.of(new MiniForm().tableOne(ROW_A)
                .tableOne("Common Stock | 11/07/20 | | S | | 36,510 | D | \\$84.62 | 5,578,012 | D | ").markdown());
        assertEquals(LocalDate.of(2019, 11, 7), t1(x, 1).transactionDate().value());
        assertEquals(Provenance.REPAIRED, t1(x, 1).transactionDate().provenance());

        Extraction ambiguous = Extract.of(new MiniForm().tableOne(ROW_A)
                .tableOne("Common Stock | 11/07/2020 | | S | | 36,510 | D | \\$84.62 | 5,578,012 | D | ")
                .tableOne("Common Stock | 11/07/20 | | S | | 1 | D | \\$84.62 | 5,578,011 | D | ").markdown());
        assertNull(t1(ambiguous, 2).transactionDate().value(), "11/07/2019 and 11/07/2020 both fit: no guess");
        assertEquals(1, Extract.diagnostics(ambiguous, Diagnostic.Kind.UNREADABLE, "nonDerivativeTable.transactions[2].transactionDate").size());
    }

    @Test
    void splitCellsAreJoinedAndSaySo() {
        Extraction x = Extract.of(new MiniForm().tableOne(ROW_A)
                .tableOne("Common Stock | 11/07/2019 | | S | | 36,510 | D | \\$84.62 | 237<sup>(1)</sup> | 5,578 | 8,012 | D | ")
                .footnote("The sale price represents the weighted average price of the shares sold ranging from \\$84.10 to \\$85.09 per share.")
                .markdown());
        assertEquals(new BigDecimal("84.6237"), t1(x, 1).transactionPricePerShare().value());
        assertEquals(List.of("F1"), t1(x, 1).transactionPricePerShare().footnoteIds());
        assertEquals(new BigDecimal("5578012"), t1(x, 1).sharesOwnedFollowingTransaction().value());
        assertTrue(Extract.diagnostics(x, Diagnostic.Kind.REPAIRED, "nonDerivativeTable.transactions[1].transactionPricePerShare")
                .get(0).message().contains("'2' read on both sides"));
    }

    @Test
    void aWeightedAveragePriceOutsideItsFootnoteRangeIsReported() {
        Extraction x = Extract.of(new MiniForm().tableOne(ROW_A)
                .tableOne("Common Stock | 11/07/2019 | | S | | 36,510 | D | \\$94.62<sup>(1)</sup> | 5,578,012 | D | ")
                .footnote("The sale price represents the weighted average price of the shares sold ranging from \\$84.10 to \\$85.09 per share.")
                .markdown());
        assertEquals(new BigDecimal("94.62"), t1(x, 1).transactionPricePerShare().value(), "evidence, not a reason to change");
        assertTrue(Extract.diagnostics(x, Diagnostic.Kind.INCONSISTENT, "nonDerivativeTable.transactions[1].transactionPricePerShare")
                .get(0).message().contains("outside the range $84.10 to $85.09 stated in F1"));
    }

    @Test
    void anUnderlyingAmountGivenAsAFootnoteOnlyIsNotFilledFromTableI() {
        // a filer's RSU row (a variant of FB 000112760218018007): the amount is told in footnote 2
        Extraction x = Extract.of(new MiniForm().tableOne(ROW_A)
                .tableTwo("Restricted Stock Units (RSU) (Class A) | <sup>(1)</sup> | 11/07/2019 | | M | | | 60,566 | <sup>(1)</sup> | <sup>(1)</sup> | Common Stock | <sup>(2)</sup> | \\$0 | 0 | D | ")
                .footnote("The units vest in four equal annual installments.")
                .footnote("Each unit converts into one share of Common Stock on settlement.")
                .markdown());
        DerivativeTransaction option = t2(x, 0);
        assertNull(option.underlyingSecurityShares().value());
        assertEquals(List.of("F2"), option.underlyingSecurityShares().footnoteIds());
        assertTrue(Extract.diagnostics(x, Diagnostic.Kind.REPAIRED, "derivativeTable.transactions[0].underlyingSecurityShares").isEmpty());
    }

    @Test
    void anExerciseInTableIIRepairsItsUnderlyingFromTableI() {
        Extraction x = Extract.of(new MiniForm().tableOne(ROW_A)
                .tableTwo("Stock Option (right to buy) | \\$26.86 | 11/07/2019 | | M | | | 60,566 | | 02/06/2024 | Commo Stock | 60,50 | \\$0.00 | 108,635 | D | ")
                .markdown());
        DerivativeTransaction option = t2(x, 0);
        assertEquals("D", option.transactionAcquiredDisposedCode().value());
        assertEquals(new BigDecimal("60566"), option.underlyingSecurityShares().value());
        assertEquals("Common Stock", option.underlyingSecurityTitle().value());
        assertTrue(Extract.diagnostics(x, Diagnostic.Kind.REPAIRED, "derivativeTable.transactions[0].underlyingSecurityShares")
                .get(0).message().startsWith("read '60,50'; Table I M row of 2019-11-07"));
    }

    @Test
    void aRowThatFellOutOfItsTableIsRebuiltFromLooseLines() {
        Extraction x = Extract.of(new MiniForm().tableOne("Common Stock | 11/11/2019 | | M | | 34,082 | A | \\$26.86 | 5,588,038 | D | ")
                .tableTwo("Stock Option (right to buy) | \\$26.86 | 11/08/2019 | | M | | | 74,553 | | 02/06/2024 | Common Stock | 74,553 | \\$0.00 | 34,082 | D | ")
                .looseLine("\\$26.86").looseLine("11/11/2019").looseLine("Stock Option").looseLine("(right to").looseLine("buy)")
                .looseLine("$M^{(1)}$").looseLine("34.082").looseLine("(1)").looseLine("Common").looseLine("Stock")
                .looseLine("02/06/2024").looseLine("34,082").looseLine("\\$0.00").looseLine("0").looseLine("D")
                .footnote("The option is fully vested.").markdown());
        DerivativeTransaction loose = t2(x, 1);
        assertEquals("Stock Option (right to buy)", loose.securityTitle().value());
        assertEquals(new BigDecimal("26.86"), loose.conversionOrExercisePrice().value());
        assertEquals(LocalDate.of(2019, 11, 11), loose.transactionDate().value());
        assertEquals("M", loose.transactionCode().value());
        assertEquals(new BigDecimal("34082"), loose.transactionShares().value());
        assertEquals(Provenance.REPAIRED, loose.transactionShares().provenance());
        assertEquals("D", loose.transactionAcquiredDisposedCode().value());
        assertEquals(List.of("F1"), loose.exerciseDate().footnoteIds());
        assertNull(loose.exerciseDate().value());
        assertEquals(LocalDate.of(2024, 2, 6), loose.expirationDate().value());
        assertEquals("Common Stock", loose.underlyingSecurityTitle().value());
        assertEquals(new BigDecimal("34082"), loose.underlyingSecurityShares().value());
        assertEquals(0, loose.sharesOwnedFollowingTransaction().value().signum());
        assertEquals("D", loose.directOrIndirectOwnership().value());
    }

    @Test
    void aLooseLineOfWordsKeepsThePriceInsideOrAtTheEndOfIt() {
        // a variant of FB 000095010320009876 at damage level 2: the RSU row fell out, one value a line
        Extraction x = Extract.of(new MiniForm().tableOne("Common Stock | 11/11/2019 | | M | | 34,082 | A | \\$26.86 | 5,588,038 | D | ")
                .tableTwo("Stock Option (right to buy) | \\$26.86 | 11/08/2019 | | M | | | 74,553 | | 02/06/2024 | Common Stock | 74,553 | \\$0.00 | 34,082 | D | ")
                .looseLine("\\$26.86").looseLine("11/11/2019").looseLine("Stock Option, par value \\$0.01").looseLine("M")
                .looseLine("34,082").looseLine("(1)").looseLine("Class A Common Stock, \\$0.0001 par value")
                .looseLine("02/06/2024").looseLine("34,082").looseLine("\\$0.00").looseLine("0").looseLine("D")
                .footnote("The option is fully vested.").markdown());
        DerivativeTransaction loose = t2(x, 1);
        assertEquals("Stock Option, par value $0.01", loose.securityTitle().value());
        assertEquals(new BigDecimal("26.86"), loose.conversionOrExercisePrice().value());
        assertEquals("Class A Common Stock, $0.0001 par value", loose.underlyingSecurityTitle().value());
        assertNull(loose.natureOfOwnership().value());
    }

    @Test
    void aThousandsCommaReadAsADotIsRepairedOnlyWithSameRowEvidence() {
        Extraction x = Extract.of(new MiniForm()
                .tableTwo("Restricted Stock Unit | \\$0.00 | 06/08/2012 | | A | | 41.322 | | | | Class B Common Stock | 41,322 | \\$0.00 | 41,322 | D | ")
                .tableTwo("Restricted Stock Unit | \\$0.00 | 06/08/2012 | | A | | 41.322 | | | | Class B Common Stock | | \\$0.00 | | D | ")
                .markdown());
        assertEquals(new BigDecimal("41322"), t2(x, 0).transactionShares().value());
        assertTrue(Extract.diagnostics(x, Diagnostic.Kind.REPAIRED, "derivativeTable.transactions[0].transactionShares")
                .get(0).message().contains("underlyingSecurityShares of the same row reads '41,322'"));
        assertEquals(new BigDecimal("41.322"), t2(x, 1).transactionShares().value(), "no evidence: may be a fractional count");
    }

    @Test
    void aCodeThatFixesTheDirectionGivesTheUnprintedAcquiredDisposed() {
        Extraction x = Extract.of(new MiniForm()
                .tableTwo("Convertible Notes | \\$48.89 | 11/08/2022 | | P | | | | 11/08/2022 | 11/15/2027 | Common Stock | 1,227,156 | | | I | ")
                .tableTwo("Warrant | \\$10.00 | 11/08/2022 | | J | | | | 11/08/2022 | 11/15/2027 | Common Stock | 100 | | | I | ")
                .markdown());
        assertEquals("A", t2(x, 0).transactionAcquiredDisposedCode().value());
        assertEquals(Provenance.INFERRED, t2(x, 0).transactionAcquiredDisposedCode().provenance());
        assertNull(t2(x, 1).transactionAcquiredDisposedCode().value(), "J goes either way");
    }

    @Test
    void aPriceCutIntoPiecesThatMakeNoValidPriceIsNotGuessed() {
        Extraction x = Extract.of(new MiniForm().tableOne(ROW_A)
                .tableOne("Common Stock | 11/07/2019 | | S | | 36,510 | D | \\$83.73 | 859<sup>(1)</sup> | 5,578,012 | D | ")
                .footnote("Weighted average.").markdown());
        assertNull(t1(x, 1).transactionPricePerShare().value());
        assertEquals(List.of("F1"), t1(x, 1).transactionPricePerShare().footnoteIds());
        assertEquals(1, Extract.diagnostics(x, Diagnostic.Kind.AMBIGUOUS, "nonDerivativeTable.transactions[1].transactionPricePerShare").size());
    }

    @Test
    void aDateCutAcrossCellsIsRejoined() {
        Extraction x = Extract.of(new MiniForm().tableOne(ROW_A)
                .tableOne("Common Stock | 11/ | /07/2019 | S | | 36,510 | D | \\$84.62 | 5,578,012 | D | ")
                .tableOne("Common Stock | 11/07 | 7/2019 | S | | 1 | D | \\$84.62 | 5,578,011 | D | ").markdown());
        assertEquals(LocalDate.of(2019, 11, 7), t1(x, 1).transactionDate().value());
        assertEquals(LocalDate.of(2019, 11, 7), t1(x, 2).transactionDate().value());
        assertNull(t1(x, 2).deemedExecutionDate().value());
    }

    @Test
    void aSignatureWithoutSlashSIsTakenFromTheEndOfRemarks() {
        String md = new MiniForm().tableOne(ROW_A).markdown()
                .replace("### Remarks:\n\n/s/ Jane Doe\n\n11/12/2019\n", "### Remarks:\n\nPlan adopted in May.\n\nJane Doe, attorney-in-fact\n\n11/12/2019\n");
        Extraction x = Extract.of(md);
        assertEquals("Plan adopted in May.", x.form().remarks().value());
        assertEquals("Jane Doe, attorney-in-fact", x.form().signatures().get(0).name().value());
        assertEquals(LocalDate.of(2019, 11, 12), x.form().signatures().get(0).date().value());
    }

    @Test
    void aTwoDigitYearIsReadInTheCenturyOfTheFormsOwnDatesUnlessItCouldBeACutYear() {
        // box 3 says 11/07/2019: "11/08/19" is 2019; "12/02/20" may be "12/02/20" + "19" cut at the edge, and no
        // date of the form begins so: left null
        Extraction x = Extract.of(new MiniForm().tableOne(ROW_A)
                .tableOne("Common Stock | 11/08/19 | | M | | 74,553 | A | \\$26.86 | 5,689,075 | D | ")
                .tableOne("Common Stock | 12/02/20 | | M | | 1,000 | A | \\$26.86 | 5,690,075 | D | ").markdown());
        assertEquals(LocalDate.of(2019, 11, 8), t1(x, 1).transactionDate().value());
        assertEquals(Provenance.INFERRED, t1(x, 1).transactionDate().provenance());
        assertTrue(Extract.diagnostics(x, Diagnostic.Kind.INFERRED, "nonDerivativeTable.transactions[1].transactionDate")
                .get(0).message().contains("two-digit year"));
        assertNull(t1(x, 2).transactionDate().value());
    }
}
