package dev.form4.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import picocli.CommandLine;

/** Runs the CLI in-process and keeps what it printed (shared by the CLI and robustness tests). */
public record CliRun(int exit, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        CliRun run = withStdout(new PrintWriter(out, true), args);
        return new CliRun(run.exit(), out.toString(), run.err());
    }

    /** With the given standard output, run as main runs it (the final check of stdout included). */
    public static CliRun withStdout(PrintWriter stdout, String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = Form4Cli.commandLine();
        cli.setOut(stdout);
        cli.setErr(new PrintWriter(err, true));
        int exit = Form4Cli.execute(cli, args);
        return new CliRun(exit, "", err.toString());
    }

    /** A standard output whose every write fails as a full disk's does, through the writer main uses. */
    public static PrintWriter fullDisk() {
        return CheckedPrintWriter.of(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
            }

            @Override
            public void close() {
            }
        });
    }
}
