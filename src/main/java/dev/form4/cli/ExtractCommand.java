package dev.form4.cli;

import dev.form4.Extraction;
import dev.form4.Form4Exception;
import dev.form4.Form4Extractor;
import dev.form4.write.JsonWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract Form 4 data from Markdown files.",
                "One file: pretty JSON on stdout. Several: JSON Lines, one object per file with a \"source\" field."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all files extracted (diagnostics may have been reported)",
                "1:internal error", "2:usage error, or a file that is not a readable Form 4 (the others are still written)"})
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    LimitOptions limits;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Markdown file(s) of a Form 4.")
    List<Path> files;

    @Override
    public Integer call() {
        Form4Extractor extractor = new Form4Extractor(limits.toParseLimits());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = Form4Cli.OK;
        for (Path file : files) {
            try {
                Extraction extraction = extractor.extract(file);
                out.println(files.size() == 1 ? JsonWriter.pretty(extraction) : JsonWriter.line(extraction));
            } catch (Form4Exception e) {
                err.println("error: " + e.getMessage());
                exit = Form4Cli.BAD_INPUT;
            }
        }
        out.flush();
        return exit;
    }
}
