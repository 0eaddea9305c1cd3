package dev.form4.corpus;

/**
 * The start of the signature date read into the signature line, as the seed's
 * {@code /s/ Bruce Posey by power of attorney for Philippe F. Courtot 11/2}; the date line itself stays.
 */
final class SignatureDateFragment implements DamageOperator {

    @Override
    public boolean apply(DamageContext context) {
        var after = context.doc.after;
        for (int i = after.indexOf("### Remarks:") + 1; i > 0 && i + 1 < after.size(); i++) {
            if (after.get(i + 1).matches("\\d{2}/\\d{2}/\\d{4}") && !after.get(i).isEmpty()
                    && !after.get(i).matches("\\d{2}/\\d{2}/\\d{4}")) {
                after.set(i, after.get(i) + " " + after.get(i + 1).substring(0, 3 + context.random.nextInt(3)));
                return true;
            }
        }
        return false;
    }
}
