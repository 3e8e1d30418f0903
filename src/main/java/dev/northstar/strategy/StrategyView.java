package dev.northstar.strategy;

import java.time.Instant;
import java.util.UUID;

/**
 * A product's vision and strategy narrative as Markdown. Version 0 means nothing was saved yet;
 * a save must send the version it read.
 */
public record StrategyView(UUID productId, String vision, String narrative, int version, Instant updatedAt) {

    /** True until a vision or narrative is written (not named isEmpty: that would become a JSON property). */
    public boolean nothingWritten() {
        return vision == null && narrative == null;
    }
}
