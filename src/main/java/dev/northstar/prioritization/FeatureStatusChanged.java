package dev.northstar.prioritization;

import java.time.Instant;
import java.util.UUID;

/** A feature moved from one status to another (shipped features start their outcome readout). */
public record FeatureStatusChanged(UUID productId, UUID featureId, FeatureStatus from, FeatureStatus to, Instant at) {}
