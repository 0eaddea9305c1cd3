package dev.form4.cli;

import dev.form4.parse.ParseLimits;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The parse limits as options shared by every command that reads documents (defaults: {@link ParseLimits}). */
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

    /** A non-positive limit is a usage error (exit 2), not an internal one. */
    ParseLimits toParseLimits() {
        try {
            return new ParseLimits(maxChars, maxTokens, maxLineLength, maxCellsPerRow);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(mixee.commandLine(), e.getMessage());
        }
    }
}
