package dev.form4.robustness;

import dev.form4.cli.CliRun;
import dev.form4.TestInputs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.form4.Form4Exception;
import dev.form4.Form4Extractor;
import dev.form4.source.ParseLimits;
import dev.form4.write.JsonWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hostile and odd inputs, each through the API (bytes from a file, and text) and through the CLI: a model with
 * diagnostics or a Form4Exception with a reason; at the CLI exit 0 with JSON, or exit 2 with one line; never an
 * internal error, a stack overflow or a hang.
 */
class AdversarialInputsTest {

    private static final String SEED = TestInputs.seed();
    private static final Form4Extractor EXTRACTOR = new Form4Extractor();

    @TempDir
    Path dir;

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("empty", new byte[0]),
                Arguments.of("whitespace only", utf8(" \n\t\r\n   \n\u00A0\n")),
                Arguments.of("binary", binary()),
                Arguments.of("invalid UTF-8", invalidUtf8()),
                Arguments.of("UTF-16LE with BOM", AdversarialInputs.utf16(SEED, false)),
                Arguments.of("UTF-16BE with BOM", AdversarialInputs.utf16(SEED, true)),
                Arguments.of("UTF-8 with BOM", AdversarialInputs.utf8Bom(SEED)),
                Arguments.of("CRLF line ends", utf8(AdversarialInputs.crlf(SEED))),
                Arguments.of("lone CR line ends", utf8(AdversarialInputs.loneCr(SEED))),
                Arguments.of("a 1 MB line", utf8(AdversarialInputs.oneLine(1_000_000))),
                Arguments.of("a 60 KB line of values in a Form 4", utf8(dev.form4.testing.SyntheticInputs.formWithLongLine(60_000))),
                Arguments.of("a row of 100,000 pipes", utf8("|".repeat(100_000) + "\n")),
                Arguments.of("10,000 nested <sup> in a cell", utf8(AdversarialInputs.nestedSup(10_000, true))),
                Arguments.of("10,000 nested <sup> on a line", utf8(AdversarialInputs.nestedSup(10_000, false))),
                Arguments.of("a Form 4 twice in one file", utf8(SEED + "\n" + SEED)),
                Arguments.of("a JSON file", utf8(JsonWriter.pretty(EXTRACTOR.extract("seed", SEED)))),
                Arguments.of("every number replaced by noise", utf8(AdversarialInputs.numbersToNoise(SEED, 7))),
                Arguments.of("unclosed $ math on every line", utf8(SEED.replace("\n", "$\n"))),
                Arguments.of("control characters", utf8(AdversarialInputs.controlCharacters(SEED))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void theApiYieldsAModelOrAForm4Exception(String name, byte[] bytes) throws IOException {
        Path file = write(bytes);
        Outcome fromFile = Outcome.of(name, () -> EXTRACTOR.extract(file));
        if (fromFile.extraction() != null) {
            assertNotNull(fromFile.extraction().diagnostics());
            // The text route agrees with the file route on what it makes of the same text.
            String text = Files.readString(file, charsetOf(bytes));
            Outcome fromText = Outcome.of(name + " (text)", () -> EXTRACTOR.extract(name, stripBom(text)));
            assertEquals(json(fromFile), json(fromText), name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void theCliExitsZeroWithJsonOrTwoWithOneLine(String name, byte[] bytes) throws IOException {
        Path file = write(bytes);
        CliRun cli = assertTimeoutPreemptively(Outcome.BOUND, () -> CliRun.of("extract", file.toString()));
        if (cli.exit() == 0) {
            assertTrue(new ObjectMapper().readTree(cli.out()).has("documentType"), name + ": " + cli.out());
        } else {
            assertTrue(UserError.isOneLine(cli), name + ": " + cli);
            assertTrue(cli.err().contains(file.toString()), name + ": names the file: " + cli.err());
        }
    }

    @Test
    void emptyAndBlankInputsAreEmpty() throws IOException {
        Path empty = write(new byte[0]);
        assertTrue(Outcome.of("empty", () -> EXTRACTOR.extract(empty)).failedWith(Form4Exception.Reason.EMPTY));
        assertTrue(Outcome.of("blank", () -> EXTRACTOR.extract("blank", " \n\t\r\n")).failedWith(Form4Exception.Reason.EMPTY));
    }

    @Test
    void binaryAndInvalidUtf8AreBinary() throws IOException {
        Path bin = write(binary());
        Path bad = write(invalidUtf8());
        assertTrue(Outcome.of("binary", () -> EXTRACTOR.extract(bin)).failedWith(Form4Exception.Reason.BINARY));
        assertTrue(Outcome.of("invalid UTF-8", () -> EXTRACTOR.extract(bad)).failedWith(Form4Exception.Reason.BINARY));
        assertTrue(Outcome.of("NUL in text", () -> EXTRACTOR.extract("nul", "Form 4\0\n")).failedWith(Form4Exception.Reason.BINARY));
    }

    @Test
    void utf16WithBomReadsAsTheSameDocument() throws IOException {
        String expected = json(Outcome.of("utf-8", () -> EXTRACTOR.extract("seed", SEED)));
        String expectedTree = EXTRACTOR.parse("seed", SEED).toStringTree();
        for (boolean bigEndian : new boolean[] {false, true}) {
            Path file = write(AdversarialInputs.utf16(SEED, bigEndian));
            Outcome x = Outcome.of("utf-16", () -> EXTRACTOR.extract(file));
            assertEquals(expected, json(x));
            assertSame(expectedTree, x.extraction().parse().toStringTree());
        }
    }

    @Test
    void crlfAndLoneCrReadAsLf() {
        Outcome lf = Outcome.of("LF", () -> EXTRACTOR.extract("seed", SEED));
        String lfTree = lf.extraction().parse().toStringTree();
        for (String text : new String[] {AdversarialInputs.crlf(SEED), AdversarialInputs.loneCr(SEED)}) {
            Outcome other = Outcome.of("CR", () -> EXTRACTOR.extract("seed", text));
            // Same tree shape; line-end tokens differ only in their text (printed escaped: \r\n).
            assertSame(lfTree, other.extraction().parse().toStringTree().replace("\\r\\n", "\\n").replace("\\r", "\\n"));
            // Same extraction, positions (line:column) included.
            assertSame(json(lf), json(other));
            assertEquals(lf.extraction().diagnostics(), other.extraction().diagnostics());
            // Every token where an editor shows it: a lone CR ends a line as LF does.
            assertEquals(positions(lf), positions(other));
        }
    }

    @Test
    void aRowOfPipesIsRefusedFastAtTheFirstPipeTooMany() {
        Outcome x = Outcome.of("pipes", () -> EXTRACTOR.extract("pipes", "|".repeat(100_000) + "\n"));
        assertTrue(x.failedWith(Form4Exception.Reason.LIMIT_EXCEEDED), String.valueOf(x));
        assertTrue(x.error().getMessage().contains("maxCellsPerRow"), x.error().getMessage());
        assertEquals(1, x.error().line());
        assertEquals(ParseLimits.DEFAULT_MAX_CELLS_PER_ROW + 1, x.error().column());
    }

    @Test
    void aRowOfPipesWithTheLimitRaisedCostsLinearTime() {
        // 100,000 pipes took minutes when a row cost O(n^2); one pass over the row now.
        Form4Extractor wide = new Form4Extractor(ParseLimits.DEFAULT.withMaxCellsPerRow(1 << 20));
        Outcome x = Outcome.of("pipes", () -> wide.extract("pipes", "|".repeat(100_000) + "\n"));
        assertTrue(x.extraction() != null || x.error().reason() != Form4Exception.Reason.LIMIT_EXCEEDED, String.valueOf(x));
    }

    /**
     * Jazzer finding (testdata/fuzz-findings/crash-1f85b6fe...): box 1's label twice in one row gives an empty
     * owner block, and HeaderReader.owners reads its first row: ArrayIndexOutOfBoundsException out of extract.
     */
    @Test
    void box1LabelTwiceInOneRow() throws IOException {
        String twice = SEED.replace("| 1. Name and Address of Reporting Person*  COURTOT PHILIPPE F |",
                "| 1. Name and Address of Reporting Person* COURTOT | 1. Name and Address of Reporting Person* PHILIPPE |");
        assertTrue(!twice.equals(SEED));
        Outcome.of("box 1 twice", () -> EXTRACTOR.extract("twice", twice));
        byte[] found = Files.readAllBytes(Path.of(
                "src/test/resources/dev/form4/robustness/Form4FuzzTestInputs/extractText/crash-1f85b6fed08c7a051d22b336613acc77d6a0ce44"));
        Outcome.of("fuzz finding", () -> EXTRACTOR.extract("found", new String(found, StandardCharsets.UTF_8)));
    }

    @Test
    void aNumberThatIsNoiseIsNeverInvented() {
        Outcome x = Outcome.of("noise", () -> EXTRACTOR.extract("noise", AdversarialInputs.numbersToNoise(SEED, 7)));
        if (x.extraction() != null) {
            JsonNode root = JsonWriter.toJson(x.extraction(), false);
            for (String table : new String[] {"nonDerivativeTable", "derivativeTable"}) {
                assertNoDigits(table, root.get(table));
            }
        }
    }

    private static java.util.List<String> positions(Outcome x) {
        return x.extraction().parse().tokens().getTokens().stream()
                .map(t -> t.getLine() + ":" + t.getCharPositionInLine() + ":" + t.getType()).toList();
    }

    private static void assertNoDigits(String path, JsonNode node) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isContainerNode()) {
            node.fields().forEachRemaining(e -> assertNoDigits(path + "." + e.getKey(), e.getValue()));
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                assertNoDigits(path + "[" + i + "]", node.get(i));
            }
            return;
        }
        assertTrue(!node.isNumber() && !node.asText().matches(".*\\d.*"), path + " invented a value: " + node);
    }

    /** assertEquals for long texts: reports the first difference, not two megabytes of tree. */
    private static void assertSame(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        if (i < expected.length() || i < actual.length()) {
            int from = Math.max(0, i - 80);
            fail("first difference at " + i + ":\n expected ..." + expected.substring(from, Math.min(expected.length(), i + 80))
                    + "\n actual   ..." + actual.substring(from, Math.min(actual.length(), i + 80)));
        }
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "input", ".md");
        Files.write(file, bytes);
        return file;
    }

    private static String json(Outcome outcome) {
        assertNotNull(outcome.extraction(), String.valueOf(outcome.error()));
        return JsonWriter.pretty(outcome.extraction());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] binary() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[100] = 0;
        return bytes;
    }

    private static byte[] invalidUtf8() {
        byte[] text = utf8("## FORM 4\nCommon Stock 11/07/2019 ");
        byte[] bytes = new byte[text.length + 3];
        System.arraycopy(text, 0, bytes, 0, text.length);
        bytes[text.length] = (byte) 0xC3; // a lead byte followed by a non-continuation
        bytes[text.length + 1] = (byte) 0x28;
        bytes[text.length + 2] = (byte) 0xFF;
        return bytes;
    }

    private static java.nio.charset.Charset charsetOf(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
