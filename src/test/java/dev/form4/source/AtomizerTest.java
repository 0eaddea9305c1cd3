package dev.form4.source;

import dev.form4.input.markdown.MarkdownFrontEnd;
import dev.form4.input.text.OcrTextFrontEnd;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Atoms of table rows as Marker and OCR write them, with the titles and natures filers write. */
class AtomizerTest {

    private static List<Atom> markerRow(String row) {
        List<SourceRow> rows = MarkdownFrontEnd.MARKER.rows("x", row + "\n", new ReadBudget("x", ParseLimits.DEFAULT));
        assertEquals(1, rows.size());
        return Atomizer.atoms(rows.get(0));
    }

    private static List<String> texts(List<Atom> atoms) {
        return atoms.stream().map(Atom::toString).toList();
    }

    @Test
    void aParValueInsideATitleCellIsPartOfTheTitle() {
        assertEquals(List.of("Class A Common Stock, $0.0001 par value", "05/15/2020", "M", "1,613", "(1)", "A", "$0", "11,561", "D"),
                texts(markerRow("| Class A Common Stock,<br>\\$0.0001 par value | 05/15/2020 | | M | | 1,613 <sup>(1)</sup> | A | \\$0 | 11,561 | D |")));
        assertEquals("Common Stock, par value $0.0001 per share",
                markerRow("| Common Stock, par value \\$0.0001 per share | 1,000 | D |").get(0).text());
        assertEquals("Common Stock ($0.01 par value)", markerRow("| Common Stock (\\$0.01 par value) | 1,000 | D |").get(0).text());
        // "\$" and ".01" are two tokens: the price's number follows its sign, touching
        assertEquals("Common Stock, $.01 par value", markerRow("| Common Stock, \\$.01 par value | 1,000 | D |").get(0).text());
        assertEquals("Stock Option (right to buy), $0.01 par",
                markerRow("| Stock Option (right to buy), \\$0.01 par | <sup>(1)</sup> | 09/22/2020 |").get(0).text());
    }

    @Test
    void aTitleCellSplitBeforeItsParValueKeepsTheParValueAsText() {
        // a variant of YELP 000120919113029698 at damage level 2: the title's cell split in two
        assertEquals(List.of("Class A Common Stock,", "$0.0001 par value", "05/28/2013", "C", "(1)"),
                texts(markerRow("| Class A Common Stock, | \\$0.0001 par value | 05/28/2013 | C <sup>(1)</sup> |")));
        assertEquals(List.of("Stock Option", "$.01 par value"), texts(markerRow("| Stock Option | \\$.01 par value |")));
        // a price with a capitalised word after it (cells merged) stays a price: only a title goes on in lowercase
        assertEquals(List.of("Stock Option", "$10.50", "Immediately"), texts(markerRow("| Stock Option | \\$10.50 Immediately |")));
    }

    @Test
    void numbersAndDatesInsideANatureCellArePartOfTheNature() {
        List<Atom> atoms = markerRow("| Class A Common Stock | 77 | I | By The<br>Tanaka<br>Family Trust<br>dated<br>January 15,<br>2004, of<br>which the<br>"
                + "Reporting<br>Person is a<br>trustee <sup>(2)</sup> |");
        assertEquals(List.of("Class A Common Stock", "77", "I",
                "By The Tanaka Family Trust dated January 15, 2004, of which the Reporting Person is a trustee", "(2)"), texts(atoms));
        assertEquals("By Grantor Retained Annuity Trust No. 3 (GRAT), 50% owned",
                markerRow("| Common Stock | 77 | I | By Grantor Retained Annuity Trust No. 3 (GRAT), 50% owned |").get(3).text());
    }

    @Test
    void aDateOrPriceEndingATextCellMayEndTheText() {
        List<Atom> title = markerRow("| Ordinary Shares, par<br>value \\$0.001 | 12/08/2025 | M |");
        assertEquals(List.of("Ordinary Shares, par value", "$0.001", "12/08/2025", "M"), texts(title));
        assertTrue(title.get(1).endsText());
        assertFalse(title.get(2).endsText()); // a date alone in its cell is a date
        List<Atom> nature = markerRow("| Common Stock | 24,221 | I | Through<br>401(k) Plan,<br>as of<br>12/31/2023 |");
        assertEquals(List.of("Common Stock", "24,221", "I", "Through 401(k) Plan, as of", "12/31/2023"), texts(nature));
        assertTrue(nature.get(4).endsText());
    }

    @Test
    void looseLinesHoldOneValueEach() {
        // a Table II row fallen out of its table (a variant of MSFT 000162643120000036 at damage level 2)
        List<SourceCell> lines = new java.util.ArrayList<>();
        for (String line : List.of("Common Stock, nominal value \\$0.0001 per share", "444", "Convertible Senior Notes due", "2028",
                "Common Stock, par value \\$0.001", "(1)", "Stock Option (right to", "buy),", "\\$0.01 par")) {
            lines.addAll(MarkdownFrontEnd.MARKER.rows("x", line + "\n", new ReadBudget("x", ParseLimits.DEFAULT)).get(0).cells());
        }
        List<Atom> atoms = Atomizer.atoms(lines);
        assertEquals(List.of("Common Stock, nominal value $0.0001 per share", "444", "Convertible Senior Notes due 2028",
                "Common Stock, par value", "$0.001", "(1)", "Stock Option (right to buy), $0.01 par"), texts(atoms));
        assertTrue(atoms.get(4).endsText());
    }

    @Test
    void aLineOfOcrTextKeepsItsValuesApart() {
        // OCR writes a whole row as one line: words after a value there are the next column's
        List<SourceRow> rows = OcrTextFrontEnd.INSTANCE.rows("x", "Stock Option $10.50 Immediately 05/15/2030\n",
                new ReadBudget("x", ParseLimits.DEFAULT));
        List<Atom> atoms = Atomizer.atoms(rows.get(0));
        assertEquals(List.of("Stock Option", "$10.50", "Immediately", "05/15/2030"), texts(atoms));
        assertFalse(atoms.get(3).endsText());
    }
}
