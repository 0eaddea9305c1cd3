package dev.form4.robustness;

import dev.form4.cli.CliRun;
import dev.form4.TestInputs;
import dev.form4.Form4Exception;
import dev.form4.Form4Extractor;
import dev.form4.source.MarkdownLexer;
import dev.form4.source.ParseLimits;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each limit, measured on the seed: set exactly to the seed's own size it passes, one below it fails with
 * LIMIT_EXCEEDED, a message that names the limit and the option that raises it, and the place where there is one.
 * The same through the CLI: exit 0, then exit 2 with one line on stderr.
 */
class LimitsTest {

    private static final String SEED = TestInputs.seed();
    /** The seed as the Markdown front-end lexes it, EOF included, as the limit counts tokens. */
    private static final List<? extends Token> SEED_TOKENS = markdownTokens(SEED);

    private static List<Token> markdownTokens(String text) {
        MarkdownLexer lexer = new MarkdownLexer(org.antlr.v4.runtime.CharStreams.fromString(text));
        List<Token> tokens = new java.util.ArrayList<>();
        Token t;
        do {
            t = lexer.nextToken();
            tokens.add(t);
        } while (t.getType() != Token.EOF);
        return tokens;
    }

    @Test
    void maxChars() {
        int chars = SEED.length();
        assertPasses(ParseLimits.DEFAULT.withMaxChars(chars));
        Form4Exception e = assertFails(ParseLimits.DEFAULT.withMaxChars(chars - 1), "maxChars", "--max-chars");
        assertEquals(0, e.line(), "a whole-input limit has no place to point at");
        assertTrue(e.getMessage().contains(chars + " characters"), e.getMessage());
        assertCli("--max-chars", chars, "maxChars");
    }

    @Test
    void maxCharsOnAReaderStopsReading() {
        int chars = SEED.length();
        assertNotNull(new Form4Extractor(ParseLimits.DEFAULT.withMaxChars(chars)).extract("seed", new StringReader(SEED)));
        Form4Exception e = assertThrows(Form4Exception.class, () -> new Form4Extractor(
                ParseLimits.DEFAULT.withMaxChars(chars - 1)).extract("seed", new StringReader(SEED)));
        assertEquals(Form4Exception.Reason.LIMIT_EXCEEDED, e.reason());
        assertTrue(e.getMessage().contains("maxChars") && e.getMessage().contains("--max-chars"), e.getMessage());
    }

    @Test
    void maxTokens() {
        int tokens = SEED_TOKENS.size(); // EOF included, as the lexer counts it
        assertPasses(ParseLimits.DEFAULT.withMaxTokens(tokens));
        Form4Exception e = assertFails(ParseLimits.DEFAULT.withMaxTokens(tokens - 1), "maxTokens", "--max-tokens");
        Token first = SEED_TOKENS.get(tokens - 1); // the one token too many
        assertEquals(first.getLine(), e.line());
        assertEquals(first.getCharPositionInLine() + 1, e.column());
        assertCli("--max-tokens", tokens, "maxTokens");
    }

    @Test
    void maxLineLength() {
        String[] lines = SEED.split("\r\n|\r|\n", -1);
        int longest = 0;
        int longestLine = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].length() > longest) {
                longest = lines[i].length();
                longestLine = i + 1;
            }
        }
        assertPasses(ParseLimits.DEFAULT.withMaxLineLength(longest));
        Form4Exception e = assertFails(ParseLimits.DEFAULT.withMaxLineLength(longest - 1), "maxLineLength", "--max-line-length");
        assertEquals(longestLine, e.line());
        assertEquals(longest, e.column(), "points at the first character past the limit");
        assertTrue(e.getMessage().contains("seed:" + longestLine + ":" + longest + ": "), e.getMessage());
        assertCli("--max-line-length", longest, "maxLineLength");
    }

    @Test
    void maxCellsPerRow() {
        int widest = 0;
        Token widestPipe = null;
        int line = -1;
        int pipes = 0;
        for (Token t : SEED_TOKENS) {
            if (t.getLine() != line) {
                line = t.getLine();
                pipes = 0;
            }
            if (t.getType() == MarkdownLexer.PIPE && ++pipes > widest) {
                widest = pipes;
                widestPipe = t;
            }
        }
        assertTrue(widest > 10, "the seed has wide rows: " + widest);
        assertPasses(ParseLimits.DEFAULT.withMaxCellsPerRow(widest));
        Form4Exception e = assertFails(ParseLimits.DEFAULT.withMaxCellsPerRow(widest - 1), "maxCellsPerRow", "--max-cells-per-row");
        assertEquals(widestPipe.getLine(), e.line());
        assertEquals(widestPipe.getCharPositionInLine() + 1, e.column());
        assertCli("--max-cells-per-row", widest, "maxCellsPerRow");
    }

    @Test
    void defaultsAcceptTheSeedWithRoomToSpare() {
        ParseLimits d = ParseLimits.DEFAULT;
        assertTrue(d.maxChars() > 1000L * SEED.length());
        assertTrue(d.maxTokens() > 1000L * SEED_TOKENS.size());
        assertTrue(d.maxCellsPerRow() >= 10 * 21);
        assertPasses(d);
    }

    @Test
    void aNonPositiveLimitIsAUsageError() {
        CliRun cli = CliRun.of("extract", "--max-tokens", "0", TestInputs.SEED.toString());
        assertEquals(2, cli.exit(), cli.err());
        assertTrue(cli.err().contains("limits must be positive"), cli.err());
        assertTrue(!cli.err().contains("\tat "), cli.err());
        assertThrows(IllegalArgumentException.class, () -> ParseLimits.DEFAULT.withMaxChars(0));
    }

    @Test
    void theDebuggingCommandsHonourTheLimitsToo() {
        for (String command : List.of("tree", "tokens")) {
            CliRun cli = CliRun.of(command, "--max-tokens", "100", TestInputs.SEED.toString());
            assertTrue(UserError.isOneLine(cli), command + ": " + cli);
            assertTrue(cli.err().contains("--max-tokens"), cli.err());
        }
    }

    private static void assertPasses(ParseLimits limits) {
        assertNotNull(new Form4Extractor(limits).extract("seed", SEED).form());
    }

    private static Form4Exception assertFails(ParseLimits limits, String limitName, String option) {
        Form4Exception e = assertThrows(Form4Exception.class, () -> new Form4Extractor(limits).extract("seed", SEED));
        assertEquals(Form4Exception.Reason.LIMIT_EXCEEDED, e.reason());
        assertTrue(e.getMessage().startsWith("seed"), "names the source: " + e.getMessage());
        assertTrue(e.getMessage().contains("limit " + limitName), "names the limit: " + e.getMessage());
        assertTrue(e.getMessage().contains("raise it with " + option), "names the option: " + e.getMessage());
        return e;
    }

    private static void assertCli(String option, long seedValue, String limitName) {
        CliRun ok = CliRun.of("extract", option, String.valueOf(seedValue), TestInputs.SEED.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("\"documentType\""), ok.out());

        CliRun over = CliRun.of("extract", option, String.valueOf(seedValue - 1), TestInputs.SEED.toString());
        assertTrue(UserError.isOneLine(over), over.toString());
        assertTrue(over.err().contains(TestInputs.SEED.toString()), over.err());
        assertTrue(over.err().contains(limitName) && over.err().contains(option), over.err());
        assertEquals("", over.out());
    }
}
