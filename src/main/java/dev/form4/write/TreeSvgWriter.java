package dev.form4.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * A parse tree as an SVG picture, for people debugging the grammar. Layered layout: each subtree gets a box
 * as wide as its label or its children side by side, whichever is wider, and a parent sits centred over its
 * children; subtrees never overlap. (ANTLR's TreeViewer draws Swing or PostScript, not SVG.)
 *
 * <p>Large trees stay readable: a run of more than {@code collapseRuns} same-named siblings (table rows,
 * cells, tokens of one type) shows its first two and its last, with one "… N more" node for the rest; a node
 * deeper than {@code maxDepth} is folded into its parent's box with the count of nodes it hides.
 *
 * @param maxDepth deepest level drawn, 0 = no limit
 * @param collapseRuns longest run of same-named siblings drawn in full, 0 = never collapse
 * @param tokens draw the terminal tokens as leaves (otherwise rules only)
 */
public record TreeSvgWriter(int maxDepth, int collapseRuns, boolean tokens) {

    public static final TreeSvgWriter DEFAULT = new TreeSvgWriter(0, 6, true);

    private static final double CHAR_WIDTH = 7.2;
    private static final double PAD = 8;
    private static final double GAP = 10;
    private static final double LEVEL = 56;
    private static final double BOX = 22;
    private static final int MAX_LABEL = 28;

    private enum Kind { RULE, TOKEN, ERROR, FOLDED }

    private static final class Node {
        final String label;
        final Kind kind;
        final List<Node> children = new ArrayList<>();
        double width;
        double x;

        Node(String label, Kind kind) {
            this.label = label;
            this.kind = kind;
        }

        double labelWidth() {
            return label.length() * CHAR_WIDTH + 2 * PAD;
        }
    }

    public String write(ParseTree tree, Parser parser) {
        Node root = build(tree, parser, 1);
        measure(root);
        place(root, GAP, 0);
        int depth = depth(root);
        double width = root.width + 2 * GAP;
        double height = depth * LEVEL + BOX;
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                        + " viewBox=\"0 0 %.0f %.0f\" font-family=\"DejaVu Sans Mono, Menlo, monospace\" font-size=\"12\">%n",
                        width, height, width, height))
                .append("<style>line{stroke:#9aa5b1;stroke-width:1}rect{stroke-width:1}")
                .append(".rule rect{fill:#e8f0fe;stroke:#4c6ef5}.token rect{fill:#f8f9fa;stroke:#adb5bd}")
                .append(".error rect{fill:#ffe3e3;stroke:#e03131}.folded rect{fill:#fff9db;stroke:#f08c00;stroke-dasharray:4 2}")
                .append("text{text-anchor:middle;dominant-baseline:central;fill:#212529}.token text{fill:#495057}</style>\n")
                .append("<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        edges(svg, root, 0);
        nodes(svg, root, 0);
        return svg.append("</svg>\n").toString();
    }

    private Node build(ParseTree tree, Parser parser, int depth) {
        if (tree instanceof ErrorNode error) {
            return new Node(shorten("error: " + error.getText()), Kind.ERROR);
        }
        if (tree instanceof TerminalNode terminal) {
            return new Node(tokenLabel(terminal.getSymbol(), parser.getVocabulary()), Kind.TOKEN);
        }
        RuleContext rule = (RuleContext) tree;
        Node node = new Node(parser.getRuleNames()[rule.getRuleIndex()], Kind.RULE);
        if (maxDepth > 0 && depth >= maxDepth && tree.getChildCount() > 0) {
            node.children.add(new Node("… " + count(tree) + (count(tree) == 1 ? " node" : " nodes") + " below", Kind.FOLDED));
            return node;
        }
        List<Node> children = new ArrayList<>();
        for (int i = 0; i < tree.getChildCount(); i++) {
            ParseTree child = tree.getChild(i);
            if (tokens || !(child instanceof TerminalNode) || child instanceof ErrorNode) {
                children.add(build(child, parser, depth + 1));
            }
        }
        node.children.addAll(collapseRuns(children));
        return node;
    }

    /** Keeps the first two and the last of a long run of same-named siblings, with one node counting the rest. */
    private List<Node> collapseRuns(List<Node> children) {
        if (collapseRuns <= 0) {
            return children;
        }
        List<Node> out = new ArrayList<>();
        int i = 0;
        while (i < children.size()) {
            int end = i;
            while (end + 1 < children.size() && sameName(children.get(end + 1), children.get(i))) {
                end++;
            }
            int run = end - i + 1;
            if (run > collapseRuns) {
                out.add(children.get(i));
                out.add(children.get(i + 1));
                out.add(new Node("… " + (run - 3) + " more " + name(children.get(i)), Kind.FOLDED));
                out.add(children.get(end));
            } else {
                out.addAll(children.subList(i, end + 1));
            }
            i = end + 1;
        }
        return out;
    }

    private static boolean sameName(Node a, Node b) {
        return a.kind == b.kind && name(a).equals(name(b));
    }

    /** A rule's name, or a token's type (its label is "TYPE text"). */
    private static String name(Node node) {
        int space = node.label.indexOf(' ');
        return node.kind == Kind.TOKEN && space > 0 ? node.label.substring(0, space) : node.label;
    }

    private static String tokenLabel(Token token, Vocabulary vocabulary) {
        String type = token.getType() == Token.EOF ? "EOF" : vocabulary.getSymbolicName(token.getType());
        String text = token.getType() == Token.EOF ? "" : token.getText()
                .replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return shorten((type == null ? "?" : type) + (text.isEmpty() ? "" : " " + text));
    }

    private static String shorten(String label) {
        return label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL - 1) + "…" : label;
    }

    private static int count(ParseTree tree) {
        int n = tree.getChildCount();
        for (int i = 0; i < tree.getChildCount(); i++) {
            n += count(tree.getChild(i));
        }
        return n;
    }

    private static double measure(Node node) {
        double children = -GAP;
        for (Node child : node.children) {
            children += measure(child) + GAP;
        }
        node.width = Math.max(node.labelWidth(), children);
        return node.width;
    }

    private static void place(Node node, double left, int depth) {
        if (node.children.isEmpty()) {
            node.x = left + node.width / 2;
            return;
        }
        double span = node.children.stream().mapToDouble(c -> c.width).sum() + GAP * (node.children.size() - 1);
        double cursor = left + (node.width - span) / 2;
        for (Node child : node.children) {
            place(child, cursor, depth + 1);
            cursor += child.width + GAP;
        }
        node.x = (node.children.get(0).x + node.children.get(node.children.size() - 1).x) / 2;
    }

    private static int depth(Node node) {
        return 1 + node.children.stream().mapToInt(TreeSvgWriter::depth).max().orElse(0);
    }

    private static void edges(StringBuilder svg, Node node, int depth) {
        for (Node child : node.children) {
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>%n",
                    node.x, depth * LEVEL + BOX, child.x, (depth + 1) * LEVEL));
            edges(svg, child, depth + 1);
        }
    }

    private static void nodes(StringBuilder svg, Node node, int depth) {
        double w = node.labelWidth();
        svg.append(String.format(Locale.ROOT, "<g class=\"%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"4\"/>"
                        + "<text x=\"%.1f\" y=\"%.1f\">%s</text></g>%n", node.kind.name().toLowerCase(Locale.ROOT),
                node.x - w / 2, depth * LEVEL, w, BOX, node.x, depth * LEVEL + BOX / 2, Html.escape(XmlText.clean(node.label))));
        for (Node child : node.children) {
            nodes(svg, child, depth + 1);
        }
    }
}
