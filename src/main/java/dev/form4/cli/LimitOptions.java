package dev.form4.cli;

import dev.form4.source.ParseLimits;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What every command that reads documents shares: the input's dialect and the parse limits (defaults:
 * {@link ParseLimits}).
 */
final class LimitOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = "--max-chars", paramLabel = "N", description = "Refuse inputs of more than N characters (default: ${DEFAULT-VALUE}).")
    long maxChars = ParseLimits.DEFAULT_MAX_CHARS;

    @Option(names = "--max-tokens", paramLabel = "N", description = "Refuse inputs of more than N tokens (default: ${DEFAULT-VALUE}).")
    int maxTokens = ParseLimits.DEFAULT_MAX_TOKENS;

    @Option(names = "--max-line-length", paramLabel = "N", description = "Refuse inputs with a line longer than N characters (default: ${DEFAULT-VALUE}).")
    int maxLineLength = ParseLimits.DEFAULT_MAX_LINE_LENGTH;

    @Option(names = "--max-cells-per-row", paramLabel = "N", description = "Refuse inputs with more than N '|' on one line (default: ${DEFAULT-VALUE}).")
    int maxCellsPerRow = ParseLimits.DEFAULT_MAX_CELLS_PER_ROW;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "What wrote the input: auto (detected per file), marker, gfm (pandoc and other GitHub"
                    + " Markdown), html, pandoc (pandoc's own Markdown and plain text: grid and simple tables), layout (pdftotext -layout, EDGAR's ASCII filings), mupdf (mutool draw -F txt, PyMuPDF's get_text(), pdftotext -raw), blocks (pdftotext without -layout or -raw), ocr (default: ${DEFAULT-VALUE}).")
    String inputFormat = "auto";

    /** The extractor these options describe. */
    dev.form4.Form4Extractor extractor() {
        return new dev.form4.Form4Extractor(toParseLimits(), format());
    }

    /** The dialect asked for, or null for detection; an unknown name is a usage error. */
    dev.form4.input.InputFormat format() {
        if (inputFormat.equalsIgnoreCase("auto")) {
            return null;
        }
        for (dev.form4.input.InputFormat format : dev.form4.input.InputFormat.values()) {
            if (format.cliName().equalsIgnoreCase(inputFormat)) {
                return format;
            }
        }
        throw new CommandLine.ParameterException(mixee.commandLine(), "unknown --input-format '" + inputFormat
                + "'; expected one of auto, marker, gfm, html, pandoc, layout, mupdf, ocr");
    }

    /** A non-positive limit is a usage error (exit 2), not an internal one. */
    ParseLimits toParseLimits() {
        try {
            return new ParseLimits(maxChars, maxTokens, maxLineLength, maxCellsPerRow);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(mixee.commandLine(), e.getMessage());
        }
    }
}
