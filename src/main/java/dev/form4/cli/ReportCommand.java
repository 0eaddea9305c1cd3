package dev.form4.cli;

import dev.form4.Extraction;
import dev.form4.Form4Extractor;
import dev.form4.write.AtomicFiles;
import dev.form4.write.HtmlReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a review page: the source Markdown beside the extracted values, repaired and unread values"
                + " highlighted with their evidence, footnotes and diagnostics linked.",
                "One self-contained HTML file (inline CSS, no script, nothing fetched)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:page written", Form4Cli.EXIT_INTERNAL,
                "2:usage error (also --html naming the input itself), or a file that is not a readable Form 4",
                Form4Cli.EXIT_OUTPUT})
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    LimitOptions limits;

    @Option(names = "--html", paramLabel = "OUT.html", required = true, description = "Where to write the page.")
    Path html;

    @Parameters(paramLabel = "FILE", description = "A Form 4 as a converter wrote it.")
    Path file;

    @Override
    public Integer call() {
        OutputPaths.requireNotInput(spec.commandLine(), "--html", html, file);
        Extraction extraction = limits.extractor().extract(file);
        // The decoded text the parser saw, so that line numbers and positions point at the right lines.
        AtomicFiles.write(html, HtmlReport.render(extraction, extraction.parse().text()));
        spec.commandLine().getErr().println("wrote " + html + " (" + extraction.diagnostics().size() + " diagnostics)");
        return Form4Cli.OK;
    }
}
