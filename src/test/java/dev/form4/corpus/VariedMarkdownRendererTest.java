package dev.form4.corpus;

import dev.form4.corpus.variation.Variant;
import dev.form4.corpus.variation.VariationCorpus;
import dev.form4.edgar.EdgarXmlReader;
import dev.form4.model.Form4;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The box layouts write the boxes as their names say, every layout keeps every printed value, and the
 * variation corpus uses every choice of every aspect.
 */
class VariedMarkdownRendererTest {

    /** Two owners, each with two street lines (C/O LINKEDIN CORPORATION, 2029 STIERLIN COURT). */
    private static final Form4 JOINT = EdgarXmlReader.read(Path.of("testdata/corpus/edgar-xml/LNKD/000118143111033001.xml"));

    @Test
    void streetsInOneLineUnderTheNameCaptionOrWithTheWholeBox() {
        assertTrue(headerCells(layout(BoxLayout.Streets.ONE_LINE, BoxLayout.Captions.AFTER_VALUES))
                .contains("C/O LINKEDIN CORPORATION<br>2029 STIERLIN COURT"));
        assertTrue(headerCells(layout(BoxLayout.Streets.WITH_LINE_BEFORE, BoxLayout.Captions.AFTER_VALUES))
                .contains("(Last) (First) (Middle)<br>C/O LINKEDIN CORPORATION<br>2029 STIERLIN COURT"));
        assertTrue(headerCells(layout(BoxLayout.Streets.WITH_LINE_BEFORE, BoxLayout.Captions.BEFORE_VALUES))
                .contains("(Street)<br>C/O LINKEDIN CORPORATION<br>2029 STIERLIN COURT"));
        assertTrue(headerCells(layout(BoxLayout.Streets.WHOLE_BOX_IN_ONE_CELL, BoxLayout.Captions.AFTER_VALUES))
                .contains("1. Name and Address of Reporting Person*  Hoffman Reid<br>(Last) (First) (Middle)<br>"
                        + "C/O LINKEDIN CORPORATION<br>2029 STIERLIN COURT<br>(Street)<br>MOUNTAIN VIEW CA 94043<br>(City) (State) (Zip)"));
    }

    @Test
    void placeInThreeCellsAndRelationshipInOneCell() {
        BoxLayout layout = new BoxLayout(BoxLayout.NameLine.BELOW_CAPTION, BoxLayout.Streets.OWN_LINES,
                BoxLayout.Captions.AFTER_VALUES, BoxLayout.Place.THREE_CELLS, BoxLayout.Relationship.ONE_CELL,
                BoxLayout.OfficerTitle.BELOW_BOXES, BoxLayout.IssuerBoxes.VALUE_ON_NEXT_LINE, BoxLayout.Columns.NARROW,
                BoxLayout.FilingLines.TWO_LINES, BoxLayout.HeaderTable.WITH_TABLES, BoxLayout.FurtherOwners.SAME_TABLE);
        RenderedDocument doc = VariedMarkdownRenderer.document(JOINT, layout);
        List<PipeTable.Row> header = doc.table.rowsOf(PipeTable.Kind.HEADER_BLOCK);
        assertTrue(header.stream().anyMatch(r -> r.cells().subList(0, 3).equals(List.of("MOUNTAIN VIEW", "CA", "94043"))));
        assertTrue(header.stream().anyMatch(r -> r.cells().get(BoxLayout.Columns.NARROW.relation).equals(
                VariedBoxLines.RELATIONSHIP_CAPTION + "<br>X Director<br>X 10% Owner<br>Officer (give title below)<br>Other (specify below)")));
        assertTrue(header.stream().anyMatch(r -> r.cells().get(BoxLayout.Columns.NARROW.middle).equals("LINKEDIN CORP [ LNKD ]")));
        assertTrue(header.stream().anyMatch(r -> r.cells().get(BoxLayout.Columns.NARROW.relation).equals("X Form filed by More than One Reporting Person")));
        assertEquals("Hoffman Reid", header.get(1).cells().get(0));
    }

    @Test
    void ownTablesStartAfterABreak() {
        BoxLayout layout = new BoxLayout(BoxLayout.NameLine.AFTER_CAPTION, BoxLayout.Streets.OWN_LINES,
                BoxLayout.Captions.AFTER_VALUES, BoxLayout.Place.ONE_CELL, BoxLayout.Relationship.TWO_COLUMNS,
                BoxLayout.OfficerTitle.BESIDE_BOX, BoxLayout.IssuerBoxes.VALUE_AFTER_CAPTION, BoxLayout.Columns.SEED,
                BoxLayout.FilingLines.ONE_LINE, BoxLayout.HeaderTable.OWN_TABLE, BoxLayout.FurtherOwners.OWN_TABLE);
        List<PipeTable.Row> rows = VariedMarkdownRenderer.document(JOINT, layout).table.rows;
        int firstTitle = rows.indexOf(rows.stream().filter(r -> r.kind() == PipeTable.Kind.TABLE_TITLE).findFirst().orElseThrow());
        int firstOwner = rows.indexOf(rows.stream().filter(r -> r.kind() == PipeTable.Kind.OWNER_BLOCK).findFirst().orElseThrow());
        assertEquals(PipeTable.Kind.PAGE_BREAK, rows.get(firstTitle - 1).kind());
        assertEquals(PipeTable.Kind.PAGE_BREAK, rows.get(firstOwner - 1).kind());
    }

