package dev.northstar.specs;

import dev.northstar.common.Checks;
import java.util.List;
import java.util.UUID;

/**
 * What a PM writes for a story: the feature it belongs to, its kind and three parts (role, capability,
 * benefit or situation, motivation, outcome), acceptance criteria in order, a status (draft when
 * missing) and an optional estimate in story points. Errors name the part, e.g. {@code parts.role}.
 */
public record StoryInput(
        UUID featureId,
        StoryKind kind,
        String first,
        String second,
        String third,
        List<Criterion> criteria,
        StoryStatus status,
        Double estimate) {

    public static final int MAX_FIRST = 500;
    public static final int MAX_PART = 1000;
    public static final int MAX_CRITERIA = 50;

    public StoryInput {
        first = Checks.trimToNull(first);
        second = Checks.trimToNull(second);
        third = Checks.trimToNull(third);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        status = status == null ? StoryStatus.DRAFT : status;
        Checks checks = Checks.start().require(featureId != null, "featureId", "Feature is required");
        checks.require(kind != null, "kind", "Kind is required: user or job");
        if (kind != null) {
            List<String> names = kind.parts();
            List<String> labels = kind.labels();
            checks.notBlank(first, "parts." + names.get(0), labels.get(0))
                    .maxLength(first, MAX_FIRST, "parts." + names.get(0), labels.get(0))
                    .notBlank(second, "parts." + names.get(1), labels.get(1))
                    .maxLength(second, MAX_PART, "parts." + names.get(1), labels.get(1))
                    .notBlank(third, "parts." + names.get(2), labels.get(2))
                    .maxLength(third, MAX_PART, "parts." + names.get(2), labels.get(2));
        }
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            if (c == null) {
                checks.require(false, "criteria[" + i + "]", "A criterion needs given, when and then");
            } else {
                c.check(checks, "criteria[" + i + "]");
            }
        }
        checks.require(criteria.size() <= MAX_CRITERIA, "criteria", "At most " + MAX_CRITERIA + " criteria")
                .require(
                        !status.needsCriteria() || !criteria.isEmpty(),
                        "criteria",
                        "A story that is " + status.label()
                                + " needs at least one acceptance criterion; keep it a draft until it has one")
                .require(
                        estimate == null || (!estimate.isNaN() && estimate >= 0 && estimate <= 100),
                        "estimate",
                        "Estimate is in story points: 0 to 100 (leave it blank if not estimated)")
                .orThrow();
    }

    /** The story in one sentence. */
    public String text() {
        return kind.sentence(first, second, third);
    }
}
