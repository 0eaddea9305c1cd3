package dev.form4.batch;

import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/** Counters of a batch run, updated from the worker threads. */
public final class BatchSummary {

    private final LongAdder written = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder outputFailures = new LongAdder();
    private final LongAdder notProcessed = new LongAdder();
    private final LongAdder internalErrors = new LongAdder();
    private final LongAdder flagged = new LongAdder();
    private final LongAdder withErrors = new LongAdder();
    private final LongAdder fields = new LongAdder();
    private final LongAdder repaired = new LongAdder();
    private final LongAdder unread = new LongAdder();
    private final long started = System.nanoTime();
    private volatile long finished;
    private volatile FailOn failOn;

    void written(long fieldCount, long repairedCount, long unreadCount) {
        written.increment();
        fields.add(fieldCount);
        repaired.add(repairedCount);
        unread.add(unreadCount);
    }

    void skipped() {
        skipped.increment();
    }

    /** An input that is not a readable Form 4. */
    void failed() {
        failed.increment();
    }

    /** An input extracted, but its output could not be written. */
    void outputFailed() {
        outputFailures.increment();
    }

    /** An input left alone because the run stopped (every further output would have failed the same way). */
    void notProcessed() {
        notProcessed.increment();
    }

    void internalError() {
        internalErrors.increment();
    }

    /** A document written or skipped whose diagnostics reach the {@code --fail-on} severity. */
    void flagged(FailOn threshold) {
        failOn = threshold;
        flagged.increment();
    }

    /** A document written or skipped with at least one error diagnostic (a part of the form not found). */
    void withErrors() {
        withErrors.increment();
    }

    public long withErrorsCount() {
        return withErrors.sum();
    }

    void finish() {
        finished = System.nanoTime();
    }

    public long written() {
        return written.sum();
    }

    public long skippedCount() {
        return skipped.sum();
    }

    public long failedCount() {
        return failed.sum() + internalErrors.sum() + outputFailures.sum();
    }

    public long notProcessedCount() {
        return notProcessed.sum();
    }

    public long done() {
        return written() + skippedCount() + failedCount() + notProcessedCount();
    }

    /**
     * The run's exit code, as the CLI documents it: 1 when our own bug stopped a document, else 4 when an output
     * could not be written, else 2 when an input could not be read, else 3 when a document reached the
     * {@code --fail-on} severity, else 0.
     */
    public int exitCode() {
        if (internalErrors.sum() > 0) {
            return 1;
        }
        if (outputFailures.sum() > 0) {
            return 4;
        }
        if (failed.sum() > 0) {
            return 2;
        }
        return flagged.sum() > 0 ? 3 : 0;
    }

    public String format() {
        double seconds = Math.max(1e-9, ((finished == 0 ? System.nanoTime() : finished) - started) / 1e9);
        long processed = written() + failedCount();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "%d documents: %d written, %d skipped (up to date), %d failed", done(), written(), skippedCount(), failedCount()));
        if (outputFailures.sum() > 0) {
            line.append(String.format(Locale.ROOT, " (%d could not be written)", outputFailures.sum()));
        }
        if (notProcessed.sum() > 0) {
            line.append(String.format(Locale.ROOT, ", %d not processed (run stopped)", notProcessed.sum()));
        }
        line.append(String.format(Locale.ROOT, "; %d fields extracted, %d repaired, %d unread", fields.sum(), repaired.sum(),
                unread.sum()));
        line.append(String.format(Locale.ROOT, "; %d with errors", withErrors.sum()));
        if (flagged.sum() > 0) {
            line.append(String.format(Locale.ROOT, "; %d with a diagnostic of severity %s or worse", flagged.sum(),
                    failOn.cliName()));
        }
        line.append(String.format(Locale.ROOT, "; %.1f s, %.1f documents/s", seconds, processed / seconds));
        return line.toString();
    }
}
