package dev.northstar.specs;

import dev.northstar.prioritization.FeatureView;
import java.util.List;

/**
 * A feature's PRD as assembled: the feature (problem, goal ids, evidence) with specs' own non-goals,
 * metrics and open questions, and the feature's stories with their criteria.
 */
public record PrdView(
        FeatureView feature,
        List<String> nonGoals,
        List<String> metrics,
        List<PrdQuestion> questions,
        List<StoryView> stories) {

    public long openQuestions() {
        return questions.stream().filter(q -> !q.resolved()).count();
    }
}
