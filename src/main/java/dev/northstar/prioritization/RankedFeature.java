package dev.northstar.prioritization;

import java.util.Map;
import java.util.UUID;

/** One line of a ranking, best first: {@code rank} counts from 1 over the whole ranking, not the page. */
public record RankedFeature(
        UUID id, String title, FeatureStatus status, int rank, double score, Map<String, Object> breakdown) {}
