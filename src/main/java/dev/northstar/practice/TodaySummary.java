package dev.northstar.practice;

import java.time.LocalDate;

/**
 * The practice home page's numbers for the user's today: reviews due (including overdue ones), new cards still to
 * meet today, cards scored today, the streak of consecutive days with at least one review (today not yet broken
 * while it lasts), and the date of the next review once today's queue is done ({@code nextReview}, null when nothing
 * is scheduled). {@code started} is false for a user who never scored a card.
 */
public record TodaySummary(
        LocalDate today,
        int dueToday,
        int newToday,
        int reviewedToday,
        int streakDays,
        boolean started,
        int cardsStarted,
        int deckSize,
        LocalDate nextReview) {

    public int queueSize() {
        return dueToday + newToday;
    }
}
