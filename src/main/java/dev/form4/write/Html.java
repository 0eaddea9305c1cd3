package dev.form4.write;

/**
 * HTML escaping for text and attribute values: OCR text is untrusted and must never become markup; control
 * characters are shown as their visible symbols.
 */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                // A raw control character would reach the reader's terminal or be hidden by the browser:
                // shown as its visible symbol (ESC as U+241B) so the page says what the text holds.
                default -> out.append(ControlChars.isControl(c) ? ControlChars.picture(c) : c);
            }
        }
        return out.toString();
    }

    /** A fragment id made only of safe characters, so it is the same in href="#..." and id="...". */
    static String anchor(String prefix, String name) {
        return prefix + (name == null ? "" : name.replaceAll("[^A-Za-z0-9_-]", "_"));
    }
}
