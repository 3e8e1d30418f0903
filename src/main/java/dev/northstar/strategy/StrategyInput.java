package dev.northstar.strategy;

import dev.northstar.common.Checks;

/** A product's vision (where it is going, in a few lines) and strategy narrative (how it gets there), both Markdown. */
public record StrategyInput(String vision, String narrative) {

    public static final int MAX_VISION = 20_000;
    public static final int MAX_NARRATIVE = 100_000;

    public StrategyInput {
        vision = Checks.trimToNull(vision);
        narrative = Checks.trimToNull(narrative);
        Checks.start()
                .maxLength(vision, MAX_VISION, "vision", "Vision")
                .maxLength(narrative, MAX_NARRATIVE, "narrative", "Narrative")
                .orThrow();
    }
}
