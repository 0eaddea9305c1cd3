package dev.form4.corpus.variation;

import org.w3c.dom.Element;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Security titles as many issuers write them: with a par value, a dollar sign, commas, parentheses and a
 * percentage ({@code Class A Common Stock, $0.0001 par value}, {@code Common Stock, par value $0.0001 per
 * share}, {@code 7.25% Series A Cumulative Preferred Stock ($25 liq. pref.)}). The same title gets the same new
 * title everywhere in the filing, Table I and Table II's underlying securities alike, as a filer writes it.
 * Titles stay within the schema's 60 characters.
 */
final class SecurityTitleVariation implements FilingVariation {

    static final int MAX_TITLE = 60;

    /** Forms of "{title} with its par value"; %s is the filing's own title. */
    static final List<String> DECORATIONS = List.of(
            "%s, $0.0001 par value", "%s, par value $0.0001 per share", "%s ($0.01 par value)", "%s, no par value",
            "%s, $.01 par value", "%s, par value $0.001", "%s, nominal value $0.0001 per share");

    /** Whole titles of classes the corpus lacks, for the securities of Table I. */
    static final List<String> EQUITY_TITLES = List.of(
            "7.25% Series A Cumulative Preferred Stock ($25 liq. pref.)",
            "Series B Convertible Preferred Stock, $0.001 par value",
            "Ordinary Shares, nominal value $0.0001 per share",
            "American Depositary Shares (each = 2 Ordinary Shares)",
            "Class A Common Stock, $0.0001 par value",
            "Common Shares, no par value",
            "Common Stock, par value $0.0001 per share");

    /** Derivative titles with a price or a percentage in them. */
    static final List<String> DERIVATIVE_TITLES = List.of(
            "Warrants (exercisable at $11.50 per share)", "Stock Option (right to buy), $0.01 par",
            "5.25% Convertible Senior Notes due 2028", "Series A Preferred Warrants ($1.00 strike)");

    @Override
    public boolean apply(OwnershipDom doc, Random random) {
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Element title : titles(doc)) {
            String old = OwnershipDom.text(title);
            String derivativeRow = ((Element) title.getParentNode().getParentNode()).getTagName();
            boolean derivative = derivativeRow.startsWith("derivative");
            String now = renamed.computeIfAbsent(old, t -> newTitle(t, derivative, random));
            title.setTextContent(now);
        }
        return renamed.entrySet().stream().anyMatch(e -> !e.getKey().equals(e.getValue()));
    }

    @Override
    public String feature() {
        return "par-value-title";
    }

    /** The value elements of every security title and underlying security title, in document order. */
    static List<Element> titles(OwnershipDom doc) {
        List<Element> values = new java.util.ArrayList<>();
        for (String name : List.of("securityTitle", "underlyingSecurityTitle")) {
            for (Element title : doc.all(name)) {
                Element value = OwnershipDom.child(title, "value");
                if (value != null && !OwnershipDom.text(value).isEmpty()) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    private static String newTitle(String old, boolean derivative, Random random) {
        int choice = random.nextInt(10);
        String title;
        if (choice < 2) {
            List<String> whole = derivative ? DERIVATIVE_TITLES : EQUITY_TITLES;
            title = whole.get(random.nextInt(whole.size()));
        } else if (choice < 8 && !derivative) {
            title = String.format(DECORATIONS.get(random.nextInt(DECORATIONS.size())), old);
        } else {
            title = old;
        }
        return title.length() <= MAX_TITLE ? title : old;
    }
}
