package dev.form4.batch;

import java.io.PrintWriter;

/**
 * Messages and the progress bar on stderr. The bar is drawn only on a terminal (redrawn in place with a
 * carriage return); a message first clears it so the two never mix on one line.
 */
final class BatchConsole {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean bar;
    private final int total;
    private long lastDrawn;
    private boolean drawn;

    BatchConsole(PrintWriter err, boolean bar, int total) {
        this.err = err;
        this.bar = bar;
        this.total = total;
    }

    synchronized void message(String line) {
        clear();
        err.println(line);
        err.flush();
    }

    synchronized void progress(BatchSummary summary) {
        long now = System.nanoTime();
        long done = summary.done();
        if (!bar || (done < total && now - lastDrawn < REDRAW_NANOS)) {
            return;
        }
        lastDrawn = now;
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total
                + (summary.failedCount() > 0 ? "  " + summary.failedCount() + " failed" : ""));
        err.flush();
        drawn = true;
    }

    synchronized void finish(BatchSummary summary) {
        clear();
        err.println(summary.format());
        err.flush();
    }

    private void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            drawn = false;
        }
    }
}
