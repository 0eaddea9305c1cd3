package dev.form4.batch;

import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/** Counters of a batch run, updated from the worker threads. */
public final class BatchSummary {

    private final LongAdder written = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder internalErrors = new LongAdder();
    private final LongAdder fields = new LongAdder();
    private final LongAdder repaired = new LongAdder();
    private final LongAdder unread = new LongAdder();
    private final long started = System.nanoTime();
    private volatile long finished;

    void written(long fieldCount, long repairedCount, long unreadCount) {
        written.increment();
        fields.add(fieldCount);
        repaired.add(repairedCount);
        unread.add(unreadCount);
    }

    void skipped() {
        skipped.increment();
    }

    void failed() {
        failed.increment();
    }

    void internalError() {
        internalErrors.increment();
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
        return failed.sum() + internalErrors.sum();
    }

    public long done() {
        return written() + skippedCount() + failedCount();
    }

    /** 0 all written or skipped; 1 when our own bug stopped a document; 2 when an input could not be read. */
    public int exitCode() {
        return internalErrors.sum() > 0 ? 1 : failed.sum() > 0 ? 2 : 0;
    }

    public String format() {
        double seconds = Math.max(1e-9, ((finished == 0 ? System.nanoTime() : finished) - started) / 1e9);
        long processed = written() + failedCount();
        return String.format(Locale.ROOT,
                "%d documents: %d written, %d skipped (up to date), %d failed; %d fields extracted, %d repaired, %d unread;"
                        + " %.1f s, %.1f documents/s",
                done(), written(), skippedCount(), failedCount(), fields.sum(), repaired.sum(), unread.sum(),
                seconds, processed / seconds);
    }
}
