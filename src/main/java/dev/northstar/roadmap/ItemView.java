package dev.northstar.roadmap;

import dev.northstar.prioritization.FeatureStatus;
import java.util.UUID;

/** A feature placed on the roadmap: which team builds it in which period. */
public record ItemView(
        UUID id,
        UUID featureId,
        String featureTitle,
        FeatureStatus status,
        Double effort,
        UUID teamId,
        String teamName,
        String period,
        String periodLabel,
        boolean committed) {}
