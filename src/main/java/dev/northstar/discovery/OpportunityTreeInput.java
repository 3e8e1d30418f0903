package dev.northstar.discovery;

import java.util.List;
import java.util.UUID;

/**
 * A whole opportunity–solution tree to store in place of the current one. Ids are optional: an id of
 * a node already in this product's tree is kept (links stay stable), anything else gets a new id. An
 * opportunity names an unmet need ({@code needId}) or has a free-text {@code title}.
 */
public record OpportunityTreeInput(String outcome, List<Opportunity> opportunities) {

    public record Opportunity(UUID id, UUID needId, String title, List<Solution> solutions) {
        public Opportunity {
            solutions = solutions == null ? List.of() : solutions;
        }
    }

    public record Solution(UUID id, String title, List<Test> assumptionTests) {
        public Solution {
            assumptionTests = assumptionTests == null ? List.of() : assumptionTests;
        }
    }

    public record Test(UUID id, String assumption, String test, AssumptionStatus status) {}

    public OpportunityTreeInput {
        opportunities = opportunities == null ? List.of() : opportunities;
    }
}
