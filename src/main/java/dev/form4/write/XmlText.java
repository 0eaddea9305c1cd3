package dev.form4.write;

/** Text as XML 1.0 can carry it: OCR output may hold control characters that no XML document may contain. */
final class XmlText {

    private XmlText() {
    }

    /** Drops the characters XML 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE, U+FFFF; lone surrogates). */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (allowed) {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
