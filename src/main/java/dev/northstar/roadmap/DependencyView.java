package dev.northstar.roadmap;

import java.util.UUID;

/** {@code featureId} needs {@code needsFeatureId} delivered first (or in the same period). */
public record DependencyView(UUID featureId, String featureTitle, UUID needsFeatureId, String needsTitle) {}
