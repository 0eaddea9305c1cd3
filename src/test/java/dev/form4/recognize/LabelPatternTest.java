package dev.form4.recognize;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A caption cut at cell edges still matches; the cheap test before the regex never rules out a real match. */
class LabelPatternTest {

    private static final Pattern NAME_BOX = LabelPattern.of("1. Name and Address of Reporting Person*");

    @Test
    void theCheapTestAgreesWithTheRegexOnCutAndOtherCaptions() {
        for (String text : List.of("1. Name and Addr | ess of Reporting Person* | 2. Issuer Name",
                "1. NAME AND ADDRESS OF REPORTING | | PERSON*", "1. Name and Address of Reporting Persons",
                "2. Issuer Name and Ticker or Trading Symbol", "1. Name and Addr", "")) {
            boolean matches = NAME_BOX.matcher(text).find();
            boolean may = LabelPattern.mayMatch(NAME_BOX, LabelPattern.compact(text));
            // the cheap test is a necessary condition: whenever the regex matches, it lets the text through
            assertEquals(true, !matches || may, text);
            if (!may) {
                assertEquals(false, matches, text);
            }
        }
        assertEquals(true, NAME_BOX.matcher("1. Name and Addr | ess of Reporting Person*").find());
        assertEquals(false, LabelPattern.mayMatch(NAME_BOX, LabelPattern.compact("2. Issuer Name and Ticker")));
    }

    @Test
    void compactDropsSpacesAndCellEdgesAndFoldsAsciiCase() {
        assertEquals("1.nameandaddress", LabelPattern.compact("1. Name and Addr | ess"));
    }
}
