package dev.northstar.practice;

import static dev.northstar.practice.CheckerAssertions.assertStrong;
import static dev.northstar.practice.CheckerAssertions.levels;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossTrainingCheckerTests {

    final CrossTrainingChecker checker = new CrossTrainingChecker();

    @Test
    void acceptsThreeExplainedIdeasEachWay() {
        assertStrong(checker.check(Map.of(
                "productA",
                "duolingo",
                "productB",
                "strava",
                "aToB",
                List.of(
                        "Borrow streaks so runners see an unbroken chain of weekly runs",
                        "Borrow short daily goals so a ten-minute jog still counts as progress",
                        "Borrow leagues that group runners of similar pace each week"),
                "bToA",
                List.of(
                        "Borrow segments: a leaderboard per lesson so learners race friends on it",
                        "Borrow kudos so friends can cheer a finished unit with one tap",
                        "Borrow the yearly recap that shows how far a learner came"))));
    }

    @Test
    void flagsAMissingCardBareLabelsAndTooFewIdeas() {
        CheckResult r = checker.check(Map.of("productA", "duolingo", "aToB", List.of("Streaks")));
        assertThat(levels(r))
                .containsEntry("productB", "missing")
                .containsEntry("aToB[0]", "weak")
                .containsEntry("aToB", "weak")
                .containsEntry("bToA", "missing");
        assertThat(levels(checker.check(Map.of("productA", "x", "productB", "x"))))
                .containsEntry("productB", "weak");
    }
}
