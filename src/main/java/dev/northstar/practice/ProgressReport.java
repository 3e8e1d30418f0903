package dev.northstar.practice;

import java.time.LocalDate;
import java.util.List;

/**
 * Spaced-repetition progress of one user over the last weeks (Monday-based, in the user's time zone), grouped
 * {@code by} "category" or "skill"; a card with several skills counts in each. {@code overall} is every card.
 */
public record ProgressReport(String by, List<LocalDate> weeks, ProgressGroup overall, List<ProgressGroup> groups) {

    public ProgressReport {
        weeks = List.copyOf(weeks);
        groups = List.copyOf(groups);
    }

    /**
     * A category or skill: a row per week, and totals over the whole window ({@code learned} and {@code mature} as
     * of now). {@code cards} is how many cards of the deck belong to it.
     */
    public record ProgressGroup(String key, String label, int cards, List<ProgressWeek> weeks, ProgressWeek total) {

        public ProgressGroup {
            weeks = List.copyOf(weeks);
        }
    }

    /**
     * One week: reviews done, their average self-score and recall rate (share graded above Again; both null without
     * reviews), and at the week's end the cards learned (last scored Hard or better) and mature (stability of at
     * least 21 days).
     */
    public record ProgressWeek(
            LocalDate week, int reviews, Double averageScore, Double recallRate, int learned, int mature) {}
}
