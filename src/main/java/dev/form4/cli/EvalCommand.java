package dev.form4.cli;

import dev.form4.Form4Exception;
import dev.form4.Form4Extractor;
import dev.form4.edgar.EdgarXmlException;
import dev.form4.eval.EvalPair;
import dev.form4.eval.EvalReport;
import dev.form4.eval.Evaluator;
import dev.form4.eval.Score;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score extractions against the filings' EDGAR XML: field-level precision, recall and F1,",
                "overall and per group (header, owners, table1, table2, footnoteLinks, footnotes, signatures),",
                "and the fields wrong, missed or spurious.",
                "  eval --truth FILING.xml DOC.md   one document",
                "  eval DIR                         every X.md under DIR with an X.xml beside it"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored (whatever the scores)",
                "1:internal error (an extractor failure on a document is reported, scored as nothing read, and the others still scored)",
                "2:usage error, an unreadable truth XML, or a document the extractor refused (scored as nothing read)",
                Form4Cli.EXIT_OUTPUT})
final class EvalCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    LimitOptions limits;

    @Option(names = "--truth", paramLabel = "FILING.xml", description = "The EDGAR ownershipDocument XML of the one document given.")
    Path truth;

    @Option(names = "--json", description = "Write JSON instead of the text report.")
    boolean json;

    @Option(names = "--details", description = "With a directory: list the fields not read right for every document.")
    boolean details;

    @Parameters(arity = "1", paramLabel = "DOC.md|DIR", description = "A Markdown document (with --truth), or a directory of pairs.")
    Path input;

    @Override
    public Integer call() {
        List<EvalPair> pairs = pairs();
        Evaluator evaluator = new Evaluator(limits.extractor());
        PrintWriter err = spec.commandLine().getErr();
        List<Score> scores = new ArrayList<>();
        int exit = Form4Cli.OK;
        for (EvalPair pair : pairs) {
            try {
                Evaluator.Result result = evaluator.evaluate(pair);
                scores.add(result.score());
                if (result.refusal() != null) {
                    err.println("error: " + result.refusal() + " (scored as nothing read)");
                    exit = Math.max(exit, Form4Cli.BAD_INPUT);
                }
                if (result.failure() != null) {
                    // An extractor bug: report it with its trace, score the document as nothing read, go on.
                    err.println("internal error: " + pair.document() + ": " + result.failure() + " (scored as nothing read)");
                    result.failure().printStackTrace(err);
                    exit = exit == Form4Cli.OK ? Form4Cli.INTERNAL_ERROR : exit;
                }
            } catch (EdgarXmlException e) {
                err.println("error: " + e.getMessage());
                exit = Math.max(exit, Form4Cli.BAD_INPUT);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!scores.isEmpty()) {
            out.print(json ? EvalReport.json(scores) + "\n" : EvalReport.text(scores, details));
        }
        CheckedPrintWriter.check(out);
        return exit;
    }

    private List<EvalPair> pairs() {
        if (truth != null) {
            requireFile(truth);
            requireFile(input);
            return List.of(new EvalPair(input, truth));
        }
        if (!Files.isDirectory(input)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    input + ": not a directory; to score one document give its filing XML with --truth FILING.xml");
        }
        List<EvalPair> pairs = EvalPair.inDirectory(input);
        if (pairs.isEmpty()) {
            throw new Form4Exception(input.toString(), Form4Exception.Reason.IO,
                    "no document pairs (X.md beside X.xml) found");
        }
        return pairs;
    }

    private void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new Form4Exception(file.toString(), Form4Exception.Reason.IO, "no such file");
        }
    }
}
