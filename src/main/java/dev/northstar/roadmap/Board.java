package dev.northstar.roadmap;

import dev.northstar.prioritization.FeatureStatus;
import java.util.List;
import java.util.UUID;

/** The Now / Next / Later board: one column per status, no dates needed. */
public record Board(List<Column> columns) {

    public record Column(String key, String label, FeatureStatus status, List<Card> cards) {}

    public record Card(
            UUID featureId,
            String title,
            FeatureStatus status,
            Double effort,
            String owner,
            String teamName,
            String period,
            String periodLabel,
            boolean committed) {}
}
