package dev.form4.write;

import dev.form4.Extraction;
import dev.form4.model.Diagnostic;
import java.util.List;

/**
 * The review page: one self-contained HTML file (inline CSS, no script, nothing fetched; a Content Security
 * Policy forbids both) with the source Markdown, line-numbered, beside what was extracted from it. Repaired
 * and unread values are coloured and carry their evidence (a tooltip and a visible note); values link to
 * their source line, footnote references to the footnotes, diagnostics to the lines they are about.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** @param source the Markdown the extraction was made from (shown escaped, never interpreted) */
    public static String render(Extraction extraction, String source) {
        HtmlEvidence evidence = new HtmlEvidence(extraction.diagnostics());
        long repaired = extraction.count(Diagnostic.Kind.REPAIRED);
        long unread = extraction.count(Diagnostic.Kind.UNREADABLE);
        String name = Html.escape(extraction.sourceName());
        StringBuilder html = new StringBuilder(source.length() * 2 + 20_000);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Form 4 review: ").append(name).append("</title><style>").append(HtmlStyle.CSS)
                .append("</style></head><body>\n<header><h1>Form 4 review <span class=\"file\">").append(name)
                .append("</span></h1><p class=\"legend\"><span class=\"chip repaired\">repaired: ").append(repaired)
                .append("</span><span class=\"chip unread\">unread: ").append(unread)
                .append("</span><span class=\"chip\">diagnostics: ").append(extraction.diagnostics().size())
                .append("</span><span class=\"hint\">Hover a coloured value for its evidence; click a value to see its"
                        + " source line.</span></p></header>\n<main>\n<section class=\"pane\" id=\"source\"><h2>Source</h2>");
        sourcePane(html, source);
        html.append("</section>\n<section class=\"pane\" id=\"extracted\">");
        html.append(new HtmlTables(evidence).render(extraction.form()));
        diagnostics(html, extraction.diagnostics(), evidence);
        html.append("</section>\n</main></body></html>\n");
        return html.toString();
    }

    private static void sourcePane(StringBuilder html, String source) {
        html.append("<table class=\"src\">");
        String[] lines = source.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            html.append("<tr id=\"L").append(n).append("\"><td class=\"ln\">").append(n).append("</td><td class=\"code\">")
                    .append(Html.escape(lines[i])).append("</td></tr>\n");
        }
        html.append("</table>");
    }

    private static void diagnostics(StringBuilder html, List<Diagnostic> diagnostics, HtmlEvidence evidence) {
        html.append("<h2>Diagnostics</h2>");
        if (diagnostics.isEmpty()) {
            html.append("<p class=\"empty\">none</p>");
            return;
        }
        html.append("<ol class=\"diagnostics\">");
        for (Diagnostic d : diagnostics) {
            String kind = d.kind().name().toLowerCase();
            html.append("<li id=\"d").append(evidence.number(d)).append("\" class=\"").append(kind).append("\">");
            if (d.position().isKnown()) {
                html.append("<a href=\"#L").append(d.position().line()).append("\">line ").append(d.position().line())
                        .append(':').append(d.position().column()).append("</a> ");
            }
            html.append("<span class=\"kind\">").append(d.severity().name().toLowerCase()).append(' ').append(kind)
                    .append("</span> ");
            if (d.field() != null) {
                html.append("<code>").append(Html.escape(d.field())).append("</code> ");
            }
            html.append(Html.escape(d.message())).append("</li>");
        }
        html.append("</ol>");
    }
}
