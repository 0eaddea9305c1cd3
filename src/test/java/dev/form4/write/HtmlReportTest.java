package dev.form4.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.form4.Extraction;
import dev.form4.Form4Extractor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    static final Path SEED = Path.of("testdata/seed/qualys-courtot-2019-11-07.md");
    private static final String HOSTILE = "<script>alert('x')</script> & <img src=http://evil.example/x.png>";

    @TempDir
    Path tmp;

    private static String page() throws IOException {
        return HtmlReport.render(Form4Fixtures.qualysExtraction(), Files.readString(SEED) + "\n" + HOSTILE);
    }

    @Test
    void escapesEverythingAndFetchesNothing() throws IOException {
        Extraction x = Form4Fixtures.qualysExtraction();
        String html = page();
        assertFalse(html.contains("<script"), "no script, not even from the source text");
        assertFalse(html.contains("<img"), "no markup from the source text");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=http://evil.example/x.png&gt;"));
        assertTrue(html.contains("Remarks &quot;quoted&quot; &amp; &lt;escaped&gt;"));
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no external resource");
        assertTrue(html.contains("default-src 'none'"), "a CSP forbids scripts and fetching");
        assertEquals(x.form().footnotes().size(), count(html, "<dt id=\"F\\d\""));
    }

    @Test
    void linksFootnotesDiagnosticsAndSourceLines() throws IOException {
        String html = page();
        // every internal link has its target
        Matcher links = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        int n = 0;
        while (links.find()) {
            assertTrue(html.contains("id=\"" + links.group(1) + "\""), "target of #" + links.group(1));
            n++;
        }
        assertTrue(n > 10);
        assertTrue(html.contains("<sup><a class=\"fn\" href=\"#F2\">F2</a></sup>"));
        // the repaired value: coloured, evidence in the title and a visible note, linked to its line
        assertTrue(html.contains("<td class=\"repaired num\" title=\"read &#39;5,553,950&#39; and &#39;,956&#39;"), html);
        assertTrue(html.contains("<a class=\"at\" href=\"#L27\">5553956</a>"));
        assertTrue(html.contains("<div class=\"note\"><a href=\"#d1\">repaired</a>: read"));
        // the unread value's diagnostic is listed with its line
        assertTrue(html.contains("<li id=\"d2\" class=\"unreadable\"><a href=\"#L40\">line 40:3</a>"));
        assertTrue(html.contains("<td class=\"unread\" title=\"the deemed execution date cell holds only OCR noise\">unread<div"), html);
        assertEquals(Files.readString(SEED).split("\n", -1).length + 1, count(html, "<tr id=\"L\\d+\">"));
    }

    @Test
    void rendersInHeadlessChromium() throws Exception {
        Optional<Path> chromium = Chromium.find();
        Assumptions.assumeTrue(chromium.isPresent(),
                "chromium not installed: apt-get install -y chromium (.ci/run installs it, so CI runs this test)");
        // The seed through the whole pipeline, as `report` makes it.
        String source = Files.readString(SEED);
        Extraction seed = new Form4Extractor().extract(SEED.toString(), source);
        Path page = Path.of("target/report.html").toAbsolutePath();
        Files.createDirectories(page.getParent());
        Files.writeString(page, HtmlReport.render(seed, source));
        Path png = Path.of("target/report.png").toAbsolutePath();
        Files.deleteIfExists(png);
        Chromium.run(chromium.get(), page, Files.createDirectories(tmp.resolve("profile")),
                "--screenshot=" + png, "--window-size=1600,1200", "--hide-scrollbars");
        assertTrue(Files.size(png) > 20_000, "a screenshot with content, not a blank page");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        assertTrue(distinctColours(image) > 50, "text and highlights drawn");

        String dom = Chromium.run(chromium.get(), page, Files.createDirectories(tmp.resolve("profile2")), "--dump-dom");
        assertTrue(dom.contains("<section class=\"pane\" id=\"source\">"), "source pane rendered");
        assertTrue(dom.contains("<section class=\"pane\" id=\"extracted\">"), "tables pane rendered");
        assertTrue(dom.contains("Table I: non-derivative securities") && dom.contains("Table II: derivative securities"));
        assertTrue(dom.contains("COURTOT PHILIPPE F"));
        assertTrue(dom.contains("<tr id=\"L31\"><td class=\"ln\">31</td>"), "source lines rendered");
        assertTrue(Pattern.compile("<td class=\"repaired num\" title=\"[^\"]*\"><a class=\"at\" href=\"#L\\d+\">5553956</a>")
                .matcher(dom).find(), "the rebuilt balance of row 3 is highlighted as repaired");
        assertFalse(dom.contains("<script"));
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getWidth() * image.getHeight()).filter(i -> i % 7 == 0)
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().count();
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
