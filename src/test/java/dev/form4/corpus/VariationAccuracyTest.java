package dev.form4.corpus;

import dev.form4.corpus.variation.Variant;
import dev.form4.corpus.variation.VariationCorpus;
import dev.form4.eval.Counts;
import dev.form4.eval.EvalReport;
import dev.form4.eval.Group;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extractor over the variation corpus (every kind of filer, every box layout) at every damage level, as
 * {@link CorpusAccuracyTest} does over the corpus: nothing hangs, no more crashes than the ceiling, and the
 * F1 of each level and of each group at each level stays at or above its floor in
 * testdata/variation-accuracy-floors.properties (floors only go up; they were set to what the extractor
 * measured, rounded down). With {@code -Dform4.accuracy.report=true} it rewrites testdata/VARIATION-ACCURACY.md,
 * which lists the worst documents and, per group, the commonest failures with an example.
 */
class VariationAccuracyTest {

    static final Path FLOORS = Path.of("testdata/variation-accuracy-floors.properties");
    static final Path REPORT = Path.of("testdata/VARIATION-ACCURACY.md");
    /** CI's machine has two cores; the build runs one test class at a time. */
    static final int THREADS = 2;
    static final String REGENERATE = "mvn -q -o test -Dtest=VariationAccuracyTest -Dform4.accuracy.report=true";

    @Test
    void everyLevelAndGroupMeetsItsFloorAndNothingCrashes() throws IOException {
        List<Variant> variants = VariationCorpus.variants();
        List<CorpusAccuracy.LevelResult> levels = VariationAccuracy.measure(VariationAccuracy.renderAll(variants), THREADS);
        Properties floors = new Properties();
        try (Reader in = Files.newBufferedReader(FLOORS, StandardCharsets.UTF_8)) {
            floors.load(in);
        }
        if (Boolean.getBoolean("form4.accuracy.report")) {
            Path temp = Files.createTempFile(REPORT.toAbsolutePath().getParent(), "VARIATION-ACCURACY", ".md");
            // Only for the report: which half of the variation (the filer's, the converter's) each failure comes from.
            List<CorpusAccuracy.LevelResult> filer = VariationAccuracy.measure(VariationAccuracy.isolated(variants, true), THREADS);
            List<CorpusAccuracy.LevelResult> layout = VariationAccuracy.measure(VariationAccuracy.isolated(variants, false), THREADS);
            Files.writeString(temp, VariationReport.markdown(levels, VariationAccuracy.tags(variants),
                    VariationReport.isolation(filer.get(0), layout.get(0)), REGENERATE));
            Files.move(temp, REPORT, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        System.out.println("Variation corpus accuracy (F1 per level and group):\n" + measured(levels));
        for (CorpusAccuracy.LevelResult level : levels) {
            assertEquals(VariationCorpus.SIZE, level.scores().size());
            assertTrue(level.hangs().isEmpty(), "level " + level.level() + ": " + String.join("\n", level.hangs()));
            double f1 = EvalReport.total(level.scores()).f1();
            double floor = floor(floors, "level." + level.level());
            assertTrue(f1 >= floor, String.format(Locale.ROOT, "level %d: F1 %.4f under its floor %.4f", level.level(), f1, floor));
            for (Map.Entry<Group, Counts> group : EvalReport.totalByGroup(level.scores()).entrySet()) {
                String key = "level." + level.level() + "." + group.getKey().label();
                double groupFloor = floor(floors, key);
                assertTrue(group.getValue().f1() >= groupFloor, String.format(Locale.ROOT, "%s: F1 %.4f under its floor %.4f",
                        key, group.getValue().f1(), groupFloor));
            }
            int ceiling = Integer.parseInt(floors.getProperty("crashes.level." + level.level(), "0"));
            assertTrue(level.crashes().size() <= ceiling, "level " + level.level() + ": " + level.crashes().size()
                    + " crashes, more than the ceiling " + ceiling + ":\n" + String.join("\n", level.crashes()));
        }
    }

    /**
     * The properties a floors file would hold for these results, each F1 rounded down to four decimals (so
     * that the measurement meets it), for setting floors and for the log.
     */
    static String measured(List<CorpusAccuracy.LevelResult> levels) {
        StringBuilder out = new StringBuilder();
        for (CorpusAccuracy.LevelResult level : levels) {
            out.append(String.format(Locale.ROOT, "level.%d=%.4f%n", level.level(), down(EvalReport.total(level.scores()).f1())));
            EvalReport.totalByGroup(level.scores()).forEach((g, c) ->
                    out.append(String.format(Locale.ROOT, "level.%d.%s=%.4f%n", level.level(), g.label(), down(c.f1()))));
            out.append(String.format(Locale.ROOT, "crashes.level.%d=%d%n", level.level(), level.crashes().size()));
        }
        return out.toString();
    }

    private static double down(double f1) {
        return Math.floor(f1 * 10_000) / 10_000;
    }

    /** A floor the file must have: a missing key is a mistake in the file, not a floor of 0. */
    private static double floor(Properties floors, String key) {
        String value = floors.getProperty(key);
        assertTrue(value != null, FLOORS + " has no " + key);
        return Double.parseDouble(value);
    }
}
