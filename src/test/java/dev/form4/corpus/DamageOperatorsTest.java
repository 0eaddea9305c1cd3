package dev.form4.corpus;

import dev.form4.edgar.EdgarXmlReader;
import dev.form4.edgar.EdgarXmlReaderTest;
import dev.form4.model.Form4;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each damage operator, applied once to real renderings with many seeds, does its one kind of damage and
 * keeps what it promises to keep.
 */
class DamageOperatorsTest {

    static List<Form4> forms = new ArrayList<>();

    @BeforeAll
    static void readSomeFilings() throws IOException {
        List<java.nio.file.Path> files = EdgarXmlReaderTest.corpusFiles();
        for (int i = 0; i < files.size(); i += 16) {
            forms.add(EdgarXmlReader.read(files.get(i)));
        }
    }

    /** Runs the operator on every sample form with several seeds; hands clean and damaged documents to the check. */
    private static int forEachApplication(Supplier<DamageOperator> operator, boolean lossy, Check check) {
        int applied = 0;
        for (Form4 form : forms) {
            for (long seed = 1; seed <= 5; seed++) {
                RenderedDocument clean = MarkdownRenderer.document(form);
                RenderedDocument damaged = MarkdownRenderer.document(form);
                if (operator.get().apply(new DamageContext(damaged, seed, lossy))) {
                    applied++;
                    check.check(clean, damaged);
                } else {
                    assertEquals(clean.toMarkdown(), damaged.toMarkdown(), "an operator that did not apply changed nothing");
                }
            }
        }
        assertTrue(applied > 0, "the operator found a place in the sample");
        return applied;
    }

    interface Check {
        void check(RenderedDocument clean, RenderedDocument damaged);
    }

    /** The rows whose cells differ, as (clean, damaged) pairs. */
    private static List<List<String>[]> changedRows(RenderedDocument clean, RenderedDocument damaged) {
        List<List<String>[]> changed = new ArrayList<>();
        assertEquals(clean.table.rows.size(), damaged.table.rows.size());
        for (int i = 0; i < clean.table.rows.size(); i++) {
            List<String> a = clean.table.rows.get(i).cells();
            List<String> b = damaged.table.rows.get(i).cells();
            if (!a.equals(b)) {
                @SuppressWarnings("unchecked")
                List<String>[] pair = new List[]{a, b};
                changed.add(pair);
            }
        }
        return changed;
    }

    /** The text of a row's cells without cell borders, marks' tags or spaces, to compare content. */
    private static String content(List<String> cells) {
        return String.join("", cells).replace("<sup>", "").replace("</sup>", "").replace("<br>", "").replace(" ", "");
    }

    private static boolean isSubsequence(String part, String whole) {
        int j = 0;
        for (int i = 0; i < whole.length() && j < part.length(); i++) {
            if (whole.charAt(i) == part.charAt(j)) {
                j++;
            }
        }
        return j == part.length();
    }

    private static long filled(List<String> cells) {
        return cells.stream().filter(c -> !c.isEmpty()).count();
    }

    @Test
    void cellSplitCutsOneValueInTwoAndLosesNothing() {
        forEachApplication(() -> new CellSplit(false), false, (clean, damaged) -> {
            List<List<String>[]> changed = changedRows(clean, damaged);
            assertEquals(1, changed.size());
            assertEquals(filled(changed.get(0)[0]) + 1, filled(changed.get(0)[1]));
            assertEquals(content(changed.get(0)[0]), content(changed.get(0)[1]));
        });
    }

    @Test
    void cellSplitMayWriteTheBoundaryCharacterTwice() {
        int[] duplicated = {0};
        forEachApplication(() -> new CellSplit(true), false, (clean, damaged) -> {
            List<String>[] row = changedRows(clean, damaged).get(0);
            String before = content(row[0]);
            String after = content(row[1]);
            assertTrue(after.equals(before) || after.length() == before.length() + 1, after);
            if (!after.equals(before)) {
                duplicated[0]++;
                // Only a number is written with its boundary digit twice.
                String added = row[1].stream().filter(c -> !row[0].contains(c)).reduce("", String::concat);
                assertTrue(added.matches("[\\\\$\\d.,<>/supb()]+"), added);
            }
        });
        assertTrue(duplicated[0] > 0);
    }

    @Test
    void cellMergeJoinsTwoNeighboursIntoOneCell() {
        forEachApplication(CellMerge::new, false, (clean, damaged) -> {
            List<List<String>[]> changed = changedRows(clean, damaged);
            assertEquals(1, changed.size());
            assertEquals(filled(changed.get(0)[0]) - 1, filled(changed.get(0)[1]));
            assertEquals(content(changed.get(0)[0]), content(changed.get(0)[1]));
            assertEquals(changed.get(0)[0].size(), changed.get(0)[1].size());
        });
    }

