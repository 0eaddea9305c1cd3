package dev.form4.corpus;

import dev.form4.model.Form4;

import java.util.ArrayList;
import java.util.Random;

/**
 * The Marker-style rendering with its boxes laid out in one of the ways converters write them
 * ({@link BoxLayout}, chosen from a seed per document), for the variation corpus. Everything else (headings,
 * Table I and II, page breaks, footnotes, signatures) is {@link MarkdownRenderer}'s, and so is the damage
 * ({@link DamageModel}). {@link MarkdownRenderer} itself is untouched by this: the corpus accuracy test
 * measures what it always measured.
 */
public final class VariedMarkdownRenderer {

    private VariedMarkdownRenderer() {
    }

    /** The Markdown of {@code form} laid out as {@code layoutSeed} decides, damaged at {@code level} as {@code damageSeed} decides. */
    public static String render(Form4 form, long layoutSeed, int level, long damageSeed) {
        RenderedDocument doc = document(form, layout(layoutSeed));
        DamageModel.damage(doc, level, damageSeed);
        return doc.toMarkdown();
    }

    /** The layout a seed chooses; the same seed gives the same layout. */
    static BoxLayout layout(long layoutSeed) {
        return BoxLayout.random(new Random(layoutSeed));
    }

    /** A short description of a seed's layout, for reports and example READMEs. */
    public static String describeLayout(long layoutSeed) {
        return layout(layoutSeed).toString().replaceFirst("^BoxLayout", "");
    }

    static RenderedDocument document(Form4 form, BoxLayout layout) {
        RenderedDocument doc = new RenderedDocument(new PipeTable(MarkdownRenderer.headerRow()));
        doc.before.addAll(MarkdownRenderer.beforeTable(form));
        VariedBoxRows boxes = new VariedBoxRows(doc.table, layout);
        boxes.firstOwner(form);
        if (layout.headerTable() == BoxLayout.HeaderTable.OWN_TABLE) {
            doc.table.add(PipeTable.Kind.PAGE_BREAK, new ArrayList<>());
        }
        TableRows tables = new TableRows(doc.table);
        tables.tableI(form.nonDerivativeTable());
        tables.tableII(form.derivativeTable());
        if (form.reportingOwners().size() > 1 && layout.furtherOwners() == BoxLayout.FurtherOwners.OWN_TABLE) {
            doc.table.add(PipeTable.Kind.PAGE_BREAK, new ArrayList<>());
        }
        form.reportingOwners().stream().skip(1).forEach(boxes::furtherOwner);
        PageBreaks.insert(doc.table);
        doc.after.addAll(MarkdownRenderer.afterTable(form));
        return doc;
    }
}
