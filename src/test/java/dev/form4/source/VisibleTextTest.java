package dev.form4.source;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * VisibleText's passes are written out by hand for speed; each must give what its regex gives (the regexes below
 * are the ones the passes replaced): on every line of the bundled Markdown inputs, on the cases where a regex's
 * backtracking or its notion of a space, a line or a case decides, and on random strings of markup pieces.
 */
class VisibleTextTest {

    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?>");
    private static final Pattern MATH_SUP = Pattern.compile("\\^\\{\\s*(\\(\\d{1,2}\\))\\s*}");
    private static final Pattern UNESCAPED_DOLLAR = Pattern.compile("(?<!\\\\)\\$");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(.)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");

    private record Pass(String name, UnaryOperator<String> byHand, UnaryOperator<String> byRegex) {
    }

    private static final List<Pass> PASSES = List.of(
            new Pass("break", VisibleText::withoutBreaks, s -> BREAK.matcher(s).replaceAll(" ")),
            new Pass("tag", VisibleText::withoutTags, s -> TAG.matcher(s).replaceAll("")),
            new Pass("math sup", VisibleText::withMathSups, s -> MATH_SUP.matcher(s).replaceAll(" $1")),
            new Pass("dollar", VisibleText::withoutUnescapedDollars, s -> UNESCAPED_DOLLAR.matcher(s).replaceAll(" ")),
            new Pass("strong", VisibleText::withoutStrong, s -> STRONG.matcher(s).replaceAll("$2")),
            new Pass("escape", VisibleText::withoutEscapes, s -> ESCAPE.matcher(s).replaceAll("$1")),
            new Pass("collapse", VisibleText::collapseSpaces, VisibleTextTest::collapseByRegex));

    /** What collapseSpaces did before its shortcut for text that is collapsed already. */
    private static String collapseByRegex(String s) {
        StringBuilder sb = new StringBuilder();
        for (String word : s.split("[\\p{javaWhitespace}]+")) {
            if (!word.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ").append(word);
            }
        }
        return sb.toString();
    }

    private static void assertSame(String input) {
        for (Pass pass : PASSES) {
            assertEquals(pass.byRegex().apply(input), pass.byHand().apply(input), () -> pass.name() + " of " + escape(input));
        }
        // the cell's lines are its parts between breaks, as the regex splits it (empty parts are no line)
        List<String> parts = VisibleText.breakParts(input);
        assertEquals(BREAK.matcher(input).find() ? nonEmpty(List.of(BREAK.split(input))) : null,
                parts == null ? null : nonEmpty(parts), () -> "break parts of " + escape(input));
    }

    private static List<String> nonEmpty(List<String> parts) {
        return parts.stream().filter(p -> !p.isEmpty()).toList();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.chars().forEach(c -> sb.append(c < 32 || c > 126 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return sb.append('"').toString();
    }

    @Test
    void everyLineOfTheBundledMarkdownReadsAsTheRegexesReadIt() throws IOException {
        List<Path> inputs = new ArrayList<>();
        for (Path dir : List.of(Path.of("testdata/seed"), Path.of("testdata/converters"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("ACCURACY.md")
                        && !p.getFileName().toString().equals("README.md")).forEach(inputs::add);
            }
        }
        int lines = 0;
        for (Path input : inputs) {
            String text;
            try {
                text = Files.readString(input);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String line : text.split("\n")) {
                assertSame(line); // a cell is a piece of its line between pipes, which no pass reads
                lines++;
            }
        }
        assertEquals(true, lines > 10_000, "lines read: " + lines);
    }

    @Test
    void theCasesWhereBacktrackingSpacesLinesAndCaseDecide() {
        for (String s : List.of("", "x", "<", "<br", "<BR>", "<bR >", "<br\t/>", "<br//>", "<br\u00A0>", "<brx>",
                "</b>", "</>", "< b>", "<b1 class=\"x\">", "<span a='1'<b>>", "<a\n href>", "<a href", "<a<br>>",
                "^{(1)}", "^{ (12) }", "^{(123)}", "^{(1)", "^{(a)}", "^^{(2)}", "^{\u0662}",
                "$", "\\$", "\\\\$", "$$", "a$b\\$c$",
                "**a**", "****", "*****", "***a**", "**a***", "** a**", "**a **", "__a__", "__a**", "**a\nb**", "**a\u2028b**",
                "**a\u0085b** **c**", "**\u00A0a**", "**a\u00A0**", "**\uD83D\uDE00**", "**a** **b**", "_**a**_",
                "\\", "\\\\", "\\\\\\", "\\\n", "\\\u2029", "\\\uD83D\uDE00", "a\\*b", "\\**a**",
                " a  b ", "a\tb", "a\u2003b", "\u00A0a", "a \u00A0b", " ")) {
            assertSame(s);
        }
    }

    @Test
    void randomStringsOfMarkupPiecesReadAsTheRegexesReadThem() {
        String[] pieces = {"<br>", "<br/>", "<BR />", "<b>", "</sup>", "<sup>", "<span class=\"x\">", "<", ">", "/",
                "^{(1)}", "^{", "(", ")", "1", "12", "}", "$", "\\$", "\\", "*", "**", "_", "__", " ", "  ", "\t", "\n",
                "\r", "\u00A0", "\u2028", "\u0085", "a", "B", "Stock", "&amp;", "\uD83D\uDE00", "\uD83D"};
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSame(sb.toString());
        }
    }
}
