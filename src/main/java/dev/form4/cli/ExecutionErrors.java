package dev.form4.cli;

import dev.form4.Form4Exception;
import dev.form4.write.OutputException;
import picocli.CommandLine;

/**
 * The last line of defence: a Form4Exception is the user's input (exit 2, one line, no stack trace); an
 * OutputException is an output that could not be written (exit 4, one line naming it and why); anything else
 * is our bug (exit 1, with the trace so it can be reported).
 */
final class ExecutionErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (ex instanceof Form4Exception f) {
            commandLine.getErr().println("error: " + f.getMessage());
            return Form4Cli.BAD_INPUT;
        }
        if (ex instanceof OutputException o) {
            commandLine.getErr().println("error: " + o.getMessage());
            return Form4Cli.OUTPUT_FAILED;
        }
        commandLine.getErr().println("internal error: " + ex);
        ex.printStackTrace(commandLine.getErr());
        return Form4Cli.INTERNAL_ERROR;
    }
}
