package dev.northstar.prioritization;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One change of a feature's inputs in a framework; {@code inputs} and {@code score} are null when the score was removed. */
public record ScoreChange(
        UUID id,
        UUID featureId,
        String framework,
        Map<String, Object> inputs,
        Double score,
        String note,
        UUID changedById,
        String changedBy,
        Instant changedAt) {}
