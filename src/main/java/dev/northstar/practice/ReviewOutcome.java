package dev.northstar.practice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A card's new state after a self-score: the grade FSRS used, when it is due next ({@code dueDate} in the user's time
 * zone, {@code intervalDays} from the review), and the memory state (stability in days, difficulty 1–10).
 * {@code retrievability} is the modelled recall probability at the moment of the review (null on a first review);
 * {@code elapsedDays} the calendar days since the previous review (null on a first review).
 */
public record ReviewOutcome(
        String cardId,
        int score,
        String grade,
        ReviewState state,
        Instant due,
        LocalDate dueDate,
        int intervalDays,
        double stability,
        double difficulty,
        int reps,
        int lapses,
        Double retrievability,
        Integer elapsedDays,
        Instant reviewedAt) {}