    @Test
    void duplicatedFragmentAddsAPieceOfANumberBesideIt() {
        forEachApplication(DuplicatedFragment::new, false, (clean, damaged) -> {
            List<List<String>[]> changed = changedRows(clean, damaged);
            assertEquals(1, changed.size());
            String before = content(changed.get(0)[0]);
            String after = content(changed.get(0)[1]);
            assertTrue(after.length() > before.length());
            // Removing the fragment gives back the row: it sits right before or after a number it copies.
            assertTrue(changed.get(0)[1].stream().anyMatch(c -> !c.isEmpty() && !changed.get(0)[0].contains(c)));
        });
    }

    @Test
    void digitMisreadChangesOneDigitOfABalanceAndLeavesItsTrueTailBeside() {
        forEachApplication(DigitMisread::new, false, (clean, damaged) -> {
            List<List<String>[]> changed = changedRows(clean, damaged);
            assertEquals(1, changed.size());
            String truth = RowCells.value(changed.get(0)[0].get(DigitMisread.FOLLOWING));
            String read = RowCells.value(changed.get(0)[1].get(DigitMisread.FOLLOWING));
            assertEquals(truth.length(), read.length());
            int differences = 0;
            for (int i = 0; i < truth.length(); i++) {
                differences += truth.charAt(i) == read.charAt(i) ? 0 : 1;
            }
            assertEquals(1, differences);
            assertTrue(changed.get(0)[1].get(DigitMisread.FOLLOWING + 1).startsWith(truth.substring(truth.lastIndexOf(','))));
        });
    }

    @Test
    void captionTruncationCutsACaptionAtItsEnds() {
        forEachApplication(CaptionTruncation::new, false, (clean, damaged) -> {
            List<List<String>[]> changed = changedRows(clean, damaged);
            assertEquals(1, changed.size());
            for (int i = 0; i < changed.get(0)[0].size(); i++) {
                String before = changed.get(0)[0].get(i);
                String after = changed.get(0)[1].get(i);
                if (!before.equals(after)) {
                    assertTrue(before.contains(after) && after.length() < before.length(), after);
                    assertFalse(after.matches(".*<b?r?$") || after.matches("^b?r?>.*"), after);
                }
            }
        });
    }

    @Test
    void shiftedCellsMovesValuesButKeepsTheirOrder() {
        forEachApplication(ShiftedCells::new, false, (clean, damaged) -> {
            for (List<String>[] row : changedRows(clean, damaged)) {
                assertEquals(row[0].stream().filter(c -> !c.isEmpty()).toList(),
                        row[1].stream().filter(c -> !c.isEmpty()).toList());
            }
        });
    }

    @Test
    void noiseCellsPutSpecksIntoEmptyCells() {
        forEachApplication(NoiseCells::new, false, (clean, damaged) -> {
            List<List<String>[]> changed = changedRows(clean, damaged);
            if (changed.isEmpty()) {
                assertTrue(damaged.before.contains("•"));
                return;
            }
            List<String>[] row = changed.get(0);
            for (int i = 0; i < row[0].size(); i++) {
                if (!row[0].get(i).equals(row[1].get(i))) {
                    assertEquals("", row[0].get(i));
                    assertTrue(NoiseCells.SPECKS.contains(row[1].get(i)));
                }
            }
        });
    }

    @Test
    void footnoteMarkVariantsKeepTheMarkNumbers() {
        forEachApplication(() -> new FootnoteMarkVariant(false), false, (clean, damaged) -> {
            List<List<String>[]> changed = changedRows(clean, damaged);
            assertEquals(1, changed.size());
            assertEquals(content(changed.get(0)[0]), content(changed.get(0)[1]));
            assertTrue(String.join("", changed.get(0)[1]).split("<sup>").length
                    < String.join("", changed.get(0)[0]).split("<sup>").length);
        });
        forEachApplication(() -> new FootnoteMarkVariant(true), false, (clean, damaged) ->
                assertEquals(1, changedRows(clean, damaged).size()));
    }

    @Test
    void tagNoiseWrapsAValueInBold() {
        forEachApplication(TagNoise::new, false, (clean, damaged) -> {
            List<List<String>[]> changed = changedRows(clean, damaged);
            assertEquals(1, changed.size());
            assertEquals(content(changed.get(0)[0]), content(changed.get(0)[1]).replace("<b>", "").replace("</b>", ""));
        });
    }

