package dev.form4.cli;

import dev.form4.IoReason;
import dev.form4.write.OutputException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output that can tell a failed write from success. A PrintWriter swallows IOExceptions and keeps a
 * flag; System.out does the same one level down, so a full disk or a closed pipe went unnoticed. This writer
 * keeps the first failure's reason, and {@link #check(PrintWriter)} turns a failed stream into an
 * {@link OutputException} (exit 4).
 */
final class CheckedPrintWriter extends PrintWriter {

    static final String STDOUT = "standard output";

    private final Recorder recorder;

    private CheckedPrintWriter(Recorder recorder) {
        super(recorder);
        this.recorder = recorder;
    }

    /** The process's stdout, in UTF-8 whatever the locale: JSON, XML and CSV are UTF-8 documents. */
    static CheckedPrintWriter stdout() {
        return to(new FileOutputStream(FileDescriptor.out));
    }

    static CheckedPrintWriter to(OutputStream stream) {
        return of(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    static CheckedPrintWriter of(Writer writer) {
        return new CheckedPrintWriter(new Recorder(writer));
    }

    /** Flushes {@code out}; throws when any write to it failed, with the reason when this class wrote it. */
    static void check(PrintWriter out) {
        if (out.checkError()) {
            String reason = out instanceof CheckedPrintWriter c && c.recorder.failure != null
                    ? IoReason.of(c.recorder.failure) : "the write failed";
            throw new OutputException(STDOUT, reason, out instanceof CheckedPrintWriter c ? c.recorder.failure : null);
        }
    }

    /** Passes writes through and remembers the first IOException, which PrintWriter would lose. */
    private static final class Recorder extends Writer {
        private final Writer target;
        private IOException failure;

        Recorder(Writer target) {
            this.target = target;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            try {
                target.write(chars, offset, length);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                target.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                target.close();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
