package dev.form4.corpus;

import dev.form4.Form4Exception;
import dev.form4.Form4Extractor;
import dev.form4.edgar.EdgarXmlReader;
import dev.form4.eval.FormScorer;
import dev.form4.eval.Score;
import dev.form4.model.Form4;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Renders every corpus filing at every damage level (fixed seeds), extracts each rendering and scores it
 * against the filing's XML. A rendering the extractor refuses (Form4Exception) scores as nothing read, and so
 * does one that throws anything else (a crash) or runs over the time limit (a hang); both are listed.
 */
final class CorpusAccuracy {

    static final Path CORPUS = Path.of("testdata/corpus/edgar-xml");
    static final long TIME_LIMIT_SECONDS = 10;

    /** One rendering: the corpus file it came from, its level, the Markdown. */
    record Rendering(String name, int level, Form4 truth, String markdown) {
    }

    /** The outcome of one level: scores, refusals (Form4Exception), crashes (any other exception), hangs. */
    record LevelResult(int level, List<Score> scores, List<String> refusals, List<String> crashes, List<String> hangs) {
    }

    private CorpusAccuracy() {
    }

    /** The same seed for the same file and level on every run and machine (String.hashCode is specified). */
    static long seed(String name, int level) {
        return name.hashCode() * 31L + level;
    }

    static List<Rendering> renderAll() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        List<Rendering> renderings = new ArrayList<>();
        for (Path file : files) {
            String name = CORPUS.relativize(file).toString().replace('\\', '/');
            Form4 truth = EdgarXmlReader.read(file);
            for (int level = 0; level <= DamageModel.MAX_LEVEL; level++) {
                renderings.add(new Rendering(name, level, truth, DamageModel.render(truth, level, seed(name, level))));
            }
        }
        return renderings;
    }

    static List<LevelResult> measure(List<Rendering> renderings) {
        Form4Extractor extractor = new Form4Extractor();
        List<LevelResult> results = new ArrayList<>();
        for (int level = 0; level <= DamageModel.MAX_LEVEL; level++) {
            results.add(new LevelResult(level, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        }
        ExecutorService worker = Executors.newSingleThreadExecutor(daemon());
        try {
            for (Rendering r : renderings) {
                LevelResult result = results.get(r.level());
                String source = r.name() + "@" + r.level();
                Future<Form4> extraction = worker.submit(() -> extractor.extract(source, r.markdown()).form());
                try {
                    result.scores().add(FormScorer.score(source, r.truth(), extraction.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)));
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Form4Exception refused) {
                        result.refusals().add(refused.getMessage());
                        result.scores().add(Score.failed(source, FormScorer.score(source, r.truth(), r.truth())));
                    } else {
                        result.crashes().add(source + ": " + e.getCause());
                        result.scores().add(Score.failed(source, FormScorer.score(source, r.truth(), r.truth())));
                    }
                } catch (TimeoutException e) {
                    extraction.cancel(true);
                    result.hangs().add(source + ": no result within " + TIME_LIMIT_SECONDS + " s");
                    result.scores().add(Score.failed(source, FormScorer.score(source, r.truth(), r.truth())));
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor(daemon());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return results;
    }

    /** A hung extraction must not keep the JVM alive. */
    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread t = new Thread(runnable, "corpus-accuracy");
            t.setDaemon(true);
            return t;
        };
    }
}
