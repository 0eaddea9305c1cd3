package dev.form4.corpus.html;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the SEC's page prints values: numbers with thousands separators and exactly the decimals the filer gave
 * ({@code 2598.325} -> {@code 2,598.325}, {@code 0.00} stays {@code 0.00}), dates MM/DD/YYYY, footnote
 * references as one {@code <sup>(N)</sup>} span per footnote, and text HTML-escaped.
 */
final class SecPrint {

    private static final Pattern DECIMAL = Pattern.compile("(-?)(\\d+)(\\.\\d*)?");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern SEC_FOOTNOTE_ID = Pattern.compile("F(\\d+)");

    /**
     * The blank the SEC's XSL leaves in a date cell whose value is only a footnote; kept byte for byte because
     * it is what converters see.
     */
    static final String BLANK_VALUE = "\n                \n            ";

    private SecPrint() {
    }

    static String number(String raw) {
        String trimmed = raw.strip();
        Matcher m = DECIMAL.matcher(trimmed);
        if (!m.matches()) {
            return escape(trimmed);
        }
        String whole = m.group(2);
        StringBuilder grouped = new StringBuilder(m.group(1));
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return grouped.append(m.group(3) == null ? "" : m.group(3)).toString();
    }

    static String date(String raw) {
        Matcher m = ISO_DATE.matcher(raw.strip());
        return m.matches() ? m.group(2) + "/" + m.group(3) + "/" + m.group(1) : escape(raw.strip());
    }

    /** "F12" prints as "12"; an id of another shape prints as it is. */
    static String footnoteNumber(String id) {
        Matcher m = SEC_FOOTNOTE_ID.matcher(id);
        return escape(m.matches() ? m.group(1) : id);
    }

    static String marks(List<String> ids) {
        StringBuilder out = new StringBuilder();
        ids.forEach(id -> out.append("<span class=\"FootnoteData\"><sup>(").append(footnoteNumber(id)).append(")</sup></span>"));
        return out.toString();
    }

    static String span(String cssClass, String html) {
        return "<span class=\"" + cssClass + "\">" + html + "</span>";
    }

    /** Text and attribute values; the attributes printed here never hold a quote. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