    @Test
    void everyLayoutKeepsEveryPrintedValueOfTheBoxes() {
        Random random = new Random(17);
        for (int i = 0; i < 200; i++) {
            BoxLayout layout = BoxLayout.random(random);
            String markdown = VariedMarkdownRenderer.document(JOINT, layout).toMarkdown();
            for (String value : List.of("Hoffman Reid", "Reid Hoffman & Michelle Yee Living Trust",
                    "C/O LINKEDIN CORPORATION", "2029 STIERLIN COURT", "MOUNTAIN VIEW", "94043", "LINKEDIN CORP [ LNKD ]",
                    "05/24/2011", "X Director", "X 10% Owner", "X Form filed by More than One Reporting Person")) {
                assertTrue(markdown.contains(value), layout + " lost " + value);
            }
            assertEquals(3, markdown.split("X 10% Owner|X Director", -1).length - 1, layout + ": the X marks of both owners");
        }
    }

    @Test
    void theVariationCorpusUsesEveryChoiceOfEveryAspect() {
        Set<Object> used = new HashSet<>();
        for (Variant v : VariationCorpus.variants()) {
            BoxLayout layout = VariedMarkdownRenderer.layout(VariationAccuracy.layoutSeed(v));
            used.addAll(List.of(layout.name(), layout.streets(), layout.captions(), layout.place(), layout.relationship(),
                    layout.officerTitle(), layout.issuerBoxes(), layout.columns(), layout.filingLines(), layout.headerTable(),
                    layout.furtherOwners()));
        }
        for (Class<? extends Enum<?>> aspect : List.of(BoxLayout.NameLine.class, BoxLayout.Streets.class, BoxLayout.Captions.class,
                BoxLayout.Place.class, BoxLayout.Relationship.class, BoxLayout.OfficerTitle.class, BoxLayout.IssuerBoxes.class,
                BoxLayout.Columns.class, BoxLayout.FilingLines.class, BoxLayout.HeaderTable.class, BoxLayout.FurtherOwners.class)) {
            for (Enum<?> choice : aspect.getEnumConstants()) {
                assertTrue(used.contains(choice), aspect.getSimpleName() + "." + choice + " never used");
            }
        }
    }

    /**
     * The renderer's own part in the variation is nil: with the seed's layout it writes corpus filings that the
     * extractor reads exactly (as it reads MarkdownRenderer's), so what the variation corpus measures below 1.0
     * comes from the variation, not from an artefact of this renderer. Every eighth corpus filing, for speed.
     */
    @Test
    void withTheSeedsLayoutEveryFieldOfCorpusFilingsIsRead() throws java.io.IOException {
        List<Path> files;
        try (var walk = java.nio.file.Files.walk(CorpusAccuracy.CORPUS)) {
            files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        var extractor = new dev.form4.Form4Extractor();
        for (int i = 0; i < files.size(); i += 8) {
            Form4 filing = EdgarXmlReader.read(files.get(i));
            String markdown = VariedMarkdownRenderer.document(filing, BoxLayout.SEED).toMarkdown();
            var score = dev.form4.eval.FormScorer.score(files.get(i).toString(), filing,
                    extractor.extract(files.get(i).toString(), markdown).form());
            assertEquals(List.of(), score.problems(), files.get(i).toString());
        }
    }

    private static BoxLayout layout(BoxLayout.Streets streets, BoxLayout.Captions captions) {
        return new BoxLayout(BoxLayout.NameLine.AFTER_CAPTION, streets, captions, BoxLayout.Place.ONE_CELL,
                BoxLayout.Relationship.TWO_COLUMNS, BoxLayout.OfficerTitle.BESIDE_BOX, BoxLayout.IssuerBoxes.VALUE_AFTER_CAPTION,
                BoxLayout.Columns.SEED, BoxLayout.FilingLines.ONE_LINE, BoxLayout.HeaderTable.WITH_TABLES,
                BoxLayout.FurtherOwners.SAME_TABLE);
    }

    private static Set<String> headerCells(BoxLayout layout) {
        Set<String> cells = new HashSet<>();
        VariedMarkdownRenderer.document(JOINT, layout).table.rowsOf(PipeTable.Kind.HEADER_BLOCK).forEach(r -> cells.addAll(r.cells()));
        return cells;
    }
}
