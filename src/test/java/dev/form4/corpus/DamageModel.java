package dev.form4.corpus;

import dev.form4.model.Form4;

import java.util.List;

/**
 * Damage levels for renderings, each a list of operators with how often they strike:
 * 0 clean; 1 light (a few cosmetic faults a good converter still makes); 2 like the seed (splits, merges,
 * duplicated fragments, shifted rows, a misread balance with its evidence, cut captions and boxes, a Table II
 * row fallen out among the footnotes, a title scattered over the grid); 3 heavy (twice as much, and cuts inside values). The damage is a
 * function of (form, level, seed): the same arguments give the same Markdown.
 */
public final class DamageModel {

    /** An operator, how many times per document, and how many more per data row. */
    private record Dose(DamageOperator operator, int perDocument, double perRow) {
    }

    private static final List<List<Dose>> LEVELS = List.of(
            List.of(),
            List.of(new Dose(new TagNoise(), 1, 0), new Dose(new NoiseCells(), 1, 0),
                    new Dose(new FootnoteMarkVariant(false), 1, 0), new Dose(new CaptionTruncation(), 1, 0),
                    new Dose(new CellSplit(false), 1, 0)),
            List.of(new Dose(new DigitMisread(), 1, 0), new Dose(new RowFallsOut(), 1, 0),
                    new Dose(new CellSplit(true), 1, 0.2), new Dose(new CellMerge(), 0, 0.1),
                    new Dose(new DuplicatedFragment(), 1, 0.1), new Dose(new ShiftedCells(), 1, 0.2),
                    new Dose(new FootnoteMarkVariant(true), 1, 0.2), new Dose(new TagNoise(), 1, 0.15),
                    new Dose(new NoiseCells(), 2, 0.3), new Dose(new CaptionTruncation(), 4, 0),
                    new Dose(new HeaderCut(false), 3, 0), new Dose(new MathFootnote(), 1, 0),
                    new Dose(new SignatureDateFragment(), 1, 0), new Dose(new ScatteredTitle(), 1, 0)),
            List.of(new Dose(new DigitMisread(), 2, 0), new Dose(new RowFallsOut(), 1, 0),
                    new Dose(new CellSplit(true), 2, 0.4), new Dose(new CellMerge(), 1, 0.2),
                    new Dose(new DuplicatedFragment(), 2, 0.2), new Dose(new ShiftedCells(), 2, 0.4),
                    new Dose(new FootnoteMarkVariant(true), 2, 0.4), new Dose(new TagNoise(), 2, 0.3),
                    new Dose(new NoiseCells(), 4, 0.6), new Dose(new CaptionTruncation(), 8, 0),
                    new Dose(new HeaderCut(true), 6, 0), new Dose(new MathFootnote(), 1, 0),
                    new Dose(new SignatureDateFragment(), 1, 0), new Dose(new ScatteredTitle(), 2, 0)));

    public static final int MAX_LEVEL = LEVELS.size() - 1;

    private DamageModel() {
    }

    /** The Markdown of {@code form} at {@code level} (0..3), damaged as {@code seed} decides. */
    public static String render(Form4 form, int level, long seed) {
        RenderedDocument doc = MarkdownRenderer.document(form);
        damage(doc, level, seed);
        return doc.toMarkdown();
    }

    static void damage(RenderedDocument doc, int level, long seed) {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("damage level " + level + " not in 0.." + MAX_LEVEL);
        }
        DamageContext context = new DamageContext(doc, seed, level >= 3);
        int dataRows = doc.table.rowsOf(PipeTable.Kind.TABLE_I_DATA, PipeTable.Kind.TABLE_II_DATA).size();
        for (Dose dose : LEVELS.get(level)) {
            double expected = dose.perDocument() + dose.perRow() * dataRows;
            int times = (int) expected + (context.random.nextDouble() < expected - (int) expected ? 1 : 0);
            for (int i = 0; i < times; i++) {
                dose.operator().apply(context);
            }
        }
    }
}
