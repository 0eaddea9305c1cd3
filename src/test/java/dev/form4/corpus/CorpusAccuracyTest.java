package dev.form4.corpus;

import dev.form4.eval.Counts;
import dev.form4.eval.EvalReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extractor over the whole corpus at every damage level: no rendering hangs it, no more renderings crash
 * it (throw anything but Form4Exception) than the ceiling allows (the goal, and the only value the ceilings
 * may move towards, is 0), and the F1 of each level stays at or above its floor; floors and ceilings are in
 * testdata/accuracy-floors.properties. With
 * {@code -Dform4.accuracy.report=true} it also rewrites testdata/ACCURACY.md.
 */
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ) // prints; not while a test captures it
class CorpusAccuracyTest {

    static final Path FLOORS = Path.of("testdata/accuracy-floors.properties");
    static final Path REPORT = Path.of("testdata/ACCURACY.md");
    static final String REGENERATE = "mvn -q -o test -Dtest=CorpusAccuracyTest -Dform4.accuracy.report=true";

    @Test
    void everyLevelMeetsItsFloorAndNothingCrashes() throws IOException {
        List<CorpusAccuracy.LevelResult> levels = CorpusAccuracy.measure(CorpusAccuracy.renderAll());
        Properties floors = new Properties();
        try (Reader in = Files.newBufferedReader(FLOORS, StandardCharsets.UTF_8)) {
            floors.load(in);
        }
        if (Boolean.getBoolean("form4.accuracy.report")) {
            Path temp = Files.createTempFile(REPORT.toAbsolutePath().getParent(), "ACCURACY", ".md");
            Files.writeString(temp, AccuracyReport.markdown(levels, REGENERATE));
            Files.move(temp, REPORT, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        StringBuilder measured = new StringBuilder();
        for (CorpusAccuracy.LevelResult level : levels) {
            assertEquals(323, level.scores().size());
            assertTrue(level.hangs().isEmpty(), "level " + level.level() + ": " + String.join("\n", level.hangs()));
            Counts total = EvalReport.total(level.scores());
            measured.append(String.format(Locale.ROOT, "level.%d=%.4f crashes.level.%d=%d%n", level.level(), total.f1(),
                    level.level(), level.crashes().size()));
        }
        System.out.println("Corpus accuracy (F1 per level):\n" + measured);
        for (CorpusAccuracy.LevelResult level : levels) {
            double floor = Double.parseDouble(floors.getProperty("level." + level.level()));
            double f1 = EvalReport.total(level.scores()).f1();
            assertTrue(f1 >= floor, String.format(Locale.ROOT, "level %d: F1 %.4f under its floor %.4f", level.level(), f1, floor));
            int ceiling = Integer.parseInt(floors.getProperty("crashes.level." + level.level(), "0"));
            assertTrue(level.crashes().size() <= ceiling, "level " + level.level() + ": " + level.crashes().size()
                    + " crashes, more than the ceiling " + ceiling + ":\n" + String.join("\n", level.crashes()));
        }
    }
}
