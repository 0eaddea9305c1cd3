package dev.form4.write;

import dev.form4.Extraction;
import dev.form4.model.DerivativeHolding;
import dev.form4.model.DerivativeTable;
import dev.form4.model.DerivativeTransaction;
import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;
import dev.form4.model.Form4;
import dev.form4.model.Issuer;
import dev.form4.model.NonDerivativeHolding;
import dev.form4.model.NonDerivativeTable;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.model.Provenance;
import dev.form4.model.ReportingOwner;
import dev.form4.model.Signature;
import dev.form4.model.SourcePosition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Hand-built models for the writers' tests, after the seed filing (Qualys, 2019-11-07): both tables,
 * transactions and holdings, footnotes on values, values given only as a footnote, two reporting owners.
 */
public final class Form4Fixtures {

    private Form4Fixtures() {
    }

    static <T> FieldValue<T> v(T value, String... footnotes) {
        return new FieldValue<>(value, List.of(footnotes), SourcePosition.UNKNOWN, Provenance.READ);
    }

    static <T> FieldValue<T> at(T value, int line, int column, Provenance provenance, String... footnotes) {
        return new FieldValue<>(value, List.of(footnotes), new SourcePosition(line, column), provenance);
    }

    static FieldValue<BigDecimal> n(String number, String... footnotes) {
        return v(new BigDecimal(number), footnotes);
    }

    static FieldValue<LocalDate> d(String date, String... footnotes) {
        return v(LocalDate.parse(date), footnotes);
    }

    static <T> FieldValue<T> none() {
        return FieldValue.absent();
    }

    static <T> FieldValue<T> footnoteOnly(String... footnotes) {
        return v(null, footnotes);
    }

    public static ReportingOwner owner(String name, String city, String state, String zip, Boolean officer, String title) {
        return new ReportingOwner(none(), v(name), none(), none(), v(city), v(state), v(zip),
                none(), v(officer), none(), none(), title == null ? none() : v(title), none());
    }

    public static NonDerivativeTransaction sale(String title, String date, String shares, FieldValue<BigDecimal> price,
                                                String following, String... codeFootnotes) {
        return new NonDerivativeTransaction(v(title), d(date), none(), v("S", codeFootnotes), v(false), n(shares), price,
                v("D"), n(following), none(), v("D"), none());
    }

    /** The seed's content, trimmed: two Table I sales, one exercise, a holding, one Table II exercise, one option held. */
    public static Form4 qualys() {
        NonDerivativeTransaction exercise = new NonDerivativeTransaction(v("Common Stock"), d("2019-11-07"), none(),
                v("M", "F1"), v(false), n("60566"), n("26.86"), v("A"), n("5614522"), none(), v("D"), none());
        NonDerivativeTransaction sale1 = sale("Common Stock", "2019-11-07", "36510", n("84.6237", "F2"), "5578012", "F1");
        NonDerivativeTransaction sale2 = new NonDerivativeTransaction(v("Common Stock"), d("2019-11-07"), none(),
                v("S", "F1"), v(false), n("24056"), n("85.4087", "F3"), v("D"),
                at(new BigDecimal("5553956"), 27, 98, Provenance.REPAIRED), none(), v("D"), none());
        NonDerivativeHolding holding = new NonDerivativeHolding(v("Common Stock"), n("100000"), none(), v("I"),
                v("See Footnote", "F8"));
        DerivativeTransaction option = new DerivativeTransaction(v("Stock Option (right to buy)"), n("26.86"),
                d("2019-11-07"), none(), v("M", "F1"), v(false), n("60566"), n("0.00"), v("D"),
                footnoteOnly("F9"), d("2024-02-06"), v("Common Stock"), n("60566"), n("108635"), none(), v("D"), none());
        DerivativeHolding held = new DerivativeHolding(v("Restricted Stock Units"), footnoteOnly("F4"), footnoteOnly("F4"),
                footnoteOnly("F4"), v("Common Stock"), n("1200"), n("1200"), none(), v("D"), none());
        return new Form4("4", d("2019-11-07"), none(), v(false),
                new Issuer(none(), v("QUALYS, INC."), v("QLYS")),
                List.of(owner("COURTOT PHILIPPE F", "FOSTER CITY", "CA", "94404", true, "Chairman, President"),
                        owner("COURTOT FAMILY TRUST", "FOSTER CITY", "CA", "94404", null, null)),
                v(true), none(),
                new NonDerivativeTable(List.of(exercise, sale1, sale2), List.of(holding)),
                new DerivativeTable(List.of(option), List.of(held)),
                List.of(new Footnote("F1", "The sale transaction reported in this Form 4 was effected pursuant to a Rule 10b5-1 trading plan.", SourcePosition.UNKNOWN),
                        new Footnote("F2", "The sale price represents the weighted average price of the shares sold ranging from $84.10 to $85.09 per share.", SourcePosition.UNKNOWN),
                        new Footnote("F3", "Weighted average, $85.10 to $85.86 per share.", SourcePosition.UNKNOWN),
                        new Footnote("F4", "Each unit vests in four equal installments & settles in <one> share.", SourcePosition.UNKNOWN),
                        new Footnote("F8", "Held by a custodian under the Uniform Gifts to Minors Act.", SourcePosition.UNKNOWN),
                        new Footnote("F9", "The option is fully vested and immediately exercisable.", SourcePosition.UNKNOWN)),
                v("Remarks \"quoted\" & <escaped>"),
                List.of(new Signature(v("/s/ Bruce Posey by power of attorney for Philippe F. Courtot"), d("2019-11-12"))));
    }

    /** An extraction of {@link #qualys()} with one repaired and one unreadable diagnostic, as the extractor makes them. */
    public static Extraction qualysExtraction() {
        return new Extraction("qualys.md", qualys(), List.of(
                Diagnostic.repaired(new SourcePosition(27, 98), "nonDerivativeTable.transactions[2].sharesOwnedFollowingTransaction",
                        "read '5,553,950' and ',956'; rebuilt 5553956 from the running balance 5578012 - 24056"),
                Diagnostic.unreadable(new SourcePosition(40, 3), "nonDerivativeTable.transactions[0].deemedExecutionDate",
                        "the deemed execution date cell holds only OCR noise")), null);
    }
}
