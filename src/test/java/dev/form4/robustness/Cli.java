package dev.form4.robustness;

import dev.form4.cli.Form4Cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process with stdout and stderr captured, as a user's shell would see them. */
record Cli(int exit, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = Form4Cli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }

    /** A user error as the CLI must report it: exit 2, one line on stderr, no stack trace. */
    boolean isOneLineUserError() {
        return exit == Form4Cli.BAD_INPUT && err.strip().lines().count() == 1 && err.startsWith("error: ")
                && !err.contains("\tat ") && !err.contains("Exception");
    }
}
