package dev.northstar.strategy;

import java.time.Instant;
import java.util.UUID;

/** The product's positioning statement: its parts, the sentence they make, and the version (0 before the first save). */
public record PositioningView(
        UUID productId,
        String targetCustomer,
        String need,
        String productName,
        String category,
        String keyBenefit,
        String alternative,
        String differentiation,
        String statement,
        int version,
        Instant updatedAt) {

    static PositioningView of(UUID productId, PositioningInput in, int version, Instant updatedAt) {
        return new PositioningView(
                productId,
                in.targetCustomer(),
                in.need(),
                in.productName(),
                in.category(),
                in.keyBenefit(),
                in.alternative(),
                in.differentiation(),
                in.sentence(),
                version,
                updatedAt);
    }
}
