package dev.form4;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.form4.model.DerivativeTransaction;
import dev.form4.model.Diagnostic;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.write.JsonWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference input: every field the seed shows, read right. The golden JSON beside the seed is the whole
 * answer; the assertions below name the hard cases so a failure says which one broke.
 */
class SeedExtractionTest {

    private static Extraction extraction;
    private static Form4 form;

    @BeforeAll
    static void extract() {
        extraction = new Form4Extractor().extract(TestInputs.SEED);
        form = extraction.form();
    }

    @Test
    void matchesTheGoldenJson() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode expected = mapper.readTree(TestInputs.SEED_GOLDEN.toFile());
        JsonNode actual = mapper.readTree(JsonWriter.pretty(extraction));
        assertEquals(expected, actual, "seed extraction differs from " + TestInputs.SEED_GOLDEN
                + ": look at the diff (java -jar target/form4-extractor.jar extract " + TestInputs.SEED + ")");
    }

    @Test
    void header() {
        assertEquals("QUALYS, INC.", form.issuer().name().value());
        assertEquals("QLYS", form.issuer().tradingSymbol().value());
        assertEquals(LocalDate.of(2019, 11, 7), form.periodOfReport().value());
        var owner = form.reportingOwners().get(0);
        assertEquals("COURTOT PHILIPPE F", owner.name().value());
        assertEquals("FOSTER CITY", owner.city().value());
        assertEquals("CA", owner.state().value());
        assertEquals("94404", owner.zipCode().value());
        assertEquals("Chairman, President", owner.officerTitle().value());
        assertEquals(Boolean.TRUE, owner.isOfficer().value());
        assertNull(owner.isDirector().value(), "'Directo' is cut: the mark may be lost, so no guess");
        assertNull(owner.street1().value(), "street lines are OCR debris in the seed");
        assertEquals(Boolean.FALSE, form.jointFiling().value());
    }

    @Test
    void tableOneHasTenTransactionsAndAHolding() {
        List<NonDerivativeTransaction> rows = form.nonDerivativeTable().transactions();
        assertEquals(10, rows.size());
        assertEquals(List.of("M", "S", "S", "M", "S", "S", "S", "M", "S", "S"),
                rows.stream().map(r -> r.transactionCode().value()).toList());
        assertEquals(List.of(5614522, 5578012, 5553956, 5628509, 5614367, 5554456, 5553956, 5588038, 5554104, 5553956),
                rows.stream().map(r -> r.sharesOwnedFollowingTransaction().value().intValueExact()).toList());
        assertEquals(new BigDecimal("84.6237"), rows.get(1).transactionPricePerShare().value());
        assertEquals(List.of("F2"), rows.get(1).transactionPricePerShare().footnoteIds());
        assertEquals(LocalDate.of(2019, 11, 7), rows.get(2).transactionDate().value(), "'11/07/20' completed");
        assertNull(rows.get(5).transactionPricePerShare().value(), "'\\$83.73 | 859' makes no price of at most 4 decimals");
        assertEquals(List.of("F5"), rows.get(5).transactionPricePerShare().footnoteIds());
        var holding = form.nonDerivativeTable().holdings().get(0);
        assertEquals(new BigDecimal("100000"), holding.sharesOwnedFollowingTransaction().value());
        assertEquals("I", holding.directOrIndirectOwnership().value());
        assertEquals(List.of("F8"), holding.natureOfOwnership().footnoteIds());
    }

    @Test
    void tableTwoHasThreeTransactionsTheThirdFromLooseLines() {
        List<DerivativeTransaction> rows = form.derivativeTable().transactions();
        assertEquals(3, rows.size());
        for (DerivativeTransaction row : rows) {
            assertEquals("Stock Option (right to buy)", row.securityTitle().value());
            assertEquals(new BigDecimal("26.86"), row.conversionOrExercisePrice().value());
            assertEquals("M", row.transactionCode().value());
            assertEquals("D", row.transactionAcquiredDisposedCode().value());
            assertEquals(List.of("F9"), row.exerciseDate().footnoteIds());
            assertNull(row.exerciseDate().value());
            assertEquals(LocalDate.of(2024, 2, 6), row.expirationDate().value());
            assertEquals("Common Stock", row.underlyingSecurityTitle().value());
            assertEquals(row.transactionShares().value(), row.underlyingSecurityShares().value());
        }
        assertEquals(List.of(60566, 74553, 34082), rows.stream().map(r -> r.transactionShares().value().intValueExact()).toList());
        assertEquals(List.of(108635, 34082, 0), rows.stream().map(r -> r.sharesOwnedFollowingTransaction().value().intValueExact()).toList());
    }

    @Test
    void footnotesSignatureAndRepairs() {
        assertEquals(9, form.footnotes().size());
        assertTrue(form.footnotes().get(0).text().startsWith("The sale transaction reported in this Form 4 was effected pursuant to a Rule 10b5-1 trading plan"));
        assertEquals("/s/ Bruce Posey by power of attorney for Philippe F. Courtot", form.signatures().get(0).name().value());
        assertEquals(LocalDate.of(2019, 11, 12), form.signatures().get(0).date().value());
        assertTrue(extraction.count(Diagnostic.Kind.REPAIRED) >= 10, "every rebuilt value is reported: " + extraction.diagnostics());
        assertTrue(extraction.diagnostics().stream().noneMatch(d -> d.kind() == Diagnostic.Kind.SYNTAX));
    }
}
