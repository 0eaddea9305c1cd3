package dev.form4.corpus;

import dev.form4.Form4Exception;
import dev.form4.model.Form4;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs extractions one at a time on a daemon thread with a time limit, so that a hang fails the test instead
 * of stalling the build; a hung worker is abandoned and replaced.
 */
final class TimedExtraction implements AutoCloseable {

    /** What became of one extraction: the form read, or why there is none. */
    record Outcome(Kind kind, Form4 form, String message) {
        enum Kind {
            READ,
            /** The extractor's documented refusal (Form4Exception): not a Form 4 it can read. */
            REFUSED,
            /** Any other exception: a bug. */
            CRASHED,
            HUNG
        }
    }

    private final long limitSeconds;
    private ExecutorService worker = newWorker();

    TimedExtraction(long limitSeconds) {
        this.limitSeconds = limitSeconds;
    }

    Outcome run(Callable<Form4> extraction) {
        Future<Form4> future = worker.submit(extraction);
        try {
            return new Outcome(Outcome.Kind.READ, future.get(limitSeconds, TimeUnit.SECONDS), null);
        } catch (ExecutionException e) {
            return e.getCause() instanceof Form4Exception refused
                    ? new Outcome(Outcome.Kind.REFUSED, null, refused.getMessage())
                    : new Outcome(Outcome.Kind.CRASHED, null, String.valueOf(e.getCause()));
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new Outcome(Outcome.Kind.HUNG, null, "no result within " + limitSeconds + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "timed-extraction");
            t.setDaemon(true);
            return t;
        });
    }
}
