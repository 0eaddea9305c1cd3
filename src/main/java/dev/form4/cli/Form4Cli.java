package dev.form4.cli;

import dev.form4.write.OutputException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar form4-extractor.jar <command>}. Exit codes: 0 done (diagnostics allowed), 1 internal error
 * (a bug: please report it), 2 usage error or an input that is not a readable Form 4, 3 {@code extract
 * --fail-on} met a diagnostic of that severity, 4 an output could not be written. When several apply, the
 * first of 1, 4, 2, 3 is the exit code.
 */
@Command(name = "form4-extractor",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns SEC Form 4 filings that went through OCR or PDF-to-Markdown back into structured data.",
        exitCodeListHeading = "%nExit codes (all commands; when several apply, the first of 1, 4, 2, 3):%n",
        exitCodeList = {Form4Cli.EXIT_OK, Form4Cli.EXIT_INTERNAL, Form4Cli.EXIT_BAD_INPUT,
                "3:extract --fail-on SEVERITY: some document got a diagnostic of that severity or worse",
                Form4Cli.EXIT_OUTPUT})
public final class Form4Cli implements Runnable {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    public static final int FAILED_ON_DIAGNOSTICS = 3;
    public static final int OUTPUT_FAILED = 4;

    // The rows every command's --help shows; the README's table says the same.
    static final String EXIT_OK = "0:done (diagnostics may have been reported)";
    static final String EXIT_INTERNAL = "1:internal error: a bug, reported with its stack trace";
    static final String EXIT_BAD_INPUT = "2:usage error, or an input that is not a readable Form 4 (empty, binary, not"
            + " UTF-8, not a Form 4, over a limit); other inputs of the same run are still done";
    static final String EXIT_OUTPUT = "4:an output could not be written (stdout, a file, the --out directory); the"
            + " message names it and says why";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (extract, tree, tokens, ...)");
    }

    // The subcommands in the order the usage message lists them.
    private static final List<String> COMMANDS = List.of("extract", "report", "tree", "tokens", "eval", "help");

    /** The command line with every command, as {@code --help} and {@code help} show them. */
    public static CommandLine commandLine() {
        return commandLine(COMMANDS);
    }

    /**
     * The command line for these arguments: when they start with a command's name, only that command is built.
     * Picocli builds a command's model by reflection over its class, its options and mixins when the command is
     * added; a run of {@code extract FILE} needs none of the others (about half of the command line's set-up).
     */
    static CommandLine commandLineFor(String[] args) {
        boolean one = args.length > 0 && COMMANDS.contains(args[0]) && !args[0].equals("help");
        return commandLine(one ? List.of(args[0]) : COMMANDS);
    }

    private static CommandLine commandLine(List<String> commands) {
        CommandLine cli = new CommandLine(new Form4Cli());
        // Added before the settings below: picocli passes them on to the subcommands added so far.
        for (String name : commands) {
            cli.addSubcommand(name, command(name));
        }
        WholeNumbers.register(cli);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? BAD_INPUT : INTERNAL_ERROR);
        cli.setExecutionExceptionHandler(new ExecutionErrors());
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        return cli;
    }

    private static Object command(String name) {
        return switch (name) {
            case "extract" -> new ExtractCommand();
            case "report" -> new ReportCommand();
            case "tree" -> new TreeCommand();
            case "tokens" -> new TokensCommand();
            case "eval" -> new EvalCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * Runs the command, then checks standard output once more: what a command did not check itself (--help,
     * --version, a usage message) must not end in exit 0 when it was never written.
     */
    public static int execute(CommandLine cli, String... args) {
        int exit = cli.execute(args);
        if (exit == OUTPUT_FAILED || exit == INTERNAL_ERROR) {
            return exit;
        }
        try {
            CheckedPrintWriter.check(cli.getOut());
            return exit;
        } catch (OutputException e) {
            cli.getErr().println("error: " + e.getMessage());
            cli.getErr().flush();
            return OUTPUT_FAILED;
        }
    }

    public static void main(String[] args) {
        Preload.startFor(args);
        CommandLine cli = commandLineFor(args);
        cli.setOut(CheckedPrintWriter.stdout());
        System.exit(execute(cli, args));
    }
}
