package dev.form4.input.text;

import dev.form4.input.text.TextBlocksFrontEnd.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The header's boxes as a careful reader of text blocks finds them. The tool sorts the boxes' captions and values
 * into an order of its own (box 1's name, box 5's check marks, box 2's issuer and box 1's street lines in turns), so
 * the values are placed by what they are, as the form prints them: box 2's issuer is the one value with its ticker
 * in brackets; box 1's name is the line its "(Last)" or "(First)" caption was read with (wherever the tool put them),
 * else the first line of no other kind after box 1's caption; its city, state and ZIP code are a line, a two-letter
 * state and a ZIP code read one after the other (or "MENLO PARK CA" and the code); its street lines are the other lines of box 1's kind read before the city, "C/O" first. Each
 * goes under its caption, in the order MuPDF's text has them; a value of no such kind stays where it was read.
 */
final class HeaderBlocks {

    private static final Pattern NAME_BOX = Pattern.compile("^1\\. Name and Address");
    private static final Pattern ISSUER_BOX = Pattern.compile("^2\\. Issuer Name");
    private static final Pattern ISSUER = Pattern.compile("\\[\\s*[A-Za-z0-9.\\-]{1,10}\\s*\\]$");
    private static final Pattern NAME_CAPTION = Pattern.compile("^\\((Last|First|Middle)\\)$");
    private static final Pattern PLACE_CAPTION = Pattern.compile("^\\((Street|City|State|Zip)\\)$");
    private static final Pattern STATE = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern CITY_STATE = Pattern.compile("^[A-Z][A-Za-z .'-]* [A-Z]{2}$");
    private static final Pattern ZIP = Pattern.compile("^\\d{5}(-\\d{4})?$");
    /** A street line: a house number, a c/o line, a suite or box. */
    private static final Pattern STREET = Pattern.compile("\\d|^C/O\\b|\\bSUITE\\b|\\bBOX\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile("^\\d{1,2}/\\d{1,2}/\\d{4}$");
    /**
     * The printed form's own words in the header: box captions, front matter, check-box labels, the OMB panel. A
     * line of none of these, no check mark and no date is a value of some box.
     */
    private static final Pattern PRINTED = Pattern.compile("^(\\d\\. |\\(|SEC Form 4|FORM 4|UNITED STATES|Washington, D\\.C\\.|"
            + "STATEMENT OF CHANGES|OMB |Estimated average|hours per response|Filed pursuant|or Section 30|Check this box|"
            + "Section 16\\.|obligations may|Instruction|transaction was made|contract, instruction|the purchase or sale|"
            + "for the purchase|securities of the issuer|intended to satisfy|to satisfy the|defense conditions|conditions of Rule|"
            + "Director$|10% Owner$|Officer \\(give|Other \\(specify|below\\)|Form filed by|Person$|Line\\)|X$|\\d{4}-\\d{4}$|0\\.5$)");

    private HeaderBlocks() {
    }

    static List<Block> boxesInOrder(List<Block> lines) {
        int nameBox = indexOf(lines, NAME_BOX);
        if (nameBox < 0) {
            return lines;
        }
        List<Block> out = new ArrayList<>(lines);
        Block issuer = null;
        for (Block line : lines) {
            if (ISSUER.matcher(line.text()).find()) {
                issuer = issuer == null ? line : issuer;
            }
        }
        // box 1's values
        Block name = null;
        for (int i = 0; i < lines.size() && name == null; i++) {
            if (i + 1 < lines.size() && NAME_CAPTION.matcher(lines.get(i + 1).text()).matches() && isValue(lines.get(i), issuer)
                    && lines.get(i + 1).lines().get(0) == lines.get(i).lines().get(0) + 1) {
                name = lines.get(i); // read in one block with its caption
            }
        }
        for (int i = nameBox + 1; i < lines.size() && name == null; i++) {
            if (isValue(lines.get(i), issuer)) {
                name = lines.get(i);
            }
        }
        if (name == null) {
            return lines;
        }
        List<Block> values = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) != name && (isValue(lines.get(i), issuer) || STATE.matcher(lines.get(i).text()).matches()
                    || ZIP.matcher(lines.get(i).text()).matches())) {
                values.add(lines.get(i));
            }
        }
        int city = -1; // in values: the city's line, then the state's (unless on the city's line), then the ZIP code's
        int zip = -1;
        for (int i = 1; i + 1 < values.size() && city < 0; i++) {
            if (STATE.matcher(values.get(i).text()).matches() && ZIP.matcher(values.get(i + 1).text()).matches()
                    && isValue(values.get(i - 1), issuer) && !STREET.matcher(values.get(i - 1).text()).find()) {
                city = i - 1;
                zip = i + 1;
            }
        }
        for (int i = 1; i < values.size() && city < 0; i++) {
            // "MENLO PARK CA" / "94025": the city and state read as one line
            if (ZIP.matcher(values.get(i).text()).matches() && CITY_STATE.matcher(values.get(i - 1).text()).matches()
                    && isValue(values.get(i - 1), issuer)) {
                city = i - 1;
                zip = i;
            }
        }
        List<Block> streets = new ArrayList<>();
        if (city >= 0) {
            for (Block value : values.subList(0, city)) {
                if (STREET.matcher(value.text()).find() && isValue(value, issuer)) {
                    streets.add(value);
                }
            }
            streets.sort((a, b) -> Boolean.compare(!a.text().toUpperCase().startsWith("C/O"), !b.text().toUpperCase().startsWith("C/O")));
        }
        List<Block> box = new ArrayList<>(List.of(lines.get(nameBox), name));
        List<Block> captions = lines.stream().filter(l -> NAME_CAPTION.matcher(l.text()).matches()).toList();
        box.addAll(captions);
        box.addAll(streets);
        List<Block> places = lines.stream().filter(l -> PLACE_CAPTION.matcher(l.text()).matches()).toList();
        places.stream().filter(l -> l.text().equals("(Street)")).forEach(box::add);
        if (city >= 0) {
            box.addAll(values.subList(city, zip + 1));
        }
        places.stream().filter(l -> !l.text().equals("(Street)")).forEach(box::add);
        out.removeAll(box);
        out.addAll(Math.min(nameBox, out.size()), box);
        if (issuer != null) {
            int issuerBox = indexOf(out, ISSUER_BOX);
            if (issuerBox >= 0) {
                out.remove(issuer);
                out.add(indexOf(out, ISSUER_BOX) + 1, issuer);
            }
        }
        return out;
    }

    private static boolean isValue(Block line, Block issuer) {
        String text = line.text();
        return line != issuer && !PRINTED.matcher(text).find() && !DATE.matcher(text).matches()
                && !STATE.matcher(text).matches() && !ZIP.matcher(text).matches();
    }

    private static int indexOf(List<Block> lines, Pattern pattern) {
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i).text()).find()) {
                return i;
            }
        }
        return -1;
    }
}
