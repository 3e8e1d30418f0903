package dev.northstar.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReviewCardRowTests {

    private final Fsrs fsrs = Fsrs.defaults();
    private final UUID user = UUID.randomUUID();
    private static final ZoneId UTC = ZoneId.of("UTC");

    private ReviewCardRow.Reviewed review(ReviewCardRow before, int score, String at, ZoneId zone) {
        return ReviewCardRow.review(before, user, "f:circles", FsrsGrade.ofScore(score), Instant.parse(at), zone, fsrs);
    }

    @Test
    void aFirstReviewStartsTheCardAndSchedulesItInWholeDays() {
        ReviewCardRow.Reviewed r = review(null, 3, "2026-03-02T09:15:00Z", UTC);
        assertThat(r.after().state()).isEqualTo(ReviewState.REVIEW);
        assertThat(r.after().reps()).isEqualTo(1);
        assertThat(r.after().stability()).isEqualTo(2.3065);
        assertThat(r.intervalDays()).isEqualTo(2);
        assertThat(r.after().due()).isEqualTo(Instant.parse("2026-03-04T09:15:00Z"));
        assertThat(r.elapsedDays()).isNull();
        assertThat(r.retrievability()).isNull();
        assertThat(r.after().introducedAt()).isEqualTo(Instant.parse("2026-03-02T09:15:00Z"));
    }

    @Test
    void aCardNeverRecalledIsLearningAndALapseIsCountedOnce() {
        ReviewCardRow.Reviewed missed = review(null, 1, "2026-03-02T09:00:00Z", UTC);
        assertThat(missed.after().state()).isEqualTo(ReviewState.LEARNING);
        assertThat(missed.after().lapses()).isZero();

        ReviewCardRow.Reviewed recalled = review(missed.after(), 4, "2026-03-03T09:00:00Z", UTC);
        assertThat(recalled.after().state()).isEqualTo(ReviewState.REVIEW);

        ReviewCardRow.Reviewed lapse = review(recalled.after(), 1, "2026-03-05T09:00:00Z", UTC);
        assertThat(lapse.after().state()).isEqualTo(ReviewState.RELEARNING);
        assertThat(lapse.after().lapses()).isEqualTo(1);
        ReviewCardRow.Reviewed again = review(lapse.after(), 1, "2026-03-06T09:00:00Z", UTC);
        assertThat(again.after().state()).isEqualTo(ReviewState.RELEARNING);
        assertThat(again.after().lapses()).isEqualTo(1);
        assertThat(again.after().reps()).isEqualTo(4);
        assertThat(again.after().introducedAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void elapsedDaysAreCalendarDaysInTheUsersTimeZone() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ReviewCardRow first = review(null, 3, "2026-03-02T21:30:00Z", berlin).after(); // 22:30 in Berlin
        // 23:10 UTC is already the next day in Berlin: one day elapsed, not a same-day review
        ReviewCardRow.Reviewed next = review(first, 3, "2026-03-02T23:10:00Z", berlin);
        assertThat(next.elapsedDays()).isEqualTo(1);
        assertThat(next.retrievability()).isCloseTo(fsrs.retrievability(1, 2.3065), within(1e-12));
        // the same instants in UTC are the same day: the short-term formula applies
        ReviewCardRow.Reviewed sameDay =
                review(review(null, 3, "2026-03-02T21:30:00Z", UTC).after(), 3, "2026-03-02T23:10:00Z", UTC);
        assertThat(sameDay.elapsedDays()).isZero();
        assertThat(sameDay.after().stability()).isCloseTo(2.3065, within(1e-12));
    }

    @Test
    void dueKeepsTheLocalTimeAcrossADaylightSavingChange() {
        ZoneId newYork = ZoneId.of("America/New_York");
        // Saturday 7 March 2026 10:00 in New York; clocks go forward on Sunday 8 March
        ReviewCardRow.Reviewed r = review(null, 3, "2026-03-07T15:00:00Z", newYork);
        assertThat(r.intervalDays()).isEqualTo(2);
        assertThat(r.after().due().atZone(newYork).toLocalDateTime())
                .isEqualTo(java.time.LocalDateTime.parse("2026-03-09T10:00:00"));
    }
}
