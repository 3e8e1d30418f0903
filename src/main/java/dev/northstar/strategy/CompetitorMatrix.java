package dev.northstar.strategy;

import java.util.List;
import java.util.UUID;

/** Competitors (by name) against the product's criteria (in order): the comparison table. */
public record CompetitorMatrix(List<CriterionView> criteria, List<CompetitorView> competitors) {

    /** The mean rating of a criterion over the competitors that have one, or null. */
    public Double averageRating(UUID criterionId) {
        return competitors.stream()
                .map(c -> c.rating(criterionId))
                .filter(r -> r != null && r.rating() != null)
                .mapToInt(RatingView::rating)
                .average()
                .stream()
                .boxed()
                .findFirst()
                .orElse(null);
    }
}
