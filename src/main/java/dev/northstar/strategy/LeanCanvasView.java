package dev.northstar.strategy;

import java.time.Instant;
import java.util.UUID;

/** The product's Lean Canvas; version 0 before the first save. */
public record LeanCanvasView(
        UUID productId,
        String problem,
        String existingAlternatives,
        String customerSegments,
        String earlyAdopters,
        String uniqueValueProposition,
        String solution,
        String channels,
        String revenueStreams,
        String costStructure,
        String keyMetrics,
        String unfairAdvantage,
        int version,
        Instant updatedAt) {

    static LeanCanvasView of(UUID productId, LeanCanvasInput in, int version, Instant updatedAt) {
        return new LeanCanvasView(
                productId,
                in.problem(),
                in.existingAlternatives(),
                in.customerSegments(),
                in.earlyAdopters(),
                in.uniqueValueProposition(),
                in.solution(),
                in.channels(),
                in.revenueStreams(),
                in.costStructure(),
                in.keyMetrics(),
                in.unfairAdvantage(),
                version,
                updatedAt);
    }

    /** How many of the nine boxes have something in them (a box with two parts counts once). */
    public int filledBoxes() {
        int n = 0;
        for (Object o : new Object[] {
            problem != null || existingAlternatives != null ? "x" : null,
            customerSegments != null || earlyAdopters != null ? "x" : null,
            uniqueValueProposition,
            solution,
            channels,
            revenueStreams,
            costStructure,
            keyMetrics,
            unfairAdvantage
        }) {
            if (o != null) {
                n++;
            }
        }
        return n;
    }
}
