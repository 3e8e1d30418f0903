package dev.northstar.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An objective with its key results and its progress: the mean of its key results' progress, null without any. */
public record GoalView(
        UUID id,
        UUID productId,
        String title,
        String description,
        String period,
        LocalDate startsOn,
        LocalDate endsOn,
        String owner,
        GoalStatus status,
        List<KeyResultView> keyResults,
        Double progress,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    /** Progress as a whole percent for display, null without key results. */
    public Integer percent() {
        return progress == null ? null : (int) Math.round(progress * 100);
    }
}
