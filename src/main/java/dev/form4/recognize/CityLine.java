package dev.form4.recognize;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Box 1's city line, "CITY REGION POSTAL", as a line of text: what a city, a state or country code and a postal
 * code look like, whatever the country, and a US city line that other boxes' words follow on a line without
 * columns (OCR).
 */
final class CityLine {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The city line: "CITY REGION POSTAL", whatever the country. The region is EDGAR's state or country code (two
     * letters: a US state; a letter and a digit: a Canadian province as A0..B0, a country as X0 for the United
     * Kingdom, M0 for Japan; a digit and a letter: 2M for Germany); the postal code a US ZIP (+4) or any code of letter and digit groups ("V5Y 0A1",
     * "W1K 3JP", "105-7537", "L-2453"), each group with a digit, so "FRANKFURT AM MAIN 2M 60311" keeps its city whole.
     * After a country's code (one with a digit) the code may also be two groups, one of two or three letters ("HM 11"
     * in Bermuda, "1082 MS" in the Netherlands); never after a US state, whose ZIP is digits: "PITTSBUR GH PA 15222"
     * (a word cut by damage) is Pittsburgh, PA. Groups: city, then state and postal code (2, 3) or country and
     * postal code (4, 5).
     */
    private static final String DIGIT_GROUPS = "\\d{5}(?:-\\d{4})?|(?:[A-Z]-)?(?=[A-Z]*\\d)[A-Z0-9]{1,7}(?:[ -](?=[A-Z]*\\d)[A-Z0-9]{1,5}){0,2}";
    private static final Pattern CITY_STATE_ZIP = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9 .'\\-]*?)[.,]?\\s+(?:([A-Z]{2})\\s+("
            + DIGIT_GROUPS + ")|([A-Z][0-9]|[0-9][A-Z])\\s+(" + DIGIT_GROUPS
            + "|[A-Z]{2,3} (?=[A-Z]*\\d)[A-Z0-9]{1,5}|(?=[A-Z]*\\d)[A-Z0-9]{1,7} [A-Z]{2,3}))\\s*$");
    /** A country without postal codes (Hong Kong, K3): the city and its code alone, a code of a letter and a digit. */
    private static final Pattern CITY_REGION = Pattern.compile("^\\s*([A-Za-z][A-Za-z .'\\-]*?)[.,]?\\s+([A-Z][0-9]|[0-9][A-Z])\\s*$");

    /**
     * A US city line opening a line without columns, other boxes' words after it as OCR puts them on the same line
     * ("MENLO PARK CA 94025 Form f¥ed by More thart One Reporting", "WOOD DALE. IL 60191 Secretary"): box 1 is the
     * form's leftmost column, so what opens the line is its city, state and ZIP. Taken only with a US state's
     * code (every owner of the 323 corpus filings that gives a state gives one of them) and a whole ZIP (+4)
     * followed by a space and a word, not a digit: a ZIP cut short or running on is no ZIP.
     */
    private static final Pattern US_CITY_LINE_OPENING = Pattern.compile(
            "^\\s*(\\S.*?)[.,]?\\s+([A-Z]{2})\\s+(\\d{5}(?:-\\d{4})?)(\\s+(?![\\d-])\\S.*)$");
    private static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT",
            "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS",
            "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
            "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP");
    /**
     * A word of a city as EDGAR keeps it: capitals (all 345 cities of the corpus filings' owners are written in
     * capitals), with an inner or closing stop, apostrophe or hyphen ("ST. LOUIS", "O'FALLON", "WINSTON-SALEM").
     */
    private static final Pattern CITY_WORD = Pattern.compile("[A-Z]+(?:['.\\-][A-Z]+)*\\.?");
    /** A word of capitals after the ZIP: the city's own next line, perhaps ("CHESTNUT" / "MA 02467" / "HILL"). */
    private static final Pattern CAPITALS_WORD = Pattern.compile("\\b[A-Z]{3,}\\b");

    /**
     * A whole city line, or else a US city line with other boxes' words after it (lines without columns). There
     * the city is the run of capital words right before the state, so debris of box 6 before it ("ree PASADENA")
     * is no part of it; and no capital word may follow the ZIP, where it could be the city's cut-off end.
     */
    static Optional<String[]> opening(String text) {
        Optional<String[]> whole = read(text);
        if (whole.isPresent()) {
            return whole;
        }
        Matcher m = US_CITY_LINE_OPENING.matcher(text);
        if (!m.matches() || !US_STATES.contains(m.group(2)) || CAPITALS_WORD.matcher(m.group(4)).find()) {
            return Optional.empty();
        }
        String[] words = SPACES.split(m.group(1).trim());
        int first = words.length;
        while (first > 0 && CITY_WORD.matcher(words[first - 1]).matches()) {
            first--;
        }
        return first == words.length ? Optional.empty() : Optional.of(new String[] {
                String.join(" ", Arrays.asList(words).subList(first, words.length)), m.group(2), m.group(3)});
    }

    /** A city line's city, region and postal code (null where none is printed), or empty. */
    static Optional<String[]> read(String text) {
        Matcher m = CITY_STATE_ZIP.matcher(text);
        if (m.matches()) {
            boolean state = m.group(2) != null;
            return Optional.of(new String[] {m.group(1).trim(), m.group(state ? 2 : 4), m.group(state ? 3 : 5)});
        }
        m = CITY_REGION.matcher(text);
        return m.matches() ? Optional.of(new String[] {m.group(1).trim(), m.group(2), null}) : Optional.empty();
    }

    private CityLine() {
    }
}
