package dev.northstar.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** One user's memory of one card, as stored; {@link #review} is the only way it changes. */
record ReviewCardRow(
        UUID userId,
        String cardId,
        ReviewState state,
        double stability,
        double difficulty,
        Instant due,
        int reps,
        int lapses,
        Instant lastReview,
        Instant introducedAt) {

    /** A review of a card: the row before (null for a card met for the first time) and after. */
    record Reviewed(
            ReviewCardRow before,
            ReviewCardRow after,
            FsrsGrade grade,
            Integer elapsedDays,
            Double retrievability,
            int intervalDays) {}

    /**
     * Scores a card: FSRS-6 sets the new memory state and the interval in whole days; the card falls due that many
     * calendar days later at the same local time in {@code zone}. Elapsed days are counted in calendar days of
     * {@code zone}, so a second review on the same local day is a same-day review.
     */
    static Reviewed review(
            ReviewCardRow before, UUID userId, String cardId, FsrsGrade grade, Instant at, ZoneId zone, Fsrs fsrs) {
        Fsrs.Memory memory;
        Integer elapsed = null;
        Double retrievability = null;
        ReviewState state;
        int lapses = 0;
        if (before == null) {
            memory = fsrs.first(grade);
            state = grade == FsrsGrade.AGAIN ? ReviewState.LEARNING : ReviewState.REVIEW;
        } else {
            LocalDate last = before.lastReview().atZone(zone).toLocalDate();
            LocalDate now = at.atZone(zone).toLocalDate();
            elapsed = (int) Math.max(0, ChronoUnit.DAYS.between(last, now));
            retrievability = fsrs.retrievability(elapsed, before.stability());
            memory = fsrs.next(new Fsrs.Memory(before.stability(), before.difficulty()), elapsed, grade);
            lapses = before.lapses();
            if (grade != FsrsGrade.AGAIN) {
                state = ReviewState.REVIEW;
            } else if (before.state() == ReviewState.REVIEW) {
                state = ReviewState.RELEARNING;
                lapses++;
            } else {
                state = before.state();
            }
        }
        int interval = fsrs.interval(memory.stability());
        Instant due = at.atZone(zone).plusDays(interval).toInstant();
        ReviewCardRow after = new ReviewCardRow(
                userId,
                cardId,
                state,
                memory.stability(),
                memory.difficulty(),
                due,
                before == null ? 1 : before.reps() + 1,
                lapses,
                at,
                before == null ? at : before.introducedAt());
        return new Reviewed(before, after, grade, elapsed, retrievability, interval);
    }
}
