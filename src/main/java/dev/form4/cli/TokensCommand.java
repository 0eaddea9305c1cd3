package dev.form4.cli;

import dev.form4.Form4Extractor;
import dev.form4.parse.Form4Parser;
import dev.form4.parse.ParsedDocument;
import dev.form4.parse.RowToken;
import org.antlr.v4.runtime.Token;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = {"Print the form grammar's tokens: one row of the document a line, as 'TYPE line:column text'.",
                "The listing is what the ANTLR Interpreter reads with grammar/dev/form4/parse/Form4RowLexer.g4.",
                "A file that extract refuses (empty, binary, JSON, XML, not a Form 4) is refused here too;"
                        + " --fragment reads any text, e.g. a piece of a form."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:tokens printed", Form4Cli.EXIT_INTERNAL,
                "2:usage error, or a file that is not a readable Form 4", Form4Cli.EXIT_OUTPUT})
final class TokensCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    LimitOptions limits;

    @CommandLine.Option(names = "--fragment", description = "Read any text, also a piece of a form; only what is no"
            + " text at all (empty, binary) is refused.")
    boolean fragment;

    @Parameters(paramLabel = "FILE", description = "A Form 4 as a converter wrote it.")
    Path file;

    @Override
    public Integer call() {
        Form4Extractor extractor = limits.extractor();
        ParsedDocument parsed = fragment ? extractor.parseFragment(file) : extractor.parse(file);
        PrintWriter out = spec.commandLine().getOut();
        for (Token t : parsed.tokens().getTokens()) {
            if (t instanceof RowToken row) {
                out.printf("%s %d:%d %s%n", Form4Parser.VOCABULARY.getSymbolicName(t.getType()), t.getLine(),
                        t.getCharPositionInLine() + 1, row.row().text().replace("\r", " ").replace("\n", " "));
            }
        }
        CheckedPrintWriter.check(out);
        return Form4Cli.OK;
    }
}
