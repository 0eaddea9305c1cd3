package dev.form4.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The evaluation of one document: every compared field, with totals overall and per group. */
public record Score(String source, List<FieldResult> fields) {

    public Score {
        fields = List.copyOf(fields);
    }

    /** A document that could not be extracted at all: everything the truth has is missed. */
    public static Score failed(String source, Score perfect) {
        return new Score(source, perfect.fields().stream()
                .map(f -> new FieldResult(f.group(), f.field(), Outcome.MISSED, f.expected(), null)).toList());
    }

    public Counts counts() {
        return fields.stream().map(f -> Counts.of(f.outcome())).reduce(Counts.ZERO, Counts::plus);
    }

    public Map<Group, Counts> countsByGroup() {
        Map<Group, Counts> byGroup = new EnumMap<>(Group.class);
        for (Group g : Group.values()) {
            byGroup.put(g, Counts.ZERO);
        }
        fields.forEach(f -> byGroup.merge(f.group(), Counts.of(f.outcome()), Counts::plus));
        return byGroup;
    }

    /** The fields not read right, in form order. */
    public List<FieldResult> problems() {
        return fields.stream().filter(f -> f.outcome() != Outcome.CORRECT).toList();
    }
}
