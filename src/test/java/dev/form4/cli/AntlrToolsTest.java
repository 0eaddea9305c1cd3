package dev.form4.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.form4.TestInputs;
import dev.form4.parse.Form4Parser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.gui.Interpreter;
import org.antlr.v4.gui.TestRig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The README's ANTLR tool commands, run in-process on the classes the runnable jar holds: TestRig on the
 * generated parser (grammar name dev.form4.parse.Form4) prints the tree `tree` prints, and the Interpreter
 * runs the .g4 files over the `tokens` listing to a tree of the same rules.
 */
@ResourceLock(Resources.SYSTEM_OUT) // TestRig and the Interpreter print to System.out, which this captures
class AntlrToolsTest {

    private static final Pattern RULE = Pattern.compile("\\(([a-zA-Z]+)");
    private static final Set<String> RULE_NAMES = Set.of(Form4Parser.ruleNames);

    @Test
    void testRigTreeIsTheTreeCommandsTree() throws Exception {
        String rig = systemOut(() -> new TestRig(new String[] {
                "dev.form4.parse.Form4", "document", "-tree", TestInputs.SEED.toString()}).process());
        CliRun tree = CliRun.of("tree", TestInputs.SEED.toString());
        assertEquals(0, tree.exit(), tree.err());
        assertEquals(tree.out(), rig);
    }

    @Test
    void interpreterOverTheTokenListingParsesTheSameRules(@TempDir Path dir) throws Exception {
        CliRun tokens = CliRun.of("tokens", TestInputs.SEED.toString());
        assertEquals(0, tokens.exit(), tokens.err());
        Path rows = dir.resolve("rows.txt");
        Files.writeString(rows, tokens.out());
        String interpreted = systemOut(() -> Interpreter.main(new String[] {
                "grammar/dev/form4/parse/Form4Parser.g4", "grammar/dev/form4/parse/Form4RowLexer.g4",
                "document", "-tree", rows.toString()}));
        String tree = CliRun.of("tree", TestInputs.SEED.toString()).out();
        List<String> rules = rules(tree);
        assertTrue(rules.size() > 50, "the seed's tree has its rules: " + rules.size());
        assertEquals(rules, rules(interpreted));
    }

    private static List<String> rules(String lisp) {
        List<String> rules = new ArrayList<>();
        Matcher m = RULE.matcher(lisp);
        while (m.find()) {
            if (RULE_NAMES.contains(m.group(1))) { // not a text's own parenthesis, "(Month/Day/Year)"
                rules.add(m.group(1));
            }
        }
        return rules;
    }

    private interface Run {
        void run() throws Exception;
    }

    /** TestRig and the Interpreter print to System.out; the test's own output is kept and restored. */
    private static synchronized String systemOut(Run run) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
