package dev.northstar.strategy;

import dev.northstar.common.Checks;

/**
 * Ash Maurya's Lean Canvas: problem (with the existing alternatives), customer segments (with the
 * early adopters), unique value proposition, solution, channels, revenue streams, cost structure, key
 * metrics and unfair advantage. Every box is optional free text.
 */
public record LeanCanvasInput(
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
        String unfairAdvantage) {

    public static final int MAX_BOX = 4000;

    public LeanCanvasInput {
        problem = Checks.trimToNull(problem);
        existingAlternatives = Checks.trimToNull(existingAlternatives);
        customerSegments = Checks.trimToNull(customerSegments);
        earlyAdopters = Checks.trimToNull(earlyAdopters);
        uniqueValueProposition = Checks.trimToNull(uniqueValueProposition);
        solution = Checks.trimToNull(solution);
        channels = Checks.trimToNull(channels);
        revenueStreams = Checks.trimToNull(revenueStreams);
        costStructure = Checks.trimToNull(costStructure);
        keyMetrics = Checks.trimToNull(keyMetrics);
        unfairAdvantage = Checks.trimToNull(unfairAdvantage);
        Checks.start()
                .maxLength(problem, MAX_BOX, "problem", "Problem")
                .maxLength(existingAlternatives, MAX_BOX, "existingAlternatives", "Existing alternatives")
                .maxLength(customerSegments, MAX_BOX, "customerSegments", "Customer segments")
                .maxLength(earlyAdopters, MAX_BOX, "earlyAdopters", "Early adopters")
                .maxLength(uniqueValueProposition, MAX_BOX, "uniqueValueProposition", "Unique value proposition")
                .maxLength(solution, MAX_BOX, "solution", "Solution")
                .maxLength(channels, MAX_BOX, "channels", "Channels")
                .maxLength(revenueStreams, MAX_BOX, "revenueStreams", "Revenue streams")
                .maxLength(costStructure, MAX_BOX, "costStructure", "Cost structure")
                .maxLength(keyMetrics, MAX_BOX, "keyMetrics", "Key metrics")
                .maxLength(unfairAdvantage, MAX_BOX, "unfairAdvantage", "Unfair advantage")
                .orThrow();
    }
}
