package dev.northstar.prioritization;

import java.time.Instant;
import java.util.UUID;

/** A manual move in a product's ranking with the reason given; {@code featureId} is null once the feature is deleted. */
public record RankMove(
        UUID id,
        UUID featureId,
        String featureTitle,
        Integer fromPosition,
        int toPosition,
        String reason,
        String movedBy,
        Instant movedAt) {}