    @Test
    void headerCutSplitsCaptionsButNotValuesUnlessLossy() {
        forEachApplication(() -> new HeaderCut(false), false, (clean, damaged) -> {
            List<String>[] row = changedRows(clean, damaged).get(0);
            assertTrue(row[0].stream().anyMatch(c -> HeaderCut.SEED_CUT.stream().anyMatch(c::startsWith)), row[0].toString());
        });
        forEachApplication(() -> new HeaderCut(true), false, (clean, damaged) -> {
            List<List<String>[]> changed = changedRows(clean, damaged);
            assertEquals(1, changed.size());
            // The value texts of the row (a name, a date, an issuer) survive whole in some cell.
            for (String cell : changed.get(0)[0]) {
                int label = HeaderCut.labelLength(cell);
                if (label > 0 && label < cell.length()) {
                    String value = cell.substring(label).strip();
                    assertTrue(changed.get(0)[1].stream().anyMatch(c -> c.endsWith(value)), value);
                }
            }
            String before = content(changed.get(0)[0]);
            String after = content(changed.get(0)[1]);
            assertTrue(before.length() - after.length() <= 2 && isSubsequence(after, before), after);
        });
        forEachApplication(() -> new HeaderCut(true), true, (clean, damaged) -> assertEquals(1, changedRows(clean, damaged).size()));
    }

    @Test
    void scatteredTitleSpreadsPartOfATitleOverTheRow() {
        forEachApplication(ScatteredTitle::new, false, (clean, damaged) -> {
            List<String> before = new ArrayList<>();
            List<String> after = new ArrayList<>();
            before.add(String.join("", clean.table.header));
            after.add(String.join("", damaged.table.header));
            for (int i = 0; i < clean.table.rows.size(); i++) {
                before.add(String.join("", clean.table.rows.get(i).cells()));
                after.add(String.join("", damaged.table.rows.get(i).cells()));
            }
            int changed = 0;
            for (int i = 0; i < before.size(); i++) {
                if (!before.get(i).equals(after.get(i))) {
                    changed++;
                    String title = before.get(i).replace("<br>", " ").replace(" ", "");
                    String fragments = after.get(i).replace(" ", "");
                    assertTrue(fragments.length() <= title.length() && isSubsequence(fragments, title), fragments);
                }
            }
            assertEquals(1, changed);
            assertEquals(clean.table.header.size(), damaged.table.header.size());
        });
    }

    @Test
    void rowFallsOutAmongTheFootnotesWithEveryValue() {
        forEachApplication(RowFallsOut::new, false, (clean, damaged) -> {
            List<PipeTable.Row> before = clean.table.rowsOf(PipeTable.Kind.TABLE_II_DATA);
            assertEquals(before.size() - 1, damaged.table.rowsOf(PipeTable.Kind.TABLE_II_DATA).size());
            List<String> loose = damaged.after.subList(damaged.explanationIndex() + 1, damaged.after.indexOf("### Remarks:"));
            String text = String.join(" ", loose);
            for (String cell : before.get(before.size() - 1).cells()) {
                String value = RowCells.value(cell).replace("<br>", " ");
                if (!value.isEmpty()) {
                    for (String word : value.split(" ")) {
                        assertTrue(text.contains(word) || text.contains(word.replace(',', '.')), word + " in " + text);
                    }
                }
            }
        });
    }

    @Test
    void mathFootnoteWrapsAFootnoteAndKeepsItsWords() {
        forEachApplication(MathFootnote::new, false, (clean, damaged) -> {
            for (int i = 0; i < clean.after.size(); i++) {
                if (!clean.after.get(i).equals(damaged.after.get(i))) {
                    String math = damaged.after.get(i);
                    assertTrue(math.startsWith(" $") && math.endsWith("$ "));
                    assertEquals(clean.after.get(i), math.strip().replace("$", "").replace(" \\ ", " "));
                }
            }
        });
    }

    @Test
    void signatureDateFragmentRepeatsTheDateStart() {
        forEachApplication(SignatureDateFragment::new, false, (clean, damaged) -> {
            for (int i = 0; i < clean.after.size(); i++) {
                if (!clean.after.get(i).equals(damaged.after.get(i))) {
                    String fragment = damaged.after.get(i).substring(clean.after.get(i).length()).strip();
                    assertTrue(damaged.after.get(i + 1).startsWith(fragment));
                }
            }
        });
    }

    @Test
    void everyDamagedRowKeepsTheTableWidthAsMarkersGridDoes() {
        for (Form4 form : forms) {
            for (int level = 0; level <= DamageModel.MAX_LEVEL; level++) {
                RenderedDocument doc = MarkdownRenderer.document(form);
                DamageModel.damage(doc, level, 7);
                for (PipeTable.Row row : doc.table.rows) {
                    if (row.kind() != PipeTable.Kind.PAGE_BREAK) {
                        assertEquals(MarkdownRenderer.COLUMNS, row.cells().size(), row.cells().toString());
                    }
                }
            }
        }
    }

    @Test
    void levelsAreDeterministicAndGrow() {
        for (Form4 form : forms) {
            assertEquals(MarkdownRenderer.render(form), DamageModel.render(form, 0, 42));
            for (int level = 1; level <= DamageModel.MAX_LEVEL; level++) {
                assertEquals(DamageModel.render(form, level, 42), DamageModel.render(form, level, 42));
                assertNotEquals(MarkdownRenderer.render(form), DamageModel.render(form, level, 42));
            }
        }
    }
}
