package dev.form4.batch;

import dev.form4.Extraction;
import dev.form4.model.Diagnostic;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code extract --fail-on SEVERITY}: a document "fails" when one of its diagnostics, or one of the writer's
 * notes about its output, has that severity or a worse one. Decided on severity alone, so a new kind of error
 * diagnostic needs no change here.
 */
public enum FailOn {
    ERROR(Diagnostic.Severity.ERROR),
    WARNING(Diagnostic.Severity.WARNING);

    private final Diagnostic.Severity threshold;

    FailOn(Diagnostic.Severity threshold) {
        this.threshold = threshold;
    }

    public boolean isHitBy(Optional<Diagnostic.Severity> worst) {
        return worst.isPresent() && worst.get().compareTo(threshold) >= 0;
    }

    /** The worst severity among a document's diagnostics and its writer's notes; empty when there are none. */
    public static Optional<Diagnostic.Severity> worst(Extraction extraction, List<Diagnostic> writerNotes) {
        return Stream.concat(extraction.diagnostics().stream(), writerNotes.stream()).map(Diagnostic::severity)
                .max(Comparator.naturalOrder());
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FailOn fromCliName(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not a severity; expected one of "
                        + Arrays.stream(values()).map(FailOn::cliName).collect(Collectors.joining(", "))));
    }
}
