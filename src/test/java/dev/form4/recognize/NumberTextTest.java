package dev.form4.recognize;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberTextTest {

    private static String joined(String left, String right) {
        return NumberText.join(left, right).map(NumberText.Join::text).orElse("(none)");
    }

    @Test
    void onlyWellFormedTextIsAValue() {
        assertEquals(new BigDecimal("5614522"), NumberText.parse("5,614,522").orElseThrow());
        assertEquals(new BigDecimal("84.6237"), NumberText.parse("84.6237").orElseThrow());
        assertTrue(NumberText.parse("60,50").isEmpty(), "a two-digit group is damage");
        assertTrue(NumberText.parse("108,6").isEmpty());
        assertTrue(NumberText.parse(",956").isEmpty());
        assertTrue(NumberText.parse("83.73859").isEmpty(), "more than 4 decimals is no ownershipDocument amount");
    }

    @Test
    void theSeedsSplitCellsJoinAsPrinted() {
        assertEquals("5,614,522", joined("5,614", "5,614,522"));   // right repeats the left
        assertEquals("60,566", joined("60,566", "6"));             // left repeats the right
        assertEquals("5,578,012", joined("5,578", "8,012"));       // cut character on both sides
        assertEquals("84.6237", joined("84.62", "237"));
        assertEquals("85.4087", joined("85.40", "4087"));
        assertEquals("26.86", joined("26.", "86"));                // cut after the dot
        assertEquals("2,598.325", joined("2,598.3", "25"));        // decimals continued
        assertEquals("(none)", joined("83.73", "859"), "83.73859 has more than the schema's 4 decimals");
    }

    @Test
    void aCompleteNumberIsNotContinuedByAFragment() {
        assertEquals("(none)", joined("5,553,950", ",956"), "a grouped number followed by ',956' is two readings");
        assertEquals("(none)", joined("0.00", "108,6"));
    }

    @Test
    void onlyJoinsThatCombineDigitsCountAsRebuilt() {
        assertTrue(NumberText.join("84.62", "237").orElseThrow().rebuilt());
        assertFalse(NumberText.join("5,614", "5,614,522").orElseThrow().rebuilt());
    }
}
