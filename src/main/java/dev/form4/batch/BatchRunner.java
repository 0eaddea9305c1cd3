package dev.form4.batch;

import dev.form4.Extraction;
import dev.form4.Form4Exception;
import dev.form4.Form4Extractor;
import dev.form4.IoReason;
import dev.form4.model.Diagnostic;
import dev.form4.write.AtomicFiles;
import dev.form4.write.OutputException;
import dev.form4.write.OutputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Extracts many documents on a thread pool, one output file per input under an output directory, written
 * atomically. A bad input is reported ({@code error: file: reason}) and the run goes on. An output that cannot
 * be written is reported too; when the failure will repeat for every output (the directory is gone or not
 * writable, the disk is full), the run stops there instead of failing once per input. An input whose output
 * carries a valid resume marker ({@link ResumeMarker}) is skipped unless {@code force}.
 */
public final class BatchRunner {

    /** @param failOn null: no document makes the run fail for its diagnostics */
    public record Options(OutputFormat format, Path outDir, int threads, boolean force, boolean progressBar, FailOn failOn) {
    }

    /** The run was refused before anything was written (an output would overwrite an input, ...). */
    public static final class RefusedException extends RuntimeException {
        RefusedException(String message) {
            super(message);
        }
    }

    /**
     * Where outputs go: {@link AtomicFiles} in a real run; a test gives writes that fail, as a full disk would,
     * without needing one.
     */
    public interface OutputFiles {
        void write(Path target, byte[] content);

        /** Fails when nothing can be written into {@code dir}. */
        void probe(Path dir);

        void delete(Path file);
    }

    /** The real file system: atomic writes, failures in words. */
    public static final OutputFiles ATOMIC = new OutputFiles() {
        @Override
        public void write(Path target, byte[] content) {
            AtomicFiles.write(target, content);
        }

        @Override
        public void probe(Path dir) {
            AtomicFiles.probe(dir);
        }

        @Override
        public void delete(Path file) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new OutputException(file.toString(), e);
            }
        }
    };

    /** Reasons that no other file in the same place can escape. */
    private static final Set<String> ALWAYS_REPEATS = Set.of("no space left on device", "disk quota exceeded",
            "read-only file system", "file too large");

    private final Form4Extractor extractor;
    private final Options options;
    private final PrintWriter err;
    private final OutputFiles files;

    public BatchRunner(Form4Extractor extractor, Options options, PrintWriter err) {
        this(extractor, options, err, ATOMIC);
    }

    public BatchRunner(Form4Extractor extractor, Options options, PrintWriter err, OutputFiles files) {
        this.extractor = extractor;
        this.options = options;
        this.err = err;
        this.files = files;
    }

    /**
     * @throws RefusedException when an output would overwrite an input of the run, or two inputs share an output
     * @throws OutputException  when the output directory cannot be created or written into (nothing is extracted)
     */
    public BatchSummary run(List<BatchInput> inputs) throws InterruptedException {
        Map<BatchInput, Path> outputs = OutputPlan.of(inputs, options.outDir(), options.format().extension());
        files.probe(options.outDir());
        BatchSummary summary = new BatchSummary();
        BatchConsole console = new BatchConsole(err, options.progressBar(), inputs.size());
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()));
        try {
            outputs.forEach((input, output) -> pool.execute(() -> {
                if (stop.get()) {
                    summary.notProcessed();
                } else {
                    process(input.file(), output, summary, console, stop);
                }
                console.progress(summary);
            }));
        } finally {
            pool.shutdown();
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        }
        summary.finish();
        console.finish(summary);
        return summary;
    }

    private void process(Path input, Path output, BatchSummary summary, BatchConsole console, AtomicBoolean stop) {
        try {
            ResumeMarker.Fingerprint source = fingerprint(input);
            if (!options.force()) {
                Optional<ResumeMarker.Recorded> done = ResumeMarker.upToDate(output, options.format(), source);
                if (done.isPresent()) {
                    summary.skipped();
                    flag(summary, done.get().worst());
                    return;
                }
            }
            Extraction extraction = extractor.extract(input);
            OutputFormat.Rendered rendered = options.format().render(extraction);
            write(output, rendered, source, FailOn.worst(extraction, rendered.warnings()));
            rendered.warnings().stream().filter(w -> w.severity() != Diagnostic.Severity.INFO)
                    .forEach(w -> console.message(OutputFormat.note(input.toString(), w)));
            summary.written(FieldCount.of(extraction.form()), extraction.count(Diagnostic.Kind.REPAIRED),
                    extraction.count(Diagnostic.Kind.UNREADABLE));
            flag(summary, FailOn.worst(extraction, rendered.warnings()));
        } catch (Form4Exception e) {
            console.message("error: " + e.getMessage());
            summary.failed();
        } catch (OutputException e) {
            summary.outputFailed();
            if (repeats(e) && stop.compareAndSet(false, true)) {
                console.message("error: " + e.getMessage() + " (the output of " + input + "); stopping: every further"
                        + " output would fail the same way");
            } else if (!stop.get()) {
                console.message("error: " + e.getMessage() + " (the output of " + input + ")");
            }
        } catch (RuntimeException e) {
            console.message("internal error: " + input + ": " + e + " (a bug; please report it)");
            summary.internalError();
        }
    }

    /** The marker goes first and comes back last, so no marker ever vouches for a half-replaced output. */
    private void write(Path output, OutputFormat.Rendered rendered, ResumeMarker.Fingerprint source,
                       Optional<Diagnostic.Severity> worst) {
        Path marker = ResumeMarker.of(output);
        files.delete(marker);
        byte[] bytes = rendered.text().getBytes(StandardCharsets.UTF_8);
        files.write(output, bytes);
        files.write(marker, ResumeMarker.content(options.format(), source, ResumeMarker.Fingerprint.of(bytes), worst));
    }

    private void flag(BatchSummary summary, Optional<Diagnostic.Severity> worst) {
        if (worst.filter(w -> w == Diagnostic.Severity.ERROR).isPresent()) {
            summary.withErrors();
        }
        if (options.failOn() != null && options.failOn().isHitBy(worst)) {
            summary.flagged(options.failOn());
        }
    }

    /** Read exactly as the extractor will read it; a file that cannot be read is the input's fault. */
    private static ResumeMarker.Fingerprint fingerprint(Path input) {
        try {
            return ResumeMarker.Fingerprint.of(input);
        } catch (IOException e) {
            throw new Form4Exception(input.toString(), Form4Exception.Reason.IO, "cannot read: " + IoReason.of(e));
        }
    }

    /** A full disk fails every output; otherwise the directory decides: if it no longer takes a file, none will. */
    private boolean repeats(OutputException e) {
        if (ALWAYS_REPEATS.contains(e.reason())) {
            return true;
        }
        try {
            files.probe(options.outDir());
            return false;
        } catch (OutputException again) {
            return true;
        }
    }
}
