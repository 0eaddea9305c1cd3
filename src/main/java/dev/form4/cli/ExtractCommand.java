package dev.form4.cli;

import dev.form4.Extraction;
import dev.form4.Form4Exception;
import dev.form4.Form4Extractor;
import dev.form4.batch.BatchInput;
import dev.form4.batch.BatchRunner;
import dev.form4.batch.FailOn;
import dev.form4.model.Diagnostic;
import dev.form4.write.CsvWriter;
import dev.form4.write.EdgarXmlWriter;
import dev.form4.write.JsonWriter;
import dev.form4.write.OutputFormat;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract Form 4 data from what a converter wrote (Markdown, HTML, layout or OCR text).",
                "Without --out: one file gives pretty JSON on stdout, several give JSON Lines (one object per file with a"
                        + " \"source\" field); csv gives one header, then the rows of every file; edgar-xml takes one file.",
                "With --out DIR: one output file per input (DIR/<name>.json|.xml|.csv), written atomically on all cores;"
                        + " a bad input is reported and the others go on; an input whose output this tool completed"
                        + " for exactly this input (a .<name>.form4 marker beside it) is skipped (resume) unless --force;"
                        + " an output that would overwrite an input of the run is refused before anything is written;"
                        + " a summary ends the run on stderr."},
        exitCodeListHeading = "%nExit codes (when several apply, the first of 1, 4, 2, 3):%n",
        exitCodeList = {Form4Cli.EXIT_OK, Form4Cli.EXIT_INTERNAL, Form4Cli.EXIT_BAD_INPUT,
                "3:--fail-on SEVERITY was given and some document got a diagnostic of that severity or worse"
                        + " (its output is still written)",
                Form4Cli.EXIT_OUTPUT})
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    LimitOptions limits;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class, defaultValue = "json",
            description = "json (contract v1), edgar-xml (the SEC's ownershipDocument XML, schema X0306) or csv"
                    + " (one row per transaction or holding). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Write one output file per input into DIR (batch mode).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Batch mode: documents extracted in parallel (default: the number of cores).")
    Integer threads;

    @Option(names = "--force", description = "Batch mode: extract again even when the output is complete and up to date (its resume marker matches).")
    boolean force;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = FailOnConverter.class,
            description = "error or warning: exit 3 when some document got a diagnostic (or a writer's note) of that"
                    + " severity or worse. Outputs are written all the same.")
    FailOn failOn;

    @Option(names = "--glob", paramLabel = "PATTERN", defaultValue = BatchInput.DEFAULT_GLOB,
            description = "Names of the files taken from a directory (default: ${DEFAULT-VALUE}). Files named on the"
                    + " command line are always taken.")
    String glob;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Files of a Form 4 as a converter wrote them, or directories to walk.")
    List<Path> files;

    @Override
    public Integer call() throws InterruptedException {
        List<BatchInput> inputs;
        try {
            inputs = BatchInput.expand(files, glob);
        } catch (UncheckedIOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (inputs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no input: no file matching " + glob + " in " + files);
        }
        Form4Extractor extractor = limits.extractor();
        if (out != null) {
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (n < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 or more");
            }
            BatchRunner.Options options = new BatchRunner.Options(format, out, n, force, System.console() != null, failOn);
            try {
                return new BatchRunner(extractor, options, spec.commandLine().getErr()).run(inputs).exitCode();
            } catch (BatchRunner.RefusedException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        if (threads != null || force) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads and --force apply to batch mode: give --out DIR");
        }
        if (format == OutputFormat.EDGAR_XML && inputs.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format edgar-xml writes one XML document per input;"
                    + " with " + inputs.size() + " inputs, give --out DIR");
        }
        return toStdout(extractor, inputs);
    }

    /** Each document's output is checked as soon as it is written: a stdout that fails stops the run (exit 4). */
    private int toStdout(Form4Extractor extractor, List<BatchInput> inputs) {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CsvWriter csv = format == OutputFormat.CSV ? new CsvWriter(stdout) : null;
        if (csv != null) {
            csv.header();
        }
        int exit = Form4Cli.OK;
        boolean flagged = false;
        for (BatchInput input : inputs) {
            try {
                Extraction extraction = extractor.extract(input.file());
                List<Diagnostic> notes = switch (format) {
                    case JSON -> {
                        stdout.println(inputs.size() == 1 ? JsonWriter.pretty(extraction) : JsonWriter.line(extraction));
                        yield List.of();
                    }
                    case CSV -> csv.rows(extraction);
                    case EDGAR_XML -> {
                        EdgarXmlWriter.Result result = EdgarXmlWriter.write(extraction.form());
                        stdout.print(result.xml());
                        yield result.warnings();
                    }
                };
                notes.forEach(w -> err.println(OutputFormat.note(input.file().toString(), w)));
                flagged |= failOn != null && failOn.isHitBy(FailOn.worst(extraction, notes));
            } catch (Form4Exception e) {
                err.println("error: " + e.getMessage());
                exit = Form4Cli.BAD_INPUT;
            }
            CheckedPrintWriter.check(stdout);
        }
        return exit != Form4Cli.OK ? exit : flagged ? Form4Cli.FAILED_ON_DIAGNOSTICS : Form4Cli.OK;
    }

    static final class FailOnConverter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            try {
                return FailOn.fromCliName(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.fromCliName(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
