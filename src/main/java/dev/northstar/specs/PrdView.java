package dev.northstar.specs;

import dev.northstar.prioritization.FeatureView;
import java.util.List;

/**
 * A feature's PRD as assembled: the feature (problem, evidence), the goals it serves by name with specs' own non-goals,
 * metrics and open questions, and the feature's stories with their criteria.
 */
public record PrdView(
        FeatureView feature,
        List<Goal> goals,
        List<String> nonGoals,
        List<String> metrics,
        List<PrdQuestion> questions,
        List<StoryView> stories) {

    /** A goal the feature serves, by name (strategy's goals); the id alone if the goal is not found. */
    public record Goal(java.util.UUID id, String title) {}

    public long openQuestions() {
        return questions.stream().filter(q -> !q.resolved()).count();
    }
}
