package dev.form4.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.form4.Form4Extractor;
import dev.form4.TestInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The JSON contract in the repository is what the writer writes: its example is the seed's real output, cut. */
class JsonContractTest {

    static final Path CONTRACT = Path.of("src/main/resources/dev/form4/write/json-output.md");

    @Test
    void theExampleIsTheSeedsOutputWithItsArraysCut() throws IOException {
        String doc = Files.readString(CONTRACT);
        Matcher block = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL).matcher(doc);
        assertTrue(block.find(), "the contract has its example");
        ObjectMapper mapper = new ObjectMapper();
        JsonNode example = mapper.readTree(block.group(1));
        JsonNode real = mapper.readTree(JsonWriter.pretty(new Form4Extractor().extract(TestInputs.SEED)));
        assertPrefix("", example, real);

        Matcher counts = Pattern.compile("the seed has (\\d+) Table I transactions, (\\d+) Table II transactions, (\\d+)"
                + " footnotes and (\\d+) diagnostics").matcher(doc);
        assertTrue(counts.find());
        assertEquals(List.of(counts.group(1), counts.group(2), counts.group(3), counts.group(4)), List.of(
                "" + real.at("/nonDerivativeTable/transactions").size(), "" + real.at("/derivativeTable/transactions").size(),
                "" + real.at("/footnotes").size(), "" + real.at("/diagnostics").size()));
    }

    @Test
    void severalInputsGiveJsonLinesWithSourceFirst() throws IOException {
        JsonNode line = new ObjectMapper().readTree(JsonWriter.line(new Form4Extractor().extract(TestInputs.SEED)));
        assertEquals("source", line.fieldNames().next());
        assertTrue(Files.readString(CONTRACT).contains("each with a first key `\"source\"`"));
    }

    /** Objects: the same keys in the same order; arrays: the example's elements are the real array's first ones. */
    private static void assertPrefix(String path, JsonNode example, JsonNode real) {
        if (example.isObject()) {
            List<String> exampleKeys = new ArrayList<>();
            example.fieldNames().forEachRemaining(exampleKeys::add);
            List<String> realKeys = new ArrayList<>();
            real.fieldNames().forEachRemaining(realKeys::add);
            assertEquals(realKeys, exampleKeys, path);
            exampleKeys.forEach(k -> assertPrefix(path + "/" + k, example.get(k), real.get(k)));
        } else if (example.isArray()) {
            assertTrue(example.size() <= real.size(), path);
            for (int i = 0; i < example.size(); i++) {
                assertPrefix(path + "/" + i, example.get(i), real.get(i));
            }
        } else {
            assertEquals(real, example, path);
        }
    }
}
