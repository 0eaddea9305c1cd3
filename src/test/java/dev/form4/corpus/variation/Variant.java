package dev.form4.corpus.variation;

import dev.form4.model.Form4;

import java.util.Set;

/**
 * One variant: its name, the corpus filing it was made from (path under the corpus folder), the seed that
 * made it (the same seed gives the same variant, and the layout and damage seeds derive from it), its XML
 * (valid against X0306, see {@link VariantSchema}) and that XML read back as the truth, and the features the
 * variations gave it.
 */
public record Variant(String name, String source, long seed, String xml, Form4 truth, Set<String> features) {
}
