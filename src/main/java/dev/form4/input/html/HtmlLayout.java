package dev.form4.input.html;

import dev.form4.model.SourcePosition;
import dev.form4.source.Item;
import dev.form4.source.ReadBudget;
import dev.form4.source.SourceCell;
import dev.form4.source.SourceRow;
import dev.form4.source.TextItems;
import dev.form4.source.VisibleText;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lays an HTML document out in visual lines, the way a reader (or a PDF printer) sees it, so that the form is
 * recognised from the same rows whatever converter wrote it: text outside tables breaks into lines at block
 * elements and {@code <br>}; a table's cells stand side by side in their column slots (rowspan and colspan
 * honoured), each cell's content laid out the same way inside its slot, so a nested table's cells subdivide
 * the slot. A table row gives as many visual lines as its tallest cell has.
 *
 * <p>Horizontal extents are integers: a top-level table is {@link #WIDTH} units wide, divided evenly among its
 * column slots. The traversal of a container is iterative (jsoup's NodeTraversor); only tables nest, and
 * tables nested deeper than {@link #MAX_TABLE_DEPTH} are read as plain text, so no input deepens the stack
 * without bound.
 */
final class HtmlLayout {

    static final int WIDTH = 720_720 * 16; // divisible by 1..16 slots, and again by a nested table's
    private static final int MAX_TABLE_DEPTH = 16;
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title", "template", "noscript",
            "colgroup", "col");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
            "section", "summary", "ul", "tr");

    /** A piece of text as the source has it: where it starts, whether it is raised. */
    private record Run(String text, SourcePosition at, boolean superscript) {
    }

    /** Text in one horizontal extent on one visual line. */
    private record Fragment(List<Run> runs, int x0, int x1) {
    }

    private final int lineOffset;
    private final ReadBudget budget;
    private int nextGrid;

    HtmlLayout(int lineOffset, int firstGrid, ReadBudget budget) {
        this.lineOffset = lineOffset;
        this.nextGrid = firstGrid;
        this.budget = budget;
    }

    List<SourceRow> rows(Element body) {
        List<SourceRow> rows = new ArrayList<>();
        for (Block block : blocks(body, 0, WIDTH, 0)) {
            int grid = block.table ? nextGrid++ : -1;
            for (int i = 0; i < block.lines.size(); i++) {
                List<Fragment> line = block.lines.get(i);
                boolean continues = block.table && i < block.continues.size() && block.continues.get(i);
                SourceRow row = row(line, block.table ? SourceRow.Shape.TABLE_ROW : SourceRow.Shape.LINE, grid, continues,
                        block.columnWidth);
                if (row != null) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** A run of visual lines: text lines outside tables, or all the lines of one table. */
    private static final class Block {
        final boolean table;
        final List<List<Fragment>> lines = new ArrayList<>();
        /** For a table: whether each line is a further line of the table row before it. */
        final List<Boolean> continues = new ArrayList<>();
        /** For a table: the width of one of its column slots (0: none), so a cell's x0 tells its column. */
        int columnWidth;

        Block(boolean table) {
            this.table = table;
        }
    }

    /** The content of {@code container} laid out between x0 and x1: its text lines and its tables, in order. */
    private List<Block> blocks(Element container, int x0, int x1, int tableDepth) {
        List<Block> blocks = new ArrayList<>();
        List<Run> current = new ArrayList<>();
        Set<Node> raised = new HashSet<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == container) {
                    return FilterResult.CONTINUE;
                }
                if (node instanceof TextNode text) {
                    addRun(current, text, !raised.isEmpty());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element element)) {
                    return FilterResult.SKIP_ENTIRELY; // comments, doctype
                }
                String tag = element.normalName();
                if (SKIPPED.contains(tag)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("table") && tableDepth < MAX_TABLE_DEPTH) {
                    flush(blocks, current, x0, x1);
                    Block table = new Block(true);
                    table.columnWidth = table(element, x0, x1, tableDepth + 1, table.lines, table.continues);
                    blocks.add(table);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br") || tag.equals("hr") || BLOCKS.contains(tag)) {
                    flush(blocks, current, x0, x1);
                } else if (tag.equals("sup")) {
                    raised.add(element);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && node != container) {
                    String tag = element.normalName();
                    if (BLOCKS.contains(tag)) {
                        flush(blocks, current, x0, x1);
                    } else if (tag.equals("sup")) {
                        raised.remove(element);
                    } else if (tag.equals("td") || tag.equals("th")) {
                        // cells of a table read as text (nested too deep) stay apart
                        current.add(new Run(" ", SourcePosition.UNKNOWN, false));
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, container);
        flush(blocks, current, x0, x1);
        return blocks;
    }

    /** The runs so far become one line of text, in its own block or the last text block. */
    private static void flush(List<Block> blocks, List<Run> runs, int x0, int x1) {
        if (runs.stream().allMatch(r -> r.text().isBlank())) {
            runs.clear();
            return;
        }
        Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        if (last == null || last.table) {
            last = new Block(false);
            blocks.add(last);
        }
        last.lines.add(List.of(new Fragment(List.copyOf(runs), x0, x1)));
        runs.clear();
    }

    private void addRun(List<Run> runs, TextNode node, boolean superscript) {
        String text = node.getWholeText();
        if (text.isEmpty()) {
            return;
        }
        runs.add(new Run(text, start(node, text), superscript));
    }

    /** Where the text's first visible character stands in the source (line offset of a block applied). */
    private SourcePosition start(TextNode node, String text) {
        Range.Position start = node.sourceRange().start();
        if (!start.isTracked()) {
            return SourcePosition.UNKNOWN;
        }
        int line = start.lineNumber();
        int column = start.columnNumber();
        for (int i = 0; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourcePosition(line + lineOffset, column);
    }

    // ---- tables ------------------------------------------------------------------------------------------

    /** A cell in the table's slot grid. */
    private record Slot(Element cell, int row, int column, int columns) {
    }

    /**
     * The visual lines of a table laid out between x0 and x1, into {@code lines}; {@code continues} says for each
     * whether it is a further line of the same table row (only for the table being read, not nested ones).
     * Returns the width of one column slot (0 for a table without cells).
     */
    private int table(Element table, int x0, int x1, int tableDepth, List<List<Fragment>> lines, List<Boolean> continues) {
        List<Element> rows = rowsOf(table);
        List<Slot> slots = new ArrayList<>();
        List<Set<Integer>> taken = new ArrayList<>();
        int columns = 0;
        for (int r = 0; r < rows.size(); r++) {
            int column = 0;
            int count = 0;
            for (Element cell : rows.get(r).children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                budget.cell(++count, line(cell), 1);
                while (occupied(taken, r, column)) {
                    column++;
                }
                int colspan = span(cell.attr("colspan"));
                int rowspan = span(cell.attr("rowspan"));
                for (int dr = 0; dr < rowspan && r + dr < rows.size(); dr++) {
                    for (int dc = 0; dc < colspan; dc++) {
                        take(taken, r + dr, column + dc);
                    }
                }
                slots.add(new Slot(cell, r, column, colspan));
                column += colspan;
                columns = Math.max(columns, column);
            }
        }
        if (columns == 0) {
            return 0;
        }
        int unit = Math.max(1, (x1 - x0) / columns);
        int s = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<List<List<Fragment>>> cellLines = new ArrayList<>();
            int height = 0;
            for (; s < slots.size() && slots.get(s).row() == r; s++) {
                Slot slot = slots.get(s);
                int cx0 = x0 + slot.column() * unit;
                int cx1 = x0 + (slot.column() + slot.columns()) * unit;
                List<List<Fragment>> content = new ArrayList<>();
                for (Block block : blocks(slot.cell(), cx0, cx1, tableDepth)) {
                    content.addAll(block.lines);
                }
                cellLines.add(content);
                height = Math.max(height, content.size());
            }
            for (int k = 0; k < height; k++) {
                List<Fragment> line = new ArrayList<>();
                for (List<List<Fragment>> content : cellLines) {
                    if (k < content.size()) {
                        line.addAll(content.get(k));
                    }
                }
                line.sort((a, b) -> Integer.compare(a.x0(), b.x0()));
                lines.add(line);
                if (continues != null) {
                    continues.add(k > 0);
                }
            }
        }
        return unit;
    }

    /** The table's own rows: children of the table and of its head, bodies and foot, not of nested tables. */
    private static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> child.children().stream().filter(c -> c.normalName().equals("tr")).forEach(rows::add);
                default -> {
                    // caption and stray content are not part of the grid
                }
            }
        }
        return rows;
    }

    private static int span(String attribute) {
        try {
            int value = Integer.parseInt(attribute.trim());
            return Math.max(1, Math.min(value, 64)); // HTML allows 1000; no form spans more than its 16 columns
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean occupied(List<Set<Integer>> taken, int row, int column) {
        return row < taken.size() && taken.get(row).contains(column);
    }

    private static void take(List<Set<Integer>> taken, int row, int column) {
        while (taken.size() <= row) {
            taken.add(new HashSet<>());
        }
        taken.get(row).add(column);
    }

    private int line(Element element) {
        Range.Position start = element.sourceRange().start();
        return start.isTracked() ? start.lineNumber() + lineOffset : 0;
    }

    // ---- fragments to cells ------------------------------------------------------------------------------

    /**
     * {@code columnWidth}: of the table's column slots, or 0. A cell's index is its column slot, as a pipe cell's is
     * its place among the pipes: a row's empty cells and the cells a rowspan carries down ("Code" under "4.
     * Transaction Code") keep the columns of the others, so captions and values compare. Lines of a nested table
     * within one slot take the next indexes.
     */
    private SourceRow row(List<Fragment> fragments, SourceRow.Shape shape, int grid, boolean continues, int columnWidth) {
        List<SourceCell> cells = new ArrayList<>();
        int first = Integer.MAX_VALUE;
        int last = 0;
        for (Fragment fragment : fragments) {
            int next = cells.isEmpty() ? 0 : cells.get(cells.size() - 1).index() + 1;
            SourceCell cell = cell(columnWidth > 0 ? Math.max(next, fragment.x0() / columnWidth) : cells.size(), fragment);
            if (cell == null) {
                continue;
            }
            cells.add(cell);
            if (cell.position().isKnown()) {
                first = Math.min(first, cell.position().line());
                last = Math.max(last, cell.position().line());
            }
        }
        if (cells.isEmpty()) {
            return null;
        }
        if (first == Integer.MAX_VALUE) {
            first = last = Math.max(1, lineOffset + 1);
        }
        return new SourceRow(first, last, shape, shape == SourceRow.Shape.TABLE_ROW ? grid : -1, false, continues, cells);
    }

    /** A fragment's runs, joined as the source had them (raised runs typed apart), to one cell. */
    private SourceCell cell(int index, Fragment fragment) {
        StringBuilder text = new StringBuilder();
        List<Item> items = new ArrayList<>();
        SourcePosition at = null;
        // Adjacent runs of the same kind are typed together: "<span>$</span><span>0</span>" is one price.
        List<Run> runs = fragment.runs();
        for (int i = 0; i < runs.size(); ) {
            boolean raised = runs.get(i).superscript();
            StringBuilder joined = new StringBuilder();
            SourcePosition runAt = null;
            int j = i;
            for (; j < runs.size() && runs.get(j).superscript() == raised; j++) {
                joined.append(runs.get(j).text());
                if (runAt == null && !runs.get(j).text().isBlank()) {
                    runAt = runs.get(j).at();
                }
            }
            i = j;
            String visible = VisibleText.collapseSpaces(joined.toString().replace('\u00A0', ' '));
            if (visible.isEmpty()) {
                if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ' && !joined.isEmpty()) {
                    text.append(' ');
                }
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ' && Character.isWhitespace(joined.charAt(0))) {
                text.append(' ');
            }
            SourcePosition start = runAt == null ? SourcePosition.UNKNOWN : runAt;
            items.addAll(TextItems.plain(visible, start.isKnown() ? start : new SourcePosition(1, 1), raised, budget));
            text.append(visible);
            if (Character.isWhitespace(joined.charAt(joined.length() - 1))) {
                text.append(' ');
            }
            if (at == null) {
                at = start;
            }
        }
        String cellText = text.toString().trim();
        if (cellText.isEmpty()) {
            return null;
        }
        return new SourceCell(index, items, cellText, at == null ? SourcePosition.UNKNOWN : at, fragment.x0(), fragment.x1());
    }
}
