package dev.northstar.prioritization;

import dev.northstar.common.Checks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * What a PM writes about a feature. Effort is in person-months (blank when not estimated yet); status
 * defaults to idea. Goals and evidence are references the facade checks against the product.
 */
public record FeatureInput(
        String title,
        String problem,
        String description,
        FeatureStatus status,
        String owner,
        Double effort,
        UUID parentId,
        List<UUID> goalIds,
        List<EvidenceRef> evidence) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_PROBLEM = 8000;
    public static final int MAX_DESCRIPTION = 20000;
    public static final int MAX_OWNER = 200;
    public static final int MAX_LINKS = 200;

    public FeatureInput {
        title = Checks.trimToNull(title);
        problem = Checks.trimToNull(problem);
        description = Checks.trimToNull(description);
        owner = Checks.trimToNull(owner);
        status = status == null ? FeatureStatus.IDEA : status;
        goalIds = goalIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(goalIds));
        evidence = evidence == null ? List.of() : List.copyOf(new LinkedHashSet<>(new ArrayList<>(evidence)));
        Checks.start()
                .notBlank(title, "title", "Title")
                .maxLength(title, MAX_TITLE, "title", "Title")
                .maxLength(problem, MAX_PROBLEM, "problem", "Problem")
                .maxLength(description, MAX_DESCRIPTION, "description", "Description")
                .maxLength(owner, MAX_OWNER, "owner", "Owner")
                .require(
                        effort == null || (effort > 0 && effort <= 1000 && !effort.isNaN()),
                        "effort",
                        "Effort is in person-months: more than 0 and at most 1000 (leave it blank if not estimated)")
                .require(goalIds.size() <= MAX_LINKS, "goalIds", "At most " + MAX_LINKS + " goals")
                .require(evidence.size() <= MAX_LINKS, "evidence", "At most " + MAX_LINKS + " pieces of evidence")
                .orThrow();
    }

    /** The same feature in another status. */
    public FeatureInput withStatus(FeatureStatus newStatus) {
        return new FeatureInput(title, problem, description, newStatus, owner, effort, parentId, goalIds, evidence);
    }
}
