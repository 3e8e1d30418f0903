package dev.northstar.discovery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A product's opportunity–solution tree: the desired outcome, the opportunities that could move it
 * (unmet needs, or free-text ones), the solutions to each, and the tests of each solution's
 * assumptions. {@code outcome} is null until it is set.
 */
public record OpportunityTree(UUID productId, String outcome, Instant updatedAt, List<Opportunity> opportunities) {

    /** An opportunity; when it is an unmet need, {@code title}, importance and evidence are the need's. */
    public record Opportunity(
            UUID id,
            UUID needId,
            String title,
            Importance needImportance,
            int evidenceCount,
            List<Solution> solutions) {}

    public record Solution(UUID id, String title, List<AssumptionTest> assumptionTests) {}

    public record AssumptionTest(UUID id, String assumption, String test, AssumptionStatus status) {}

    public boolean isEmpty() {
        return outcome == null && opportunities.isEmpty();
    }
}
