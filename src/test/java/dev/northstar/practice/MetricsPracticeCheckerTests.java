package dev.northstar.practice;

import static dev.northstar.practice.CheckerAssertions.assertStrong;
import static dev.northstar.practice.CheckerAssertions.levels;
import static dev.northstar.practice.CheckerAssertions.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsPracticeCheckerTests {

    final MetricsPracticeChecker checker = new MetricsPracticeChecker();

    @Test
    void acceptsMeasurableMetricsAndAValueNorthStar() {
        assertStrong(checker.check(Map.of(
                "product", "A language-learning app",
                "builder", "A venture-backed start-up of 200 people",
                "outcome", "Adults learn enough of a language to hold a conversation, and keep paying while they do.",
                "customerMetrics",
                        List.of(
                                "% of learners who finish a lesson on 5 days per week",
                                "Median minutes to finish a first lesson"),
                "businessMetrics", List.of("Paid subscriptions started per month", "Monthly churn of paid learners"),
                "northStar", "Lessons completed per active learner per week",
                "northStarReason",
                        "Each finished lesson is progress the learner came for, and learners who keep finishing lessons"
                                + " renew.")));
    }

    @Test
    void flagsUnmeasurableMetricsAndAVanityNorthStar() {
        CheckResult r = checker.check(Map.of(
                "product", "A language-learning app",
                "customerMetrics", List.of("Customer happiness", "Brand love"),
                "businessMetrics", List.of("Revenue"),
                "northStar", "Total downloads",
                "northStarReason", "It grows the business."));
        assertThat(levels(r))
                .containsEntry("builder", "missing")
                .containsEntry("outcome", "missing")
                .containsEntry("customerMetrics[0]", "weak")
                .containsEntry("customerMetrics[1]", "weak")
                .containsEntry("businessMetrics[0]", "weak")
                .containsEntry("northStar", "weak")
                .containsEntry("northStarReason", "weak");
        assertThat(message(r, "customerMetrics[0]"))
                .contains("cannot be measured")
                .contains("happiness");
        assertThat(message(r, "customerMetrics[1]")).contains("brand");
        assertThat(message(r, "businessMetrics[0]")).contains("time window");
        assertThat(message(r, "northStar")).contains("vanity");
        assertThat(r.complete()).isFalse();
    }

    @Test
    void aCumulativeCountOrSignupsIsAVanityNorthStarButActivatedSignupsAreNot() {
        assertThat(message(checker.check(Map.of("northStar", "Cumulative page views")), "northStar"))
                .contains("vanity");
        assertThat(message(checker.check(Map.of("northStar", "Number of users")), "northStar"))
                .contains("counts people");
        assertThat(levels(checker.check(Map.of("northStar", "Sign-ups who book a first meeting within 7 days"))))
                .containsEntry("northStar", "good");
    }
}
