package dev.form4.recognize;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A caption cut at cell edges still matches; reading a compacted text finds the matches find does, only sooner
 * (the caption's letters looked for first, the regex tried only where they begin).
 */
class LabelPatternTest {

    private static final Pattern NAME_BOX = LabelPattern.of("1. Name and Address of Reporting Person*");
    private static final Pattern NAME_WITH_SUFFIX = LabelPattern.of("Name and Address", "\\s*of");
    private static final Pattern DIRECTOR = LabelPattern.leading("Director", 0);

    @Test
    void aCompactedTextGivesFindsMatchesOnCutRepeatedAndOtherCaptions() {
        for (String text : List.of("1. Name and Addr | ess of Reporting Person* | 2. Issuer Name",
                "1. NAME AND ADDRESS OF REPORTING | | PERSON*", "1. Name and Address of Reporting Persons",
                "2. Issuer Name and Ticker or Trading Symbol", "1. Name and Addr", "",
                "1. Name and Address of Reporting Person* | 1. Name and Address of Reporting Person*",
                "Name and Address of | Name and Address  of", "X Director | 10% Owner | Co-Director | Director",
                "Dir | ector", "XDirector Director", "director Director\n")) {
            for (Pattern pattern : List.of(NAME_BOX, NAME_WITH_SUFFIX, DIRECTOR)) {
                List<List<Integer>> found = new ArrayList<>();
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    found.add(List.of(m.start(), m.end()));
                }
                List<List<Integer>> read = new ArrayList<>();
                new LabelPattern.Compacted(text).eachMatch(pattern, (start, end) -> read.add(List.of(start, end)));
                assertEquals(found, read, pattern + " in " + text);
                assertEquals(found.isEmpty() ? -1 : found.get(0).get(0), new LabelPattern.Compacted(text).firstMatch(pattern));
            }
        }
        assertEquals(0, new LabelPattern.Compacted("1. Name and Addr | ess of Reporting Person*").firstMatch(NAME_BOX));
        assertEquals(3, new LabelPattern.Compacted("Co-Director").firstMatch(DIRECTOR)); // a word boundary after '-'
        assertEquals(-1, new LabelPattern.Compacted("XDirector").firstMatch(DIRECTOR)); // none inside a word
    }

    @Test
    void compactDropsSpacesAndCellEdgesAndFoldsAsciiCase() {
        assertEquals("1.nameandaddress", LabelPattern.compact("1. Name and Addr | ess"));
    }
}
