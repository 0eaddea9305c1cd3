package dev.form4.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The output of every input of a run, decided and checked before anything is written: no output (nor its
 * resume marker) may be an input of the same run, also through a symbolic or hard link, and no two inputs may
 * write the same output. {@code extract DIR --glob '*' --out DIR} used to overwrite an input .json with the
 * output of another input.
 */
final class OutputPlan {

    private OutputPlan() {
    }

    static Map<BatchInput, Path> of(List<BatchInput> inputs, Path outDir, String extension) {
        Set<Object> inputKeys = new HashSet<>();
        Map<Path, Path> inputPaths = new HashMap<>();
        for (BatchInput input : inputs) {
            inputPaths.put(absolute(input.file()), input.file());
            Object key = fileKey(input.file());
            if (key != null) {
                inputKeys.add(key);
            }
        }
        Map<BatchInput, Path> outputs = new LinkedHashMap<>();
        Map<Path, BatchInput> claimed = new HashMap<>();
        List<String> conflicts = new ArrayList<>();
        for (BatchInput input : inputs) {
            Path output = input.output(outDir, extension).normalize();
            BatchInput first = claimed.putIfAbsent(absolute(output), input);
            if (first != null) {
                conflicts.add(input.file() + " and " + first.file() + " would both be written to " + output);
                continue;
            }
            for (Path written : List.of(output, ResumeMarker.of(output))) {
                Path victim = inputPaths.get(absolute(written));
                if (victim != null && victim.equals(input.file())) {
                    conflicts.add("the output of " + input.file() + " would be " + written + ", that input itself");
                } else if (victim != null || inputKeys.contains(fileKey(written))) {
                    conflicts.add("the output " + written + " of " + input.file() + " would overwrite "
                            + (victim != null ? victim : written) + ", an input of this run");
                }
            }
            outputs.put(input, output);
        }
        if (!conflicts.isEmpty()) {
            throw new BatchRunner.RefusedException(conflicts.get(0) + (conflicts.size() > 1 ? " (and " + (conflicts.size() - 1)
                    + " more)" : "") + "; nothing was written: give --out a directory apart from the inputs, or a --glob"
                    + " that leaves the outputs out");
        }
        return outputs;
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** The file's identity (device and inode on Unix), through links; null when it does not exist. */
    private static Object fileKey(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.fileKey() != null ? attributes.fileKey() : path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
