package dev.form4.repair;

import dev.form4.Extract;
import dev.form4.Extraction;
import dev.form4.Form4Extractor;
import dev.form4.model.Diagnostic;
import dev.form4.model.DerivativeTransaction;
import dev.form4.model.Provenance;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Table II's A/D where the text kept no trace of the sub-column the amount stood in, read from real
 * {@code @opendocsg/pdf2md} output (testdata/converters/pdf2md, made by regenerate.sh from the filings' SEC pages).
 */
class DirectionEvidenceTest {

    private static Extraction extract(String path) throws IOException {
        return new Form4Extractor().extract(path, Files.readString(Path.of(path)));
    }

    private static String inferred(Extraction x, int row) {
        List<Diagnostic> found = Extract.diagnostics(x, Diagnostic.Kind.INFERRED,
                "derivativeTable.transactions[" + row + "].transactionAcquiredDisposedCode");
        assertEquals(1, found.size(), found.toString());
        return found.get(0).message();
    }

    @Test
    void eachConversionPairsWithItsOwnTableIRowOfTheUnderlyingShares() throws IOException {
        // Class B converted into Class A three times on 10/19/2023, twice 704,849 shares (two accounts); the
        // balances after (12,687,274 and 704,850) are no less than the amounts: only the pair says D
        Extraction x = extract("testdata/converters/pdf2md/AUR/000182810823000205.md");
        List<DerivativeTransaction> rows = x.form().derivativeTable().transactions();
        assertEquals(3, rows.size());
        for (DerivativeTransaction row : rows) {
            assertEquals("D", row.transactionAcquiredDisposedCode().value());
            assertEquals(Provenance.INFERRED, row.transactionAcquiredDisposedCode().provenance());
        }
        List<String> lines = List.of(inferred(x, 0), inferred(x, 1), inferred(x, 2)).stream()
                .map(m -> m.replaceAll(".*\\(line (\\d+)\\).*", "$1")).toList();
        assertEquals(3, lines.stream().distinct().count(), "one Table I row per conversion: " + lines);
        assertEquals(true, inferred(x, 1).startsWith("not printed; Table I C row of 2023-10-19"), inferred(x, 1));
    }

    @Test
    void aBalanceAfterBelowTheAmountIsADispositionAndNothingElseIsGuessed() throws IOException {
        // RSUs settled (M): 30,718 units, 30,717 left; then the Class B received (M, 30,718, 1,443,715 after),
        // which Table II shows as acquired only by its sub-column: nothing in the text says so
        Extraction x = extract("testdata/converters/pdf2md/ZNGA/000120919112001744.md");
        List<DerivativeTransaction> rows = x.form().derivativeTable().transactions();
        assertEquals("D", rows.get(0).transactionAcquiredDisposedCode().value());
        assertEquals("not printed; 30717 owned following is less than the amount 30718, so it was not acquired", inferred(x, 0));
        assertNull(rows.get(1).transactionAcquiredDisposedCode().value());
    }
}
