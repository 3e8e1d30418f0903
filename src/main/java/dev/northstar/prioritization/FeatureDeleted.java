package dev.northstar.prioritization;

import java.util.UUID;

/** A feature was deleted; rows of other modules that point at it go through their foreign keys. */
public record FeatureDeleted(UUID productId, UUID featureId) {}
