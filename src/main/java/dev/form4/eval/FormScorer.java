package dev.form4.eval;

import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;
import dev.form4.model.Form4;
import dev.form4.model.Signature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares an extracted Form 4 with the truth (the filing's EDGAR XML) field by field. Rows are matched in
 * order within each table, transactions and holdings separately; owners and signatures in order; footnotes by
 * number. A row or owner the extraction lacks makes all its fields missed; one it adds makes all its values
 * spurious. Footnote references are scored per (field, footnote) in their own group. See {@link Comparison}
 * for how values compare.
 */
public final class FormScorer {

    private static final Pattern SEC_ID = Pattern.compile("^[Ff](?=\\d)");

    private final List<FieldResult> results = new ArrayList<>();

    private FormScorer() {
    }

    public static Score score(String source, Form4 truth, Form4 extracted) {
        FormScorer scorer = new FormScorer();
        scorer.header(truth, extracted);
        scorer.rows(Group.OWNERS, "reportingOwners", truth.reportingOwners(), extracted.reportingOwners(), ScoredFields.OWNER);
        scorer.rows(Group.TABLE1, "nonDerivativeTable.transactions", truth.nonDerivativeTable().transactions(),
                extracted.nonDerivativeTable().transactions(), ScoredFields.NON_DERIVATIVE_TRANSACTION);
        scorer.rows(Group.TABLE1, "nonDerivativeTable.holdings", truth.nonDerivativeTable().holdings(),
                extracted.nonDerivativeTable().holdings(), ScoredFields.NON_DERIVATIVE_HOLDING);
        scorer.rows(Group.TABLE2, "derivativeTable.transactions", truth.derivativeTable().transactions(),
                extracted.derivativeTable().transactions(), ScoredFields.DERIVATIVE_TRANSACTION);
        scorer.rows(Group.TABLE2, "derivativeTable.holdings", truth.derivativeTable().holdings(),
                extracted.derivativeTable().holdings(), ScoredFields.DERIVATIVE_HOLDING);
        scorer.footnotes(truth.footnotes(), extracted.footnotes());
        scorer.field(Group.FOOTNOTES, "remarks", truth.remarks(), extracted.remarks(), Comparison.LONG_TEXT);
        scorer.signatures(truth.signatures(), extracted.signatures());
        return new Score(source, scorer.results);
    }

    private void header(Form4 truth, Form4 got) {
        field(Group.HEADER, "periodOfReport", truth.periodOfReport(), got.periodOfReport(), Comparison.DATE);
        field(Group.HEADER, "dateOfOriginalSubmission", truth.dateOfOriginalSubmission(), got.dateOfOriginalSubmission(), Comparison.DATE);
        field(Group.HEADER, "notSubjectToSection16", truth.notSubjectToSection16(), got.notSubjectToSection16(), Comparison.CHECKBOX);
        field(Group.HEADER, "issuer.name", truth.issuer() == null ? null : truth.issuer().name(),
                got.issuer() == null ? null : got.issuer().name(), Comparison.TEXT);
        field(Group.HEADER, "issuer.tradingSymbol", truth.issuer() == null ? null : truth.issuer().tradingSymbol(),
                got.issuer() == null ? null : got.issuer().tradingSymbol(), Comparison.TEXT);
        field(Group.HEADER, "jointFiling", truth.jointFiling(), got.jointFiling(), Comparison.BOOLEAN);
        field(Group.HEADER, "aff10b5One", truth.aff10b5One(), got.aff10b5One(), Comparison.CHECKBOX);
    }

    private <T> void rows(Group group, String path, List<T> truth, List<T> got, List<ScoredField<T>> fields) {
        for (int i = 0; i < Math.max(truth.size(), got.size()); i++) {
            T expected = i < truth.size() ? truth.get(i) : null;
            T actual = i < got.size() ? got.get(i) : null;
            for (ScoredField<T> f : fields) {
                field(group, path + "[" + i + "]." + f.name(), f.get(expected), f.get(actual), f.comparison());
            }
        }
    }

    /** One value, and its footnote references in the footnote-link group. */
    private void field(Group group, String path, FieldValue<?> truth, FieldValue<?> got, Comparison comparison) {
        FieldValue<?> expected = truth == null ? FieldValue.absent() : truth;
        FieldValue<?> actual = got == null ? FieldValue.absent() : got;
        compare(group, path, expected.value(), actual.value(), comparison);
        Set<String> truthIds = ids(expected.footnoteIds());
        Set<String> gotIds = ids(actual.footnoteIds());
        for (String id : truthIds) {
            add(Group.FOOTNOTE_LINKS, path + ".footnotes[F" + id + "]",
                    gotIds.contains(id) ? Outcome.CORRECT : Outcome.MISSED, "F" + id, gotIds.contains(id) ? "F" + id : null);
        }
        for (String id : gotIds) {
            if (!truthIds.contains(id)) {
                add(Group.FOOTNOTE_LINKS, path + ".footnotes[F" + id + "]", Outcome.SPURIOUS, null, "F" + id);
            }
        }
    }

    private void compare(Group group, String path, Object truth, Object got, Comparison comparison) {
        Object expected = comparison.normalize(truth);
        Object actual = comparison.normalize(got);
        if (expected == null && actual == null) {
            return;
        }
        Outcome outcome = expected == null ? Outcome.SPURIOUS
                : actual == null ? Outcome.MISSED
                : comparison.same(expected, actual) ? Outcome.CORRECT : Outcome.WRONG;
        add(group, path, outcome, Comparison.print(truth), Comparison.print(got));
    }

    private void footnotes(List<Footnote> truth, List<Footnote> got) {
        Map<String, Footnote> extracted = new LinkedHashMap<>();
        got.forEach(f -> extracted.putIfAbsent(id(f.id()), f));
        Set<String> seen = new LinkedHashSet<>();
        for (Footnote f : truth) {
            String id = id(f.id());
            seen.add(id);
            Footnote match = extracted.get(id);
            compare(Group.FOOTNOTES, "footnotes[F" + id + "].text", f.text(), match == null ? null : match.text(), Comparison.LONG_TEXT);
        }
        extracted.forEach((id, f) -> {
            if (!seen.contains(id)) {
                compare(Group.FOOTNOTES, "footnotes[F" + id + "].text", null, f.text(), Comparison.LONG_TEXT);
            }
        });
    }

    private void signatures(List<Signature> truth, List<Signature> got) {
        for (int i = 0; i < Math.max(truth.size(), got.size()); i++) {
            Signature expected = i < truth.size() ? truth.get(i) : null;
            Signature actual = i < got.size() ? got.get(i) : null;
            field(Group.SIGNATURES, "signatures[" + i + "].name", expected == null ? null : expected.name(),
                    actual == null ? null : actual.name(), Comparison.TEXT);
            field(Group.SIGNATURES, "signatures[" + i + "].date", expected == null ? null : expected.date(),
                    actual == null ? null : actual.date(), Comparison.DATE);
        }
    }

    private void add(Group group, String path, Outcome outcome, String expected, String actual) {
        results.add(new FieldResult(group, path, outcome, expected, actual));
    }

    /** "F12", "f12" and "12" are the same footnote. */
    private static String id(String id) {
        return id == null ? "" : SEC_ID.matcher(id.strip()).replaceFirst("");
    }

    private static Set<String> ids(List<String> ids) {
        Set<String> normalized = new LinkedHashSet<>();
        ids.forEach(i -> normalized.add(id(i)));
        return normalized;
    }
}
