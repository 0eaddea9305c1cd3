package dev.form4.corpus;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extractor on what real converters make of the SEC's page (testdata/converters, made by regenerate.sh):
 * every selected filing has an output from every converter, nothing crashes or hangs, and each converter's F1
 * stays at or above its floor in testdata/converters/floors.properties. With
 * {@code -Dform4.accuracy.report=true} it rewrites testdata/converters/ACCURACY.md; with
 * {@code -Dform4.converters.details=true} it prints the F1 of every document, worst first.
 */
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ) // prints; not while a test captures it
class ConverterAccuracyTest {

    static final Path FLOORS = ConverterOutput.ROOT.resolve("floors.properties");
    static final Path REPORT = ConverterOutput.ROOT.resolve("ACCURACY.md");
    static final String REGENERATE = "mvn -q -o test -Dtest=ConverterAccuracyTest -Dform4.accuracy.report=true";

    @Test
    void everyConverterMeetsItsFloorAndNothingCrashes() throws IOException {
        List<ConverterOutput> outputs = ConverterOutput.all();
        assertEquals(List.of(), missingOutputs(outputs), "selected filings without an output (rerun regenerate.sh)");

        Map<String, ConverterAccuracy.VariantResult> results = ConverterAccuracy.measure(outputs);
        if (Boolean.getBoolean("form4.accuracy.report")) {
            Path temp = Files.createTempFile(REPORT.toAbsolutePath().getParent(), "ACCURACY", ".md");
            Files.writeString(temp, ConverterReport.markdown(results, REGENERATE));
            Files.move(temp, REPORT, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        if (Boolean.getBoolean("form4.converters.details")) {
            System.out.println(ConverterReport.perDocument(results));
        }
        System.out.println("Converter accuracy (F1):\n" + ConverterReport.summary(results));

        Properties floors = new Properties();
        try (Reader in = Files.newBufferedReader(FLOORS, StandardCharsets.UTF_8)) {
            floors.load(in);
        }
        for (ConverterAccuracy.VariantResult r : results.values()) {
            assertTrue(r.hangs().isEmpty(), r.variant() + ": " + String.join("\n", r.hangs()));
            assertTrue(r.crashes().isEmpty(), r.variant() + ": " + String.join("\n", r.crashes()));
            String floor = floors.getProperty(r.variant());
            assertTrue(floor != null, "no floor for " + r.variant() + " in " + FLOORS);
            double f1 = EvalReport.total(r.scores()).f1();
            assertTrue(f1 >= Double.parseDouble(floor),
                    String.format(Locale.ROOT, "%s: F1 %.4f under its floor %s", r.variant(), f1, floor));
        }
    }

    /** Every filing of SELECTION.tsv must have been read by every converter, the real SEC pages too. */
    private static List<String> missingOutputs(List<ConverterOutput> outputs) throws IOException {
        Set<String> present = outputs.stream().map(o -> o.variant() + " " + o.filing()).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (String filing : ConverterSelection.read(ConverterSelection.FILE)) {
            for (String converter : ConverterOutput.CONVERTERS) {
                if (!present.contains(converter + " " + filing)) {
                    missing.add(converter + " " + filing);
                }
                if (ConverterSelection.REAL_PAGES.containsKey(filing) && !present.contains(converter + ".sec " + filing)) {
                    missing.add(converter + ".sec " + filing);
                }
            }
        }
        return missing;
    }
}
