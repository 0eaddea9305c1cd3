package dev.form4.cli;

import dev.form4.Form4Extractor;
import dev.form4.parse.ParsedDocument;
import dev.form4.write.AtomicFiles;
import dev.form4.write.TreeSvgWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tree", mixinStandardHelpOptions = true,
        description = {"Print the parse tree of a Markdown Form 4 in LISP form (as TestRig -tree does), then its syntax"
                + " diagnostics on stderr.",
                "With --svg: draw it as an SVG picture instead; long runs of same-named siblings are collapsed and the"
                        + " depth can be limited, so large trees stay usable."})
final class TreeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    LimitOptions limits;

    @Option(names = "--svg", paramLabel = "OUT.svg", description = "Write the tree as an SVG picture.")
    Path svg;

    @Option(names = "--max-depth", paramLabel = "N", defaultValue = "0",
            description = "SVG: draw N levels; deeper subtrees become one node counting what they hold (default: 0, no limit).")
    int maxDepth;

    @Option(names = "--collapse", paramLabel = "N", defaultValue = "6",
            description = "SVG: a run of more than N same-named siblings shows its first two, its last and a count"
                    + " (default: ${DEFAULT-VALUE}; 0 draws every node).")
    int collapse;

    @Option(names = "--rules-only", description = "SVG: leave the tokens out, draw only the rules.")
    boolean rulesOnly;

    @Parameters(paramLabel = "FILE", description = "Markdown file.")
    Path file;

    @Override
    public Integer call() {
        if (maxDepth < 0 || collapse < 0 || (collapse > 0 && collapse < 3)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-depth must be 0 or more; --collapse must be 0 (off) or 3 or more");
        }
        ParsedDocument parsed = limits.extractor().parse(file);
        if (svg == null) {
            spec.commandLine().getOut().println(parsed.toStringTree());
        } else {
            String picture = new TreeSvgWriter(maxDepth, collapse, !rulesOnly).write(parsed.tree(), parsed.parser());
            try {
                AtomicFiles.write(svg, picture);
            } catch (IOException e) {
                spec.commandLine().getErr().println("error: cannot write " + svg + ": " + e.getMessage());
                return Form4Cli.BAD_INPUT;
            }
            spec.commandLine().getErr().println("wrote " + svg);
        }
        parsed.syntaxDiagnostics().forEach(d -> spec.commandLine().getErr().println(file + ":" + d));
        return Form4Cli.OK;
    }
}
