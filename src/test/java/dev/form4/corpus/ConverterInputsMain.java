package dev.form4.corpus;

import dev.form4.corpus.html.SecHtmlRenderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Java step of testdata/converters/regenerate.sh: writes testdata/converters/SELECTION.tsv, then for every
 * selected filing the SEC page our renderer makes ({@code OUTDIR/TICKER/NAME.html}) and, for the filings
 * with a real SEC page, a copy of that page ({@code OUTDIR/TICKER/NAME.sec.html}) to convert apart.
 * Usage: {@code ConverterInputsMain OUTDIR}.
 */
public final class ConverterInputsMain {

    private ConverterInputsMain() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        List<ConverterSelection.Selected> selection = ConverterSelection.select(CorpusAccuracy.CORPUS);
        Files.writeString(ConverterSelection.FILE, ConverterSelection.tsv(selection));
        for (ConverterSelection.Selected s : selection) {
            String file = s.shape().file();
            Path html = out.resolve(file.replaceFirst("\\.xml$", ".html"));
            Files.createDirectories(html.getParent());
            Files.writeString(html, SecHtmlRenderer.render(CorpusAccuracy.CORPUS.resolve(file)));
            String realPage = ConverterSelection.REAL_PAGES.get(file);
            if (realPage != null) {
                Files.copy(Path.of("testdata/corpus/edgar-html", realPage + ".rendered.html"),
                        out.resolve(file.replaceFirst("\\.xml$", ".sec.html")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        System.out.println(selection.size() + " filings selected; pages in " + out);
    }
}
