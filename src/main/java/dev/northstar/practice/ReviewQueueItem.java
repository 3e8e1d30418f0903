package dev.northstar.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One card of today's queue: a due review ({@code isNew} false, with its due time and how many days overdue in the
 * user's time zone) or a new card ({@code isNew} true, state NEW, no due time).
 */
public record ReviewQueueItem(
        String cardId,
        String kind,
        String category,
        String categoryLabel,
        List<String> skills,
        String front,
        boolean isNew,
        ReviewState state,
        Instant due,
        LocalDate dueDate,
        int overdueDays) {

    public ReviewQueueItem {
        skills = List.copyOf(skills);
    }
}
