package dev.form4.robustness;

import dev.form4.cli.CliRun;
import dev.form4.cli.Form4Cli;

/** How the CLI must report a user's bad input: exit 2, one line on stderr, no stack trace. */
final class UserError {

    private UserError() {
    }

    static boolean isOneLine(CliRun run) {
        return run.exit() == Form4Cli.BAD_INPUT && run.err().strip().lines().count() == 1
                && run.err().startsWith("error: ") && !run.err().contains("\tat ") && !run.err().contains("Exception");
    }
}
