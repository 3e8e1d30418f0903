package dev.northstar.decisions;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What was known about a feature at one moment: status, effort, scores with their breakdowns, the
 * evidence score and the evidence cited. A decision stores one per linked feature (as JSON) and shows
 * it beside the same facts read now.
 */
public record FeatureFacts(
        UUID featureId,
        String title,
        String status,
        Double effort,
        List<Score> scores,
        double evidenceScore,
        List<Evidence> evidence,
        Instant at) {

    public record Score(String framework, double score, Map<String, Object> breakdown) {}

    public record Evidence(String kind, String title, String importance) {}

    public FeatureFacts {
        scores = scores == null ? List.of() : List.copyOf(scores);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The score in a framework, or null when the feature had none then. */
    public Double score(String framework) {
        return scores.stream()
                .filter(s -> s.framework().equals(framework))
                .map(Score::score)
                .findFirst()
                .orElse(null);
    }
}
