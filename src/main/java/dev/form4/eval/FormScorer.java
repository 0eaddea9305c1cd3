package dev.form4.eval;

import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;
import dev.form4.model.Form4;
import dev.form4.model.FormField;
import dev.form4.model.RowKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.form4.model.HeaderFields.AFF_10B5_ONE;
import static dev.form4.model.HeaderFields.DATE_OF_ORIGINAL_SUBMISSION;
import static dev.form4.model.HeaderFields.ISSUER;
import static dev.form4.model.HeaderFields.JOINT_FILING;
import static dev.form4.model.HeaderFields.NOT_SUBJECT_TO_SECTION_16;
import static dev.form4.model.HeaderFields.PERIOD_OF_REPORT;
import static dev.form4.model.HeaderFields.REMARKS;
import static dev.form4.model.OwnerFields.OWNER;
import static dev.form4.model.SignatureFields.SIGNATURE;

/**
 * Compares an extracted Form 4 with the truth (the filing's EDGAR XML) field by field. Rows are matched in
 * order within each table, transactions and holdings separately; owners and signatures in order; footnotes by
 * number. A row or owner the extraction lacks makes all its fields missed; one it adds makes all its values
 * spurious. Footnote references are scored per (field, footnote) in their own group. See {@link Comparison}
 * for how values compare. Only what the printed form shows is scored: not the CIKs, transactionFormType,
 * transactionTimeliness, the schema version or the state description.
 */
public final class FormScorer {

    private static final Pattern SEC_ID = Pattern.compile("^[Ff](?=\\d)");

    private final List<FieldResult> results = new ArrayList<>();

    private FormScorer() {
    }

    public static Score score(String source, Form4 truth, Form4 extracted) {
        FormScorer scorer = new FormScorer();
        scorer.header(truth, extracted);
        scorer.records(Group.OWNERS, OWNER.name(), OWNER.printedFields(), truth.reportingOwners(), extracted.reportingOwners());
        RowKind.ALL.forEach(kind -> scorer.rows(kind, truth, extracted));
        scorer.footnotes(truth.footnotes(), extracted.footnotes());
        scorer.field(Group.FOOTNOTES, REMARKS.name(), truth.remarks(), extracted.remarks(), Comparison.LONG_TEXT);
        scorer.records(Group.SIGNATURES, SIGNATURE.name(), SIGNATURE.fields(), truth.signatures(), extracted.signatures());
        return new Score(source, scorer.results);
    }

    /** Boxes 2 to 6 and the check boxes, the issuer's fields where the JSON contract has them. */
    private void header(Form4 truth, Form4 got) {
        fields(Group.HEADER, "", List.of(PERIOD_OF_REPORT, DATE_OF_ORIGINAL_SUBMISSION, NOT_SUBJECT_TO_SECTION_16), truth, got);
        fields(Group.HEADER, ISSUER.name() + ".", ISSUER.printedFields(), truth.issuer(), got.issuer());
        fields(Group.HEADER, "", List.of(JOINT_FILING, AFF_10B5_ONE), truth, got);
    }

    /** A kind's rows in the printed form's column order, so that a report lists a row's problems left to right. */
    private <R> void rows(RowKind<R> kind, Form4 truth, Form4 got) {
        records(Group.of(kind.table()), kind.path(), kind.fieldsInPrintedOrder(), kind.rows(truth), kind.rows(got));
    }

    private <T> void records(Group group, String path, List<? extends FormField<T>> fields, List<T> truth, List<T> got) {
        for (int i = 0; i < Math.max(truth.size(), got.size()); i++) {
            T expected = i < truth.size() ? truth.get(i) : null;
            T actual = i < got.size() ? got.get(i) : null;
            fields(group, path + "[" + i + "].", fields, expected, actual);
        }
    }

    /** The fields of a record; a record that is not there has all its fields absent. */
    private <T> void fields(Group group, String prefix, List<? extends FormField<T>> fields, T truth, T got) {
        for (FormField<T> f : fields) {
            field(group, prefix + f.name(), truth == null ? null : f.valueIn(truth), got == null ? null : f.valueIn(got),
                    comparison(f));
        }
    }

    /**
     * By what the field holds; a check box counts only when checked. Box 6 is the exception: one of its two
     * lines is always marked, so "not a joint filing" is a reading too.
     */
    private static Comparison comparison(FormField<?> field) {
        if (field == JOINT_FILING) {
            return Comparison.BOOLEAN;
        }
        return switch (field.type()) {
            case TEXT, CODE -> Comparison.TEXT;
            case NUMBER -> Comparison.NUMBER;
            case DATE -> Comparison.DATE;
            case FLAG -> Comparison.CHECKBOX;
        };
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
