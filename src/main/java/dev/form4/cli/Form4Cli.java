package dev.form4.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar form4-extractor.jar <command>}. Exit codes: 0 extracted (diagnostics allowed), 1 internal
 * error (a bug: please report it), 2 usage error or an input that is not a readable Form 4.
 */
@Command(name = "form4-extractor",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns SEC Form 4 filings that went through OCR or PDF-to-Markdown back into structured data.",
        subcommands = {ExtractCommand.class, ReportCommand.class, TreeCommand.class, TokensCommand.class, EvalCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:extracted (diagnostics may have been reported)",
                "1:internal error (a bug; the message says where)",
                "2:usage error, or an input that is not a readable Form 4"})
public final class Form4Cli implements Runnable {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (extract, tree, tokens, ...)");
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Form4Cli());
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? BAD_INPUT : INTERNAL_ERROR);
        cli.setExecutionExceptionHandler(new ExecutionErrors());
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        return cli;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
