package dev.form4.converters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.form4.Extraction;
import dev.form4.Form4Extractor;
import dev.form4.model.DerivativeTransaction;
import dev.form4.model.Diagnostic;
import dev.form4.model.Provenance;
import dev.form4.write.JsonWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EDGAR ASCII Form 4 of 2000 (testdata/legacy): '|' columns whose cells wrap onto the next line, two-digit
 * years, an A/D column of Table II printed "A,D". Its golden JSON was checked by hand against the document.
 */
class LegacyAsciiFormTest {

    private static final Path FORM = Path.of("testdata/legacy/form4-2000-ascii-pipe-tables.txt");
    private static final Path GOLDEN = Path.of("testdata/legacy/form4-2000-ascii-pipe-tables.golden.json");
    /** The parts the golden JSON holds: the tables, the notes and the signatures (the header is read elsewhere). */
    private static final List<String> PARTS = List.of("nonDerivativeTable", "derivativeTable", "footnotes", "remarks", "signatures");

    private static Extraction extraction;

    @BeforeAll
    static void extract() {
        extraction = new Form4Extractor().extract(FORM);
    }

    @Test
    void matchesTheGoldenJson() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode all = mapper.readTree(JsonWriter.pretty(extraction));
        ObjectNode actual = mapper.createObjectNode();
        PARTS.forEach(part -> actual.set(part, all.get(part)));
        ArrayNode diagnostics = actual.putArray("diagnostics");
        for (JsonNode d : all.get("diagnostics")) {
            String field = d.path("field").asText("");
            if (PARTS.stream().anyMatch(field::startsWith)) {
                diagnostics.add(d);
            }
        }
        assertEquals(mapper.readTree(GOLDEN.toFile()), actual, "differs from " + GOLDEN);
    }

    @Test
    void theWrappedTableTwoRowReadsWhole() {
        assertEquals(0, extraction.form().nonDerivativeTable().transactions().size());
        assertEquals(0, extraction.form().nonDerivativeTable().holdings().size());
        assertEquals(1, extraction.form().derivativeTable().transactions().size(), "the caption row 'Secu- | D | cisa- | Date' is no row");
        DerivativeTransaction row = extraction.form().derivativeTable().transactions().get(0);
        assertEquals("Options to Purchase Common Stock", row.securityTitle().value()); // "Co" / "mmon Stock"
        assertEquals(LocalDate.of(2005, 2, 7), row.expirationDate().value());         // "2/7/0" / "5"
        assertEquals(Provenance.INFERRED, row.expirationDate().provenance());
    }

    @Test
    void twoDigitYearsNameTheirEvidenceAndABothFlagsAIsAmbiguous() {
        DerivativeTransaction row = extraction.form().derivativeTable().transactions().get(0);
        assertNull(row.transactionAcquiredDisposedCode().value());
        assertTrue(extraction.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.AMBIGUOUS
                && d.field().equals("derivativeTable.transactions[0].transactionAcquiredDisposedCode")));
        assertTrue(extraction.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.INFERRED
                && d.field().equals("derivativeTable.transactions[0].transactionDate")
                && d.message().contains("signature's date 2000-03-13")));
    }
}
