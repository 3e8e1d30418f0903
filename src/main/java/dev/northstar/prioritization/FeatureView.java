package dev.northstar.prioritization;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A feature as read: its own fields, the goals it serves and the discovery evidence behind it. */
public record FeatureView(
        UUID id,
        UUID productId,
        String title,
        String problem,
        String description,
        FeatureStatus status,
        String owner,
        Double effort,
        UUID parentId,
        String parentTitle,
        List<UUID> goalIds,
        List<EvidenceLink> evidence,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public FeatureInput input() {
        return new FeatureInput(
                title,
                problem,
                description,
                status,
                owner,
                effort,
                parentId,
                goalIds,
                evidence.stream().map(e -> new EvidenceRef(e.kind(), e.refId())).toList());
    }
}
