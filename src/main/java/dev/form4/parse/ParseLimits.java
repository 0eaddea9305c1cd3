package dev.form4.parse;

/**
 * Caps on what one document may cost. An ANTLR parser facing untrusted input needs them (graphql-java,
 * CVE-2022-37734). Inputs over a cap are refused with a {@link dev.form4.Form4Exception} of reason
 * LIMIT_EXCEEDED that names the limit and how to raise it.
 *
 * @param maxChars       characters in the whole input
 * @param maxTokens      lexer tokens (hidden whitespace included)
 * @param maxLineLength  characters on one line
 */
public record ParseLimits(long maxChars, int maxTokens, int maxLineLength) {

    /** 32 MiB of text, 4 million tokens, 1 MiB lines: far above any real Form 4 (the seed is 20 KB). */
    public static final ParseLimits DEFAULT = new ParseLimits(32L * 1024 * 1024, 4_000_000, 1024 * 1024);

    public ParseLimits {
        if (maxChars <= 0 || maxTokens <= 0 || maxLineLength <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
