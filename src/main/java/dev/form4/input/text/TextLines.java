package dev.form4.input.text;

import java.util.ArrayList;
import java.util.List;

/** The lines of a plain text, tabs expanded to the next multiple of 8 (as terminals and pdftotext align them). */
final class TextLines {

    private TextLines() {
    }

    static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(expandTabs(text.substring(start, end)));
                start = i + 1;
            }
        }
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty() && text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder sb = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                do {
                    sb.append(' ');
                } while (sb.length() % 8 != 0);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A rule line drawn with characters: only '_', '-', '=', '|', '+' and spaces, with a run of at least 3. */
    static boolean isRule(String line) {
        int run = 0;
        int longest = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '_' || c == '-' || c == '=') {
                longest = Math.max(longest, ++run);
            } else if (c == '|' || c == '+' || c == ' ') {
                run = 0;
            } else {
                return false;
            }
        }
        return longest >= 3;
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*>");

    /** SGML markup of EDGAR's ASCII filings standing alone on a line ("<S>  <C>", "<TABLE>", "</TEXT>"). */
    static boolean isMarkupOnly(String line) {
        String s = line.trim();
        if (s.isEmpty() || s.charAt(0) != '<') {
            return false;
        }
        return TAG.matcher(s).replaceAll("").isBlank();
    }
}
