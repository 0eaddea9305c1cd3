package dev.form4.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.form4.Form4Extractor;
import dev.form4.TestInputs;
import dev.form4.write.OutputException;
import dev.form4.write.OutputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output failures in a batch, with writes that fail as a full disk's do (no root, no tiny file system needed). */
class BatchRunnerTest {

    @TempDir
    Path dir;

    private List<BatchInput> inputs(int n) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < n; i++) {
            Files.copy(TestInputs.SEED, in.resolve("seed" + i + ".md"));
        }
        return BatchInput.expand(List.of(in), BatchInput.DEFAULT_GLOB);
    }

    /** The probe passes (there was room for one byte), then every output fails with {@code reason}. */
    private static final class FailingWrites implements BatchRunner.OutputFiles {
        final AtomicInteger writes = new AtomicInteger();
        final String reason;
        final boolean probeFailsAfterFirstWrite;

        FailingWrites(String reason, boolean probeFailsAfterFirstWrite) {
            this.reason = reason;
            this.probeFailsAfterFirstWrite = probeFailsAfterFirstWrite;
        }

        @Override
        public void write(Path target, byte[] content) {
            writes.incrementAndGet();
            throw new OutputException(target.toString(), reason, null);
        }

        @Override
        public void probe(Path outDir) {
            if (probeFailsAfterFirstWrite && writes.get() > 0) {
                throw new OutputException(outDir.toString(), reason, null);
            }
        }

        @Override
        public void delete(Path file) {
        }
    }

    private static BatchRunner.Options options(Path out) {
        return new BatchRunner.Options(OutputFormat.JSON, out, 1, false, false, null);
    }

    @Test
    void aFullDiskStopsTheRunAfterTheFirstFailure() throws Exception {
        StringWriter err = new StringWriter();
        FailingWrites disk = new FailingWrites("no space left on device", false);
        Path out = dir.resolve("out");
        BatchSummary summary = new BatchRunner(new Form4Extractor(), options(out), new PrintWriter(err), disk).run(inputs(5));
        assertEquals(4, summary.exitCode());
        assertEquals(1, disk.writes.get(), "no further output attempted");
        List<String> lines = err.toString().strip().lines().toList();
        assertEquals(2, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("error: cannot write " + out.resolve("seed0.json") + ": no space left on device"
                + " (the output of "), lines.get(0));
        assertTrue(lines.get(0).endsWith("; stopping: every further output would fail the same way"), lines.get(0));
        assertTrue(lines.get(1).startsWith("5 documents: 0 written, 0 skipped (up to date), 1 failed (1 could not be written),"
                + " 4 not processed (run stopped)"), lines.get(1));
    }

    @Test
    void aDirectoryThatNoLongerTakesFilesStopsTheRunToo() throws Exception {
        StringWriter err = new StringWriter();
        FailingWrites gone = new FailingWrites("permission denied", true);
        BatchSummary summary = new BatchRunner(new Form4Extractor(), options(dir.resolve("out")), new PrintWriter(err), gone)
                .run(inputs(3));
        assertEquals(4, summary.exitCode());
        assertEquals(1, gone.writes.get());
        assertEquals(2, summary.notProcessedCount());
    }

    @Test
    void aFailureOfOneOutputAloneDoesNotStopTheRun() throws Exception {
        StringWriter err = new StringWriter();
        FailingWrites one = new FailingWrites("is a directory", false); // the probe keeps passing
        BatchSummary summary = new BatchRunner(new Form4Extractor(), options(dir.resolve("out")), new PrintWriter(err), one)
                .run(inputs(3));
        assertEquals(4, summary.exitCode());
        assertEquals(3, one.writes.get(), "every input was tried");
        assertEquals(0, summary.notProcessedCount());
        assertEquals(4, err.toString().strip().lines().count(), "one line per failed output, then the summary: " + err);
    }

    @Test
    void anOutDirectoryThatCannotBeWrittenFailsBeforeAnyExtraction() throws Exception {
        Path file = Files.writeString(dir.resolve("out"), "x");
        StringWriter err = new StringWriter();
        OutputException e = org.junit.jupiter.api.Assertions.assertThrows(OutputException.class,
                () -> new BatchRunner(new Form4Extractor(), options(file), new PrintWriter(err)).run(inputs(2)));
        assertEquals(file + " is a file, not a directory", e.reason());
        assertEquals("", err.toString(), "nothing extracted, nothing reported per input");
    }
}
