package dev.form4.corpus;

/**
 * A footnote paragraph taken for math, as the seed's first footnote:
 * {@code  $1. The sale transaction \ reported in this Form 4 ...$ } (some spaces written as {@code \ }).
 * Only footnotes without a dollar sign, which math would swallow.
 */
final class MathFootnote implements DamageOperator {

    @Override
    public boolean apply(DamageContext context) {
        int heading = context.doc.explanationIndex();
        if (heading < 0) {
            return false;
        }
        for (int i = heading + 1; i < context.doc.after.size(); i++) {
            String block = context.doc.after.get(i);
            if (block.matches("\\d+\\. [^$\\n]*") && block.length() > 20) {
                StringBuilder math = new StringBuilder(" $");
                for (String word : block.split(" ")) {
                    if (math.length() > 2) {
                        math.append(context.random.nextInt(6) == 0 ? " \\ " : " ");
                    }
                    math.append(word);
                }
                context.doc.after.set(i, math.append("$ ").toString());
                return true;
            }
            if (block.startsWith("### ")) {
                return false;
            }
        }
        return false;
    }
}
