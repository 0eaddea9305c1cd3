package dev.form4.cli;

import dev.form4.model.HeaderFields;
import dev.form4.model.OwnerFields;
import dev.form4.model.RowKind;
import dev.form4.model.SignatureFields;
import dev.form4.parse.Form4Parser;
import dev.form4.recognize.FormRecognizer;
import dev.form4.source.MarkdownLexer;
import dev.form4.source.MarkdownParser;
import dev.form4.write.JsonWriter;

import java.util.List;
import java.util.Set;

/**
 * The static set-up that a command reading documents pays before its first document (the ANTLR lexer's and
 * parsers' ATNs, read from their serialized form; the reader's caption patterns; the JSON generator's factory;
 * the model's field tables, which the repairs and writers read after the document is recognized),
 * done on a daemon thread while picocli builds the command line on the main thread: one {@code extract FILE}
 * runs those two parts side by side on a second core instead of one after the other. The classes are
 * initialized as the command would initialize them; a failure there is the command's to meet and report.
 */
final class Preload {

    private static final Set<String> DOCUMENT_COMMANDS = Set.of("extract", "report", "eval", "tree", "tokens");

    private Preload() {
    }

    static void startFor(String[] args) {
        if (args.length == 0 || !DOCUMENT_COMMANDS.contains(args[0])) {
            return; // --version, --help: nothing to read
        }
        Thread thread = new Thread(Preload::initialize, "form4-preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static void initialize() {
        // Class literals resolve here, on this thread; Class.forName with true runs the static initializers.
        List<Class<?>> classes = List.of(MarkdownLexer.class, MarkdownParser.class, Form4Parser.class,
                FormRecognizer.class, JsonWriter.class);
        try {
            for (Class<?> c : classes) {
                Class.forName(c.getName(), true, c.getClassLoader());
            }
            FormRecognizer.initializeReaders();
            // last: the main thread needs them only once the document is read
            for (Class<?> c : List.of(RowKind.class, HeaderFields.class, OwnerFields.class, SignatureFields.class)) {
                Class.forName(c.getName(), true, c.getClassLoader());
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // the command initializes the class itself and reports what goes wrong
        }
    }
}
