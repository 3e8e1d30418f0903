package dev.northstar.roadmap;

import java.util.UUID;

public record DependencyInput(UUID featureId, UUID needsFeatureId) {}
