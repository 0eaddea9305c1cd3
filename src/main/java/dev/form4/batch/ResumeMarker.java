package dev.form4.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.form4.model.Diagnostic;
import dev.form4.write.OutputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * What lets a batch skip an output on resume: a small file beside it ({@code .NAME.form4}) saying that this
 * tool, in this version and format, wrote exactly that output (size and SHA-256) from exactly that input (size
 * and SHA-256). A file time says nothing of the kind: a 0-byte or truncated output newer than its input used
 * to be skipped for good. The marker is written after its output and removed before the output is replaced,
 * so an interrupted run never leaves a marker vouching for another output.
 */
final class ResumeMarker {

    static final String SUFFIX = ".form4";
    private static final String WRITTEN_BY = "form4-extractor";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A file's size and SHA-256. */
    record Fingerprint(long size, String sha256) {

        static Fingerprint of(byte[] content) {
            return new Fingerprint(content.length, HexFormat.of().formatHex(newDigest().digest(content)));
        }

        static Fingerprint of(Path file) throws IOException {
            MessageDigest digest = newDigest();
            long size = 0;
            byte[] buffer = new byte[65536];
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buffer)) != -1; ) {
                    digest.update(buffer, 0, n);
                    size += n;
                }
            }
            return new Fingerprint(size, HexFormat.of().formatHex(digest.digest()));
        }

        private static MessageDigest newDigest() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }
    }

    /** What a valid marker tells of its output's document: the worst severity of its diagnostics, if any. */
    record Recorded(Optional<Diagnostic.Severity> worst) {
    }

    private ResumeMarker() {
    }

    static Path of(Path output) {
        return output.resolveSibling("." + output.getFileName() + SUFFIX);
    }

    static boolean isMarker(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(SUFFIX);
    }

    /** The marker's text for an output just written. */
    static byte[] content(OutputFormat format, Fingerprint input, Fingerprint output, Optional<Diagnostic.Severity> worst) {
        ObjectNode node = JSON.createObjectNode();
        node.put("writtenBy", WRITTEN_BY);
        node.put("version", version());
        node.put("format", format.cliName());
        node.putObject("input").put("size", input.size()).put("sha256", input.sha256());
        node.putObject("output").put("size", output.size()).put("sha256", output.sha256());
        node.put("worstSeverity", worst.map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(null));
        return (node.toString() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * When {@code output} is complete and was written by this version for this input in this format: the worst
     * severity its document had (so {@code --fail-on} still counts it); otherwise empty, and it must be redone.
     */
    static Optional<Recorded> upToDate(Path output, OutputFormat format, Fingerprint input) {
        Path marker = of(output);
        try {
            if (!Files.isRegularFile(marker) || !Files.isRegularFile(output)) {
                return Optional.empty();
            }
            JsonNode node = JSON.readTree(marker.toFile());
            boolean ours = node != null && WRITTEN_BY.equals(node.path("writtenBy").asText())
                    && version().equals(node.path("version").asText()) && format.cliName().equals(node.path("format").asText());
            if (!ours || !matches(node.path("input"), input)) {
                return Optional.empty();
            }
            // Size first: a truncated output is told without reading it.
            if (node.path("output").path("size").asLong(-1) != Files.size(output)
                    || !matches(node.path("output"), Fingerprint.of(output))) {
                return Optional.empty();
            }
            String worst = node.path("worstSeverity").asText(null);
            return Optional.of(new Recorded(worst == null ? Optional.empty()
                    : Optional.of(Diagnostic.Severity.valueOf(worst.toUpperCase(Locale.ROOT)))));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // an unreadable or foreign marker vouches for nothing: redo the output
        }
    }

    private static boolean matches(JsonNode node, Fingerprint fingerprint) {
        return node.path("size").asLong(-1) == fingerprint.size() && fingerprint.sha256().equals(node.path("sha256").asText());
    }

    private static String version() {
        String version = ResumeMarker.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
