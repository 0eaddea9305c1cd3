package dev.form4.cli;

import dev.form4.Form4Extractor;
import dev.form4.parse.ParsedDocument;
import dev.form4.write.AtomicFiles;
import dev.form4.write.TreeSvgWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tree", mixinStandardHelpOptions = true,
        description = {"Print the form grammar's parse tree of a Form 4 in LISP form (as TestRig -tree does), then its syntax"
                + " diagnostics on stderr.",
                "With --svg: draw it as an SVG picture instead; long runs of same-named siblings are collapsed and the"
                        + " depth can be limited, so large trees stay usable.",
                "A file that extract refuses (empty, binary, JSON, XML, not a Form 4) is refused here too;"
                        + " --fragment parses any text, e.g. a piece of a form."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:tree printed or written (syntax diagnostics may have been reported)", Form4Cli.EXIT_INTERNAL,
                "2:usage error (also --svg naming the input itself), or a file that is not a readable Form 4",
                Form4Cli.EXIT_OUTPUT})
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

    @Option(names = "--fragment", description = "Parse any text, also a piece of a form (the grammar examples);"
            + " only what is no text at all (empty, binary) is refused.")
    boolean fragment;

    @Parameters(paramLabel = "FILE", description = "A Form 4 as a converter wrote it.")
    Path file;

    @Override
    public Integer call() {
        if (maxDepth < 0 || collapse < 0 || (collapse > 0 && collapse < 3)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-depth must be 0 or more; --collapse must be 0 (off) or 3 or more");
        }
        if (svg != null) {
            OutputPaths.requireNotInput(spec.commandLine(), "--svg", svg, file);
        }
        Form4Extractor extractor = limits.extractor();
        ParsedDocument parsed = fragment ? extractor.parseFragment(file) : extractor.parse(file);
        if (svg == null) {
            spec.commandLine().getOut().println(parsed.toStringTree());
            CheckedPrintWriter.check(spec.commandLine().getOut());
        } else {
            AtomicFiles.write(svg, new TreeSvgWriter(maxDepth, collapse, !rulesOnly).write(parsed.tree(), parsed.parser()));
            spec.commandLine().getErr().println("wrote " + svg);
        }
        parsed.syntaxDiagnostics().forEach(d -> spec.commandLine().getErr().println(file + ":" + d));
        return Form4Cli.OK;
    }
}
