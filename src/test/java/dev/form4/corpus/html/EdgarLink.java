package dev.form4.corpus.html;

import static dev.form4.corpus.html.SecPrint.escape;

/**
 * The SEC's page links the owner's and the issuer's names to their EDGAR company pages, relative to the
 * SEC's site (a page saved by a browser has them absolute; converters keep only the text).
 */
final class EdgarLink {

    private EdgarLink() {
    }

    static String company(String cik, String name) {
        return "<a href=\"/cgi-bin/browse-edgar?action=getcompany&amp;CIK=" + escape(cik.strip()) + "\">"
                + escape(name) + "</a>";
    }
}
