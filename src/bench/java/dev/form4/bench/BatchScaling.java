package dev.form4.bench;

import dev.form4.Form4Exception;
import dev.form4.Form4Extractor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Documents per second with 1 and 2 threads sharing one extractor (as the batch command's workers do) over the
 * corpus renderings (levels 0 and 2) and the converter sets, each count after a warm-up of its own. Besides the
 * wall-clock rate it prints the CPU time per document (the same at 2 threads as at 1 when nothing is shared
 * that costs) and the time the workers spent blocked on a monitor, which is where contention would show on a
 * machine whose other load leaves fewer than two cores free. Arguments: warm-up and measured seconds.
 *
 * <pre>mvn -Pbench -DskipTests test-compile exec:exec -Dbench.main=dev.form4.bench.BatchScaling -Dbench.args='20 20'</pre>
 */
public final class BatchScaling {

    private BatchScaling() {
    }

    public static void main(String[] args) throws Exception {
        double warmup = args.length > 0 ? Double.parseDouble(args[0]) : 20;
        double measured = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String set : List.of("level0", "level2", "pandoc", "pdftotext")) {
            Documents d = Documents.of(set);
            names.addAll(d.names());
            texts.addAll(d.texts());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads.isThreadContentionMonitoringSupported()) {
            threads.setThreadContentionMonitoringEnabled(true);
        }
        Form4Extractor extractor = new Form4Extractor();
        System.out.printf("%d documents (corpus renderings at levels 0 and 2, pandoc, pdftotext), %d processors%n",
                texts.size(), Runtime.getRuntime().availableProcessors());
        double one = 0;
        for (int n : new int[] {1, 2}) {
            run(extractor, names, texts, n, warmup, threads);
            Result r = run(extractor, names, texts, n, measured, threads);
            one = n == 1 ? r.perSecond : one;
            System.out.printf("%d thread%s: %.0f documents/s, %.2f ms CPU per document, blocked %.1f%% of the time%s%n",
                    n, n == 1 ? " " : "s", r.perSecond, r.cpuMsPerDocument, r.blockedShare * 100,
                    n == 1 ? "" : String.format(", %.2fx one thread", r.perSecond / one));
        }
    }

    private record Result(double perSecond, double cpuMsPerDocument, double blockedShare) {
    }

    private static Result run(Form4Extractor extractor, List<String> names, List<String> texts, int n, double seconds,
                              ThreadMXBean mx) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicLong cpu = new AtomicLong();
        AtomicLong blocked = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(n);
        long start = System.nanoTime();
        for (int t = 0; t < n; t++) {
            Thread worker = new Thread(() -> {
                long cpu0 = mx.getCurrentThreadCpuTime();
                long blocked0 = mx.getThreadInfo(Thread.currentThread().getId()).getBlockedTime();
                while (!stop.get()) {
                    int i = (int) (next.getAndIncrement() % texts.size());
                    try {
                        extractor.extract(names.get(i), texts.get(i));
                    } catch (Form4Exception e) {
                        // counted: refusing is the extractor's answer for that input
                    }
                    done.incrementAndGet();
                }
                cpu.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
                blocked.addAndGet(mx.getThreadInfo(Thread.currentThread().getId()).getBlockedTime() - blocked0);
                finished.countDown();
            }, "batch-" + t);
            worker.start();
        }
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        finished.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result(done.get() / elapsed, cpu.get() / 1e6 / done.get(), blocked.get() / 1e3 / (elapsed * n));
    }
}
