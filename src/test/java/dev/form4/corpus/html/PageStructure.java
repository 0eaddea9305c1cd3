package dev.form4.corpus.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * What two renderings of a Form 4 page must share, read with jsoup: every table in document order (nested
 * ones too) with its rows and cells (tag, class, rowspan, colspan, the classes of the elements inside, the
 * whitespace-normalised text), and the text of the body in reading order. Attribute order, whitespace,
 * {@code <tbody>} written or implied, and link targets do not count.
 */
record PageStructure(List<String> cells, String text) {

    static PageStructure of(String html) {
        Document doc = Jsoup.parse(html);
        List<String> cells = new ArrayList<>();
        int tableIndex = 0;
        for (Element table : doc.select("table")) {
            int rowIndex = 0;
            for (Element row : table.select("tr")) {
                if (row.closest("table") != table) {
                    continue;
                }
                int cellIndex = 0;
                for (Element cell : row.children()) {
                    cells.add("table " + tableIndex + " row " + rowIndex + " cell " + cellIndex++ + ": " + describe(cell));
                }
                rowIndex++;
            }
            tableIndex++;
        }
        return new PageStructure(cells, normalise(doc.body().text()));
    }

    private static String describe(Element cell) {
        StringBuilder d = new StringBuilder(cell.tagName());
        for (String attribute : List.of("class", "rowspan", "colspan")) {
            if (cell.hasAttr(attribute)) {
                d.append(' ').append(attribute).append('=').append(cell.attr(attribute));
            }
        }
        d.append(" [");
        cell.getAllElements().stream().skip(1).filter(e -> !e.tagName().equals("tbody"))
                .forEach(e -> d.append(e.tagName()).append(e.className().isEmpty() ? "" : "." + e.className()).append(' '));
        return d.append("] \"").append(normalise(cell.text())).append('"').toString();
    }

    /** jsoup already collapses whitespace; a no-break space counts as a space too. */
    static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** The first cells that differ, at most {@code limit}, as "expected / actual" pairs; empty when the same. */
    List<String> differences(PageStructure actual, int limit) {
        List<String> out = new ArrayList<>();
        int n = Math.max(cells.size(), actual.cells.size());
        for (int i = 0; i < n && out.size() < limit; i++) {
            String e = i < cells.size() ? cells.get(i) : "(none)";
            String a = i < actual.cells.size() ? actual.cells.get(i) : "(none)";
            if (!e.equals(a)) {
                out.add("expected " + e + "\n  actual " + a);
            }
        }
        return out;
    }
}
