package dev.northstar.prioritization;

import java.util.List;

/** What is known about a feature at one moment: the feature, its scores and its evidence score. */
public record FeatureSnapshot(FeatureView feature, List<ScoreSnapshot> scores, double evidenceScore) {}
