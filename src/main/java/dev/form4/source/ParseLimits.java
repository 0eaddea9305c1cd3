package dev.form4.source;

/**
 * Caps on what one document may cost. An ANTLR parser facing untrusted input needs them (graphql-java,
 * CVE-2022-37734). Inputs over a cap are refused with a {@link dev.form4.Form4Exception} of reason
 * LIMIT_EXCEEDED whose message names the limit, the place (line:column where there is one) and the CLI option
 * that raises it.
 *
 * <p>The defaults ({@link #DEFAULT}) are far above any real Form 4 (the seed is 14 KB, 3,600 tokens, 21 cells in
 * its widest row, 677 characters in its longest line) and low enough that the largest accepted input still
 * parses in seconds and fits in a modest heap. The README ("Performance and robustness") has the measurements behind them.
 *
 * @param maxChars        characters (UTF-16 units) in the whole input. Default 32 MiB ({@code --max-chars}).
 *                        Bounds memory: the text, its tokens and its tree are all held at once.
 * @param maxTokens       lexer tokens, hidden whitespace included. Default 4,000,000 ({@code --max-tokens}).
 *                        Bounds the token stream and the parse tree: measured, the parse holds about 190 bytes a
 *                        token and a whole extraction about 390, so a document at this limit needs ~1.5 GB of heap
 *                        (a 10 MB Form 4 has 2.7 million tokens; the seed 3,633).
 * @param maxLineLength   characters on one line. Default 1 MiB ({@code --max-line-length}), 500 times the longest
 *                        line seen in real converter output. Bounds the per-line work (a line's or a row's values
 *                        are aligned to the form's columns in one dynamic programme per row).
 * @param maxCellsPerRow  pipe-table cells in one row, i.e. {@code |} tokens on one line. Default 256
 *                        ({@code --max-cells-per-row}): Marker's Form 4 tables have about 20 cells a row, so a row of
 *                        hundreds of pipes is not a form. Added when a row of n cells cost O(n^2) in the layout step
 *                        (64,000 pipes: 107 s; linear since); it still refuses such garbage before any work.
 */
public record ParseLimits(long maxChars, int maxTokens, int maxLineLength, int maxCellsPerRow) {

    public static final long DEFAULT_MAX_CHARS = 32L * 1024 * 1024;
    public static final int DEFAULT_MAX_TOKENS = 4_000_000;
    public static final int DEFAULT_MAX_LINE_LENGTH = 1024 * 1024;
    public static final int DEFAULT_MAX_CELLS_PER_ROW = 256;

    public static final ParseLimits DEFAULT = new ParseLimits(DEFAULT_MAX_CHARS, DEFAULT_MAX_TOKENS,
            DEFAULT_MAX_LINE_LENGTH, DEFAULT_MAX_CELLS_PER_ROW);

    public ParseLimits {
        if (maxChars <= 0 || maxTokens <= 0 || maxLineLength <= 0 || maxCellsPerRow <= 0) {
            throw new IllegalArgumentException("limits must be positive (maxChars=" + maxChars + ", maxTokens="
                    + maxTokens + ", maxLineLength=" + maxLineLength + ", maxCellsPerRow=" + maxCellsPerRow + ")");
        }
    }

    public ParseLimits withMaxChars(long value) {
        return new ParseLimits(value, maxTokens, maxLineLength, maxCellsPerRow);
    }

    public ParseLimits withMaxTokens(int value) {
        return new ParseLimits(maxChars, value, maxLineLength, maxCellsPerRow);
    }

    public ParseLimits withMaxLineLength(int value) {
        return new ParseLimits(maxChars, maxTokens, value, maxCellsPerRow);
    }

    public ParseLimits withMaxCellsPerRow(int value) {
        return new ParseLimits(maxChars, maxTokens, maxLineLength, value);
    }
}
