package dev.form4.cli;

import dev.form4.parse.ParseLimits;
import picocli.CommandLine.Option;

/** The parse limits as options shared by every command that reads documents. */
final class LimitOptions {

    @Option(names = "--max-chars", paramLabel = "N", description = "Refuse inputs of more than N characters (default: ${DEFAULT-VALUE}).")
    long maxChars = ParseLimits.DEFAULT.maxChars();

    @Option(names = "--max-tokens", paramLabel = "N", description = "Refuse inputs of more than N tokens (default: ${DEFAULT-VALUE}).")
    int maxTokens = ParseLimits.DEFAULT.maxTokens();

    @Option(names = "--max-line-length", paramLabel = "N", description = "Refuse inputs with a line longer than N characters (default: ${DEFAULT-VALUE}).")
    int maxLineLength = ParseLimits.DEFAULT.maxLineLength();

    ParseLimits toParseLimits() {
        return new ParseLimits(maxChars, maxTokens, maxLineLength);
    }
}
