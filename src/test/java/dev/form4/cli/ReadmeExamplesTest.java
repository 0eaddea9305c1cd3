package dev.form4.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.form4.TestInputs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** The README's examples, run as written and compared with what the commands print. */
class ReadmeExamplesTest {

    private static final String SEED = TestInputs.SEED.toString();
    private static String readme;

    @TempDir
    Path dir;

    @BeforeAll
    static void read() throws IOException {
        readme = Files.readString(Path.of("README.md"));
    }

    /** The lines of the first code block that starts after {@code marker}. */
    private static List<String> blockAfter(String marker) {
        int at = readme.indexOf(marker);
        assertTrue(at >= 0, "the README still shows: " + marker);
        int open = readme.indexOf("```", at + marker.length());
        int start = readme.indexOf('\n', open) + 1;
        int end = readme.indexOf("```", start);
        return readme.substring(start, end).lines().toList();
    }

    @Test
    void csvHeaderAndFirstRow() {
        CliRun run = CliRun.of("extract", "--format", "csv", SEED);
        List<String> shown = blockAfter("form4 extract --format csv testdata/seed/qualys-courtot-2019-11-07.md\n```");
        assertEquals(shown, run.out().lines().limit(2).toList());
    }

    @Test
    void edgarXmlExcerptAndItsNotes() {
        CliRun run = CliRun.of("extract", "--format", "edgar-xml", SEED);
        assertEquals(blockAfter("On stderr, what could not be written as read:"), run.err().lines().toList());
        // "indentation of the value elements shortened here": compared with the blanks between tags left out.
        String xml = String.join("", run.out().lines().map(String::strip).toList());
        List<String> segments = new ArrayList<>(List.of(""));
        for (String line : blockAfter("> qualys.xml\n```")) {
            if (line.strip().equals("...")) {
                segments.add("");
            } else {
                segments.set(segments.size() - 1, segments.get(segments.size() - 1) + line.strip());
            }
        }
        int from = 0;
        for (String segment : segments) {
            int found = xml.indexOf(segment, from);
            assertTrue(found >= 0, "in order in the XML: " + segment);
            from = found + segment.length();
        }
    }

    @Test
    void batchSummaryAndItsRerun() throws IOException {
        Path in = Files.createDirectories(dir.resolve("bench/in"));
        for (int i = 1; i <= 300; i++) {
            Files.copy(TestInputs.SEED, in.resolve(String.format("seed%03d.md", i)));
        }
        byte[] random = new byte[4096];
        new Random(1).nextBytes(random);
        Files.write(in.resolve("damaged.md"), random);
        Path out = dir.resolve("bench/out");
        List<String> shown = blockAfter("a summary at the end:").stream().map(l -> l.replace("bench/in", in.toString())).toList();

        CliRun run = CliRun.of("extract", in.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(2, run.exit());
        List<String> printed = run.err().lines().toList();
        assertEquals(shown.get(0), printed.get(0));
        assertEquals(withoutTiming(shown.get(1)), withoutTiming(printed.get(1)));

        CliRun again = CliRun.of("extract", in.toString(), "--out", out.toString(), "--threads", "2");
        assertTrue(readme.contains("A second run prints `0 written, 300 skipped (up to date),\n1 failed`"));
        assertTrue(again.err().contains("0 written, 300 skipped (up to date), 1 failed"), again.err());
    }

    private static String withoutTiming(String summary) {
        return summary.replaceFirst("; [0-9.]+ s, [0-9.]+ documents/s$", "");
    }

    @Test
    void theMessagesShown() throws IOException {
        Path x = Files.write(dir.resolve("x.md"), new byte[] {'a', 'b', 'c', (byte) 0xFF});
        String utf8 = "error: x.md:1:4: not valid UTF-8 text: byte 0xFF at offset 3 cannot be read as UTF-8; expected the text a converter wrote";
        assertTrue(readme.contains("`" + utf8 + "`"));
        assertEquals(utf8.replace("x.md", x.toString()), CliRun.of("extract", x.toString()).err().strip());

        String seed = TestInputs.seed();
        String control = "x.md: warning: reportingOwners: dropped 2 characters (U+0007, U+001B) that CSV cannot carry as text";
        assertTrue(readme.contains("`" + control + "`"));
        Files.writeString(x, seed.replace("COURTOT PHILIPPE F", "COURTOT \u001b[31mPHILIPPE\u0007 F"));
        assertEquals(control.replace("x.md", x.toString()), CliRun.of("extract", "--format", "csv", x.toString()).err().strip());

        String limit = blockAfter("the CLI prints one line and exits with code 2:").get(0);
        List<String> lines = new ArrayList<>(seed.lines().limit(11).toList());
        lines.add("x".repeat(1_048_577));
        Path big = Files.write(dir.resolve("big.md"), lines);
        CliRun refused = CliRun.of("extract", big.toString());
        assertEquals(2, refused.exit());
        assertEquals(limit.replace("big.md", big.toString()), refused.err().strip());
    }

    @Test
    @ResourceLock(Resources.SYSTEM_OUT) // the example prints to System.out, which this captures
    void theJavaExampleCompilesAndRunsAsWritten() throws Exception {
        List<String> code = blockAfter("## From Java");
        StringBuilder source = new StringBuilder();
        code.stream().filter(l -> l.startsWith("import ")).forEach(l -> source.append(l).append('\n'));
        source.append("public class ReadmeExample {\n    public static void main(String[] args) throws Exception {\n");
        code.stream().filter(l -> !l.startsWith("import ")).forEach(l -> source.append("        ").append(l).append('\n'));
        source.append("        System.out.println(\"shares=\" + shares + \" notes=\" + notes + \" json=\" + json.length()"
                + " + \" tree=\" + (tree != null) + \" lisp=\" + lisp.startsWith(\"(document\"));\n    }\n}\n");
        Path src = Files.writeString(dir.resolve("ReadmeExample.java"), source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int compiled = javac.run(null, null, errors, "-classpath", "target/classes" + java.io.File.pathSeparator
                + System.getProperty("java.class.path"), "-d", dir.toString(), src.toString());
        assertEquals(0, compiled, errors.toString(StandardCharsets.UTF_8) + "\n" + source);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass("ReadmeExample").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(stdout);
        }
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        String shownDiagnostic = code.stream().filter(l -> l.contains("forEach(System.out::println)")).findFirst().orElseThrow();
        String prefix = shownDiagnostic.substring(shownDiagnostic.indexOf('"') + 1, shownDiagnostic.indexOf("...\""));
        assertTrue(lines.get(0).startsWith(prefix), lines.get(0));
        assertTrue(String.join("\n", code).contains("// 36510;") && String.join("\n", code).contains("// [F2]"));
        assertTrue(lines.get(lines.size() - 1).startsWith("shares=36510 notes=[F2] json="), lines.get(lines.size() - 1));
        assertTrue(lines.get(lines.size() - 1).endsWith("tree=true lisp=true"), lines.get(lines.size() - 1));
    }
}
