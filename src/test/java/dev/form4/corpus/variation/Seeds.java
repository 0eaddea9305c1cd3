package dev.form4.corpus.variation;

/**
 * Seeds for {@link java.util.Random}. Its first outputs for neighbouring seeds are nearly equal (seed 9000000
 * and 9000001 draw almost the same first double), so variant {@code i}'s seed is scrambled first: otherwise
 * the first decision of every variant would come out the same.
 */
public final class Seeds {

    private Seeds() {
    }

    /** A bijective mix of the bits (the finalizer of SplitMix64). */
    public static long scramble(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
