package dev.form4.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.form4.Form4Extractor;
import dev.form4.parse.ParsedDocument;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class TreeSvgWriterTest {

    private static ParsedDocument seed;

    @BeforeAll
    static void parseSeed() throws Exception {
        Path file = Path.of("testdata/seed/qualys-courtot-2019-11-07.md");
        seed = new Form4Extractor().parse(file.toString(), Files.readString(file));
    }

    private static Document svg(TreeSvgWriter writer) throws Exception {
        String svg = writer.write(seed.tree(), seed.parser());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        return doc;
    }

    private static Set<String> texts(Document doc) {
        Set<String> texts = new HashSet<>();
        NodeList nodes = doc.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static void ruleNames(ParseTree tree, Set<String> names) {
        if (tree instanceof RuleContext rule) {
            names.add(seed.parser().getRuleNames()[rule.getRuleIndex()]);
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            ruleNames(tree.getChild(i), names);
        }
    }

    private static int size(ParseTree tree) {
        int n = 1;
        for (int i = 0; i < tree.getChildCount(); i++) {
            n += size(tree.getChild(i));
        }
        return n;
    }

    @Test
    void fullDrawingHasEveryNodeAndEveryRuleName() throws Exception {
        Document doc = svg(new TreeSvgWriter(0, 0, true));
        assertEquals(size(seed.tree()), doc.getElementsByTagName("g").getLength(), "one box per node");
        Set<String> rules = new TreeSet<>();
        ruleNames(seed.tree(), rules);
        assertTrue(rules.size() > 15, rules.toString());
        Set<String> texts = texts(doc);
        for (String rule : rules) {
            assertTrue(texts.contains(rule), "rule " + rule + " drawn");
        }
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("OWNER_CAPTION 1. Name")), "token type and text kept: " + texts);
    }

    @Test
    void longRunsCollapseAndDepthIsLimited() throws Exception {
        int all = size(seed.tree());
        Document collapsed = svg(TreeSvgWriter.DEFAULT);
        int drawn = collapsed.getElementsByTagName("g").getLength();
        assertTrue(drawn < all / 2, drawn + " of " + all + " nodes drawn");
        assertTrue(texts(collapsed).stream().anyMatch(t -> t.matches("… \\d+ more \\w+")), "runs counted");
        assertTrue(texts(collapsed).contains("document"));

        Document shallow = svg(new TreeSvgWriter(3, 6, false));
        Set<String> levels = new HashSet<>();
        NodeList rects = shallow.getElementsByTagName("rect");
        for (int i = 1; i < rects.getLength(); i++) { // the first rect is the background
            levels.add(rects.item(i).getAttributes().getNamedItem("y").getNodeValue());
        }
        assertEquals(4, levels.size(), "three levels of rules and one of folded nodes");
        assertTrue(texts(shallow).stream().anyMatch(t -> t.matches("… \\d+ nodes? below")));
    }
}
