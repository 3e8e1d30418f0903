package dev.northstar.decisions;

import dev.northstar.common.Checks;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a PM records about a decision. The title and the decision are required; the date defaults to
 * today, the status to proposed. Linked features must be this product's (checked by the facade).
 */
public record DecisionInput(
        String title,
        String context,
        List<DecisionOption> options,
        String decision,
        String rationale,
        List<DecisionPerson> people,
        LocalDate decidedOn,
        DecisionStatus status,
        List<UUID> featureIds,
        UUID supersededBy) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_TEXT = 8000;
    public static final int MAX_DECISION = 4000;
    public static final int MAX_POINTS = 4000;
    public static final int MAX_ITEMS = 30;

    public DecisionInput {
        title = Checks.trimToNull(title);
        context = Checks.trimToNull(context);
        decision = Checks.trimToNull(decision);
        rationale = Checks.trimToNull(rationale);
        options = options == null
                ? List.of()
                : options.stream()
                        .filter(Objects::nonNull)
                        .filter(o -> !o.isEmpty())
                        .toList();
        people = people == null
                ? List.of()
                : people.stream()
                        .filter(Objects::nonNull)
                        .filter(p -> p.name() != null || p.role() != null)
                        .toList();
        featureIds = featureIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(featureIds));
        decidedOn = decidedOn == null ? LocalDate.now() : decidedOn;
        status = status == null ? DecisionStatus.PROPOSED : status;
        Checks checks = Checks.start()
                .notBlank(title, "title", "Title")
                .maxLength(title, MAX_TITLE, "title", "Title")
                .maxLength(context, MAX_TEXT, "context", "Context")
                .notBlank(decision, "decision", "Decision")
                .maxLength(decision, MAX_DECISION, "decision", "Decision")
                .maxLength(rationale, MAX_TEXT, "rationale", "Rationale")
                .require(options.size() <= MAX_ITEMS, "options", "At most " + MAX_ITEMS + " options")
                .require(people.size() <= MAX_ITEMS, "people", "At most " + MAX_ITEMS + " people")
                .require(featureIds.size() <= 100, "featureIds", "At most 100 features")
                .require(
                        !decidedOn.isAfter(LocalDate.now().plusYears(1)) && decidedOn.getYear() >= 1970,
                        "decidedOn",
                        "Date must be a real date, at most a year ahead");
        for (int i = 0; i < options.size(); i++) {
            DecisionOption o = options.get(i);
            String f = "options[" + i + "]";
            checks.notBlank(o.title(), f + ".title", "An option's title")
                    .maxLength(o.title(), MAX_TITLE, f + ".title", "An option's title")
                    .maxLength(String.join("\n", o.pros()), MAX_POINTS, f + ".pros", "Pros")
                    .maxLength(String.join("\n", o.cons()), MAX_POINTS, f + ".cons", "Cons");
        }
        for (int i = 0; i < people.size(); i++) {
            DecisionPerson p = people.get(i);
            checks.notBlank(p.name(), "people[" + i + "].name", "Name")
                    .maxLength(p.name(), 200, "people[" + i + "].name", "Name")
                    .maxLength(p.role(), 200, "people[" + i + "].role", "Role");
        }
        checks.orThrow();
    }
}
