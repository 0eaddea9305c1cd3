package dev.form4.batch;

import dev.form4.Extraction;
import dev.form4.Form4Exception;
import dev.form4.Form4Extractor;
import dev.form4.model.Diagnostic;
import dev.form4.write.AtomicFiles;
import dev.form4.write.OutputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Extracts many documents on a thread pool, one output file per input under an output directory, written
 * atomically. A bad input is reported ({@code file: reason}) and the run goes on; an input whose output is
 * newer than it is skipped unless {@code force}, so an interrupted run resumes where it stopped.
 */
public final class BatchRunner {

    public record Options(OutputFormat format, Path outDir, int threads, boolean force, boolean progressBar) {
    }

    private final Form4Extractor extractor;
    private final Options options;
    private final PrintWriter err;

    public BatchRunner(Form4Extractor extractor, Options options, PrintWriter err) {
        this.extractor = extractor;
        this.options = options;
        this.err = err;
    }

    public BatchSummary run(List<BatchInput> inputs) throws InterruptedException {
        BatchSummary summary = new BatchSummary();
        BatchConsole console = new BatchConsole(err, options.progressBar(), inputs.size());
        Map<Path, Path> claimed = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()));
        try {
            for (BatchInput input : inputs) {
                Path output = input.output(options.outDir(), options.format().extension()).normalize();
                Path first = claimed.putIfAbsent(output, input.file());
                if (first != null) {
                    console.message(input.file() + ": output " + output + " is already written for " + first + "; skipped");
                    summary.failed();
                    continue;
                }
                pool.execute(() -> {
                    process(input.file(), output, summary, console);
                    console.progress(summary);
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        }
        summary.finish();
        console.finish(summary);
        return summary;
    }

    private void process(Path input, Path output, BatchSummary summary, BatchConsole console) {
        try {
            if (!options.force() && upToDate(input, output)) {
                summary.skipped();
                return;
            }
            Extraction extraction = extractor.extract(input);
            OutputFormat.Rendered rendered = options.format().render(extraction);
            AtomicFiles.write(output, rendered.text());
            rendered.warnings().stream().filter(w -> w.severity() == Diagnostic.Severity.WARNING)
                    .forEach(w -> console.message(OutputFormat.note(input.toString(), w)));
            summary.written(FieldCount.of(extraction.form()), extraction.count(Diagnostic.Kind.REPAIRED),
                    extraction.count(Diagnostic.Kind.UNREADABLE));
        } catch (Form4Exception e) {
            console.message(e.getMessage());
            summary.failed();
        } catch (IOException e) {
            console.message(input + ": cannot write " + output + ": " + e);
            summary.failed();
        } catch (RuntimeException e) {
            console.message(input + ": internal error (a bug; please report it): " + e);
            summary.internalError();
        }
    }

    private static boolean upToDate(Path input, Path output) throws IOException {
        return Files.exists(output) && Files.exists(input)
                && Files.getLastModifiedTime(output).compareTo(Files.getLastModifiedTime(input)) > 0;
    }
}
