package dev.northstar.strategy;

import java.time.Instant;
import java.util.UUID;

/**
 * A key result with its computed progress (0..1, see {@link KeyResultProgress}) and direction:
 * {@code increase} when the target is above the baseline, {@code decrease} when below.
 */
public record KeyResultView(
        UUID id,
        UUID goalId,
        String title,
        String unit,
        double baseline,
        double target,
        double current,
        double progress,
        String direction,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public KeyResultInput input() {
        return new KeyResultInput(id, title, unit, baseline, target, current);
    }

    /** Progress as a whole percent for display. */
    public int percent() {
        return (int) Math.round(progress * 100);
    }
}
