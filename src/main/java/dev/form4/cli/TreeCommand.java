package dev.form4.cli;

import dev.form4.Form4Extractor;
import dev.form4.parse.ParsedDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "tree", mixinStandardHelpOptions = true,
        description = "Print the parse tree of a Markdown Form 4 in LISP form (as TestRig -tree does), then its syntax diagnostics on stderr.")
final class TreeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    LimitOptions limits;

    @Parameters(paramLabel = "FILE", description = "Markdown file.")
    Path file;

    @Override
    public Integer call() {
        ParsedDocument parsed = new Form4Extractor(limits.toParseLimits()).parse(file.toString(), SourceFiles.read(file));
        spec.commandLine().getOut().println(parsed.toStringTree());
        parsed.syntaxDiagnostics().forEach(d -> spec.commandLine().getErr().println(file + ":" + d));
        return Form4Cli.OK;
    }
}
