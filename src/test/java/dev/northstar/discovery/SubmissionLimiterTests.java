package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SubmissionLimiterTests {

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2026-09-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void letsTenAnswersAMinuteThroughPerClientAndSurvey() {
        Hand clock = new Hand();
        SubmissionLimiter limiter = new SubmissionLimiter(clock);
        for (int i = 0; i < 10; i++) {
            limiter.acquire("survey-a", "10.0.0.1");
        }
        assertThatThrownBy(() -> limiter.acquire("survey-a", "10.0.0.1"))
                .isInstanceOfSatisfying(
                        SubmissionsLimitedException.class,
                        e -> assertThat(e.retryAfterSeconds()).isBetween(1L, 6L));
        // another address, or another survey, has its own bucket
        limiter.acquire("survey-a", "10.0.0.2");
        limiter.acquire("survey-b", "10.0.0.1");
        // a token comes back every six seconds
        clock.now = clock.now.plusSeconds(6);
        limiter.acquire("survey-a", "10.0.0.1");
        assertThatThrownBy(() -> limiter.acquire("survey-a", "10.0.0.1"))
                .isInstanceOf(SubmissionsLimitedException.class);
        clock.now = clock.now.plusSeconds(60);
        for (int i = 0; i < 10; i++) {
            limiter.acquire("survey-a", "10.0.0.1");
        }
    }

    @Test
    void capsOneSurveyAcrossManyAddresses() {
        SubmissionLimiter limiter = new SubmissionLimiter(new Hand());
        for (int i = 0; i < SubmissionLimiter.PER_SURVEY; i++) {
            limiter.acquire("survey-a", "10.1." + (i / 250) + "." + (i % 250));
        }
        assertThatThrownBy(() -> limiter.acquire("survey-a", "10.9.9.9"))
                .isInstanceOf(SubmissionsLimitedException.class);
        limiter.acquire("survey-b", "10.9.9.9");
    }
}
