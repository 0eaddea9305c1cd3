package dev.form4.cli;

import dev.form4.Form4Extractor;
import dev.form4.grammar.Form4Lexer;
import dev.form4.parse.ParsedDocument;
import org.antlr.v4.runtime.Token;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = {"Print the token stream of a Markdown Form 4: line:column, token type, text (hidden whitespace left"
                + " out unless --all).",
                "A file that extract refuses (empty, binary, JSON, XML, not a Form 4) is refused here too;"
                        + " --fragment lexes any text, e.g. a piece of a form."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:tokens printed", Form4Cli.EXIT_INTERNAL,
                "2:usage error, or a file that is not a readable Form 4", Form4Cli.EXIT_OUTPUT})
final class TokensCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    LimitOptions limits;

    @CommandLine.Option(names = "--all", description = "Include hidden-channel tokens (whitespace).")
    boolean all;

    @CommandLine.Option(names = "--fragment", description = "Lex any text, also a piece of a form; only what is no"
            + " text at all (empty, binary) is refused.")
    boolean fragment;

    @Parameters(paramLabel = "FILE", description = "Markdown file.")
    Path file;

    @Override
    public Integer call() {
        Form4Extractor extractor = new Form4Extractor(limits.toParseLimits());
        ParsedDocument parsed = fragment ? extractor.parseFragment(file) : extractor.parse(file);
        PrintWriter out = spec.commandLine().getOut();
        for (Token t : parsed.tokens().getTokens()) {
            if (!all && t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            String type = t.getType() == Token.EOF ? "EOF" : Form4Lexer.VOCABULARY.getSymbolicName(t.getType());
            out.printf("%d:%d\t%s\t%s%n", t.getLine(), t.getCharPositionInLine() + 1, type,
                    t.getText().replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t"));
        }
        CheckedPrintWriter.check(out);
        return Form4Cli.OK;
    }
}
