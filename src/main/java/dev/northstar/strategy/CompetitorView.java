package dev.northstar.strategy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A competitor with its filled cells of the matrix, in the criteria's order. */
public record CompetitorView(
        UUID id,
        UUID productId,
        String name,
        String website,
        String positioning,
        String pricing,
        String strengths,
        String weaknesses,
        List<RatingView> ratings,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    /** The cell for a criterion, or null when it is empty. */
    public RatingView rating(UUID criterionId) {
        return ratings.stream()
                .filter(r -> r.criterionId().equals(criterionId))
                .findFirst()
                .orElse(null);
    }
}
