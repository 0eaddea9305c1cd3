package dev.form4.input.text;

import dev.form4.input.text.TextBlocksFrontEnd.Block;

import dev.form4.source.VisibleText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The header's boxes as a careful reader of text blocks finds them. The tool sorts the boxes' captions and values
 * into an order of its own (box 1's name, box 5's check marks, box 2's issuer and box 1's street lines in turns), so
 * the values are placed by what they are, as the form prints them: box 2's issuer is the one value with its ticker
 * in brackets; box 1's name is the line its "(Last)" or "(First)" caption was read with (wherever the tool put them),
 * else the first line of no other kind after box 1's caption; its city, state and ZIP code are a line, a two-letter
 * state and a ZIP code read one after the other (or "MENLO PARK CA" and the code); its street lines are the other lines of box 1's kind read before the city, "C/O" first. Each
 * goes under its caption, in the order MuPDF's text has them, and so does box 3's date where the header has one
 * date only; a value of no such kind stays where it was read.
 */
final class HeaderBlocks {

    private static final Pattern NAME_BOX = Pattern.compile("^1\\. Name and Address");
    private static final Pattern ISSUER_BOX = Pattern.compile("^2\\. Issuer Name");
    private static final Pattern DATE_BOX = Pattern.compile("^3\\. Date of Earliest Transaction");
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

    /**
     * The header's blocks as lines (a block may hold a value and a caption: "Hoffman Reid" / "(Last)"), box 1's and
     * box 2's values moved under their captions. The lines of a block that opens with the form's printed words
     * ("Check this box if no longer subject" / "to Section 16. Form 4 or Form 5" / ...) are all the form's words.
     */
    static List<Block> boxesInOrder(List<Block> blocks, List<String> text) {
        List<Block> lines = new ArrayList<>();
        Set<Block> printed = new HashSet<>();
        for (Block block : blocks) {
            // a numbered caption's block may go on with a value; the others' lines are the form's words throughout
            String first = VisibleText.collapseSpaces(text.get(block.lines().get(0))).strip();
            boolean printedBlock = PRINTED.matcher(first).find() && !first.matches("^\\d\\. .*");
            for (int i : block.lines()) {
                Block line = new Block(List.of(i), VisibleText.collapseSpaces(text.get(i)).strip());
                lines.add(line);
                if (printedBlock) {
                    printed.add(line);
                }
            }
        }
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
            if (i + 1 < lines.size() && NAME_CAPTION.matcher(lines.get(i + 1).text()).matches() && isValue(lines.get(i), issuer, printed)
                    && lines.get(i + 1).lines().get(0) == lines.get(i).lines().get(0) + 1) {
                name = lines.get(i); // read in one block with its caption
            }
        }
        for (int i = nameBox + 1; i < lines.size() && name == null; i++) {
            if (isValue(lines.get(i), issuer, printed)) {
                name = lines.get(i);
            }
        }
        if (name == null) {
            return lines;
        }
        List<Block> values = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) != name && (isValue(lines.get(i), issuer, printed) || STATE.matcher(lines.get(i).text()).matches()
                    || ZIP.matcher(lines.get(i).text()).matches())) {
                values.add(lines.get(i));
            }
        }
        int city = -1; // in values: the city's line, then the state's (unless on the city's line), then the ZIP code's
        int zip = -1;
        for (int i = 1; i + 1 < values.size() && city < 0; i++) {
            if (STATE.matcher(values.get(i).text()).matches() && ZIP.matcher(values.get(i + 1).text()).matches()
                    && isValue(values.get(i - 1), issuer, printed) && !STREET.matcher(values.get(i - 1).text()).find()) {
                city = i - 1;
                zip = i + 1;
            }
        }
        for (int i = 1; i < values.size() && city < 0; i++) {
            // "MENLO PARK CA" / "94025": the city and state read as one line
            if (ZIP.matcher(values.get(i).text()).matches() && CITY_STATE.matcher(values.get(i - 1).text()).matches()
                    && isValue(values.get(i - 1), issuer, printed)) {
                city = i - 1;
                zip = i;
            }
        }
        // a city of two lines ("SAN" / "FRANCISCO") is one block: its lines go together
        while (city > 0 && values.get(city - 1).lines().get(0) == values.get(city).lines().get(0) - 1
                && isValue(values.get(city - 1), issuer, printed) && !STREET.matcher(values.get(city - 1).text()).find()) {
            city--;
        }
        List<Block> streets = new ArrayList<>();
        if (city >= 0) {
            for (Block value : values.subList(0, city)) {
                if (STREET.matcher(value.text()).find() && isValue(value, issuer, printed)) {
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
        // box 3's date: the header's one date (box 4's, an amendment's, is most often empty), read under its caption
        List<Block> dates = out.stream().filter(l -> DATE.matcher(l.text()).matches()).toList();
        if (dates.size() == 1 && indexOf(out, DATE_BOX) >= 0) {
            out.remove(dates.get(0));
            out.add(indexOf(out, DATE_BOX) + 1, dates.get(0));
        }
        if (issuer != null) {
            int issuerBox = indexOf(out, ISSUER_BOX);
            if (issuerBox >= 0) {
                out.remove(issuer);
                out.add(indexOf(out, ISSUER_BOX) + 1, issuer);
            }
        }
        return out;
    }

    private static boolean isValue(Block line, Block issuer, Set<Block> printed) {
        String text = line.text();
        return line != issuer && !printed.contains(line) && !PRINTED.matcher(text).find() && !DATE.matcher(text).matches()
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
