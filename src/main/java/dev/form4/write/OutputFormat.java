package dev.form4.write;

import dev.form4.Extraction;
import dev.form4.model.Diagnostic;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The formats {@code extract} writes, each rendering one document to the text of one output file. */
public enum OutputFormat {
    JSON("json", "json"),
    EDGAR_XML("edgar-xml", "xml"),
    CSV("csv", "csv");

    private final String cliName;
    private final String extension;

    OutputFormat(String cliName, String extension) {
        this.cliName = cliName;
        this.extension = extension;
    }

    /** One document as a whole file, and the writer's notes on what it could not put in it as read (XML, CSV). */
    public record Rendered(String text, List<Diagnostic> warnings) {
        public Rendered {
            warnings = List.copyOf(warnings);
        }
    }

    /** A writer's note as one stderr line: {@code file[:line:column]: severity: field: message}. */
    public static String note(String source, Diagnostic w) {
        return source + (w.position().isKnown() ? ":" + w.position() : "") + ": " + w.severity().name().toLowerCase()
                + ": " + (w.field() == null ? "" : w.field() + ": ") + w.message();
    }

    public Rendered render(Extraction extraction) {
        return switch (this) {
            case JSON -> new Rendered(JsonWriter.pretty(extraction) + "\n", List.of());
            case CSV -> CsvWriter.render(extraction);
            case EDGAR_XML -> {
                EdgarXmlWriter.Result result = EdgarXmlWriter.write(extraction.form());
                yield new Rendered(result.xml(), result.warnings());
            }
        };
    }

    public String cliName() {
        return cliName;
    }

    public String extension() {
        return extension;
    }

    public static OutputFormat fromCliName(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "'; expected one of "
                        + Arrays.stream(values()).map(OutputFormat::cliName).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
