package dev.form4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Provenance;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's promise: every value that is not read as printed (REPAIRED or INFERRED) carries a diagnostic of
 * that kind naming its field. A default (an empty V box read as false) is read, not inferred.
 */
class ProvenanceDiagnosticsTest {

    private static final Form4Extractor EXTRACTOR = new Form4Extractor();

    @Test
    void everyInferredOrRepairedValueOfTheSeedHasItsDiagnostic() {
        assertEquals(Map.of(), undocumented(EXTRACTOR.extract(TestInputs.SEED)));
    }

    @Test
    void everyInferredOrRepairedValueOfTheRenderingsHasItsDiagnostic() throws Exception {
        Map<String, String> missing = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("testdata/renderings"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                undocumented(EXTRACTOR.extract(file)).forEach((path, p) -> missing.put(file + " " + path, p));
            }
        }
        assertEquals(Map.of(), missing);
    }

    @Test
    void theSeedsEquitySwapFlagsAreReadNotInferred() {
        Extraction seed = EXTRACTOR.extract(TestInputs.SEED);
        seed.form().nonDerivativeTable().transactions().forEach(t -> {
            assertEquals(Boolean.FALSE, t.equitySwapInvolved().value());
            assertEquals(Provenance.READ, t.equitySwapInvolved().provenance());
        });
    }

    /** Field path to provenance, for every value neither READ nor named by a diagnostic of its kind. */
    private static Map<String, String> undocumented(Extraction x) {
        List<Map.Entry<String, FieldValue<?>>> values = new ArrayList<>();
        walk("", x.form(), values);
        Map<String, String> missing = new TreeMap<>();
        for (Map.Entry<String, FieldValue<?>> e : values) {
            Provenance p = e.getValue().provenance();
            if (p == Provenance.READ) {
                continue;
            }
            Diagnostic.Kind kind = p == Provenance.REPAIRED ? Diagnostic.Kind.REPAIRED : Diagnostic.Kind.INFERRED;
            boolean named = x.diagnostics().stream().anyMatch(d -> d.kind() == kind && e.getKey().equals(d.field()));
            if (!named) {
                missing.put(e.getKey(), p.name());
            }
        }
        return missing;
    }

    /** The model's records by their JSON paths ("nonDerivativeTable.transactions[2].transactionShares"). */
    private static void walk(String path, Object node, List<Map.Entry<String, FieldValue<?>>> values) {
        if (node instanceof FieldValue<?> field) {
            values.add(Map.entry(path, field));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(path + "[" + i + "]", list.get(i), values);
            }
        } else if (node instanceof Record record) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                try {
                    walk(path.isEmpty() ? c.getName() : path + "." + c.getName(), c.getAccessor().invoke(record), values);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }
}
