package dev.northstar.prioritization;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A feature's current score in one framework: the inputs as entered, the score and its breakdown, who set it and when. */
public record FeatureScore(
        UUID featureId,
        String framework,
        String label,
        double score,
        Map<String, Object> inputs,
        Map<String, Object> breakdown,
        String updatedBy,
        Instant updatedAt) {}
