package dev.northstar.practice;

import static dev.northstar.practice.CheckerAssertions.assertStrong;
import static dev.northstar.practice.CheckerAssertions.levels;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeardownCheckerTests {

    final TeardownChecker checker = new TeardownChecker();

    @Test
    void acceptsGoalsObservationsAndDesignJudgedBothWays() {
        assertStrong(checker.check(Map.of(
                "product", "A budgeting app, Android",
                "goals", List.of("Get a new user to link a bank on day one", "Convert to the paid plan in a month"),
                "unique", List.of("Rounds every purchase up and saves the change automatically"),
                "common", List.of("A spending pie chart that looks like every other app's"),
                "design",
                        List.of(
                                Map.of(
                                        "choice", "Bank linking is the first screen",
                                        "effect", "helps",
                                        "goal", "Get a new user to link a bank on day one",
                                        "why", "Nobody reaches their numbers without linking"),
                                Map.of(
                                        "choice", "Paywall before the first budget",
                                        "effect", "hinders",
                                        "goal", "Convert to the paid plan in a month",
                                        "why", "People pay after they see value, not before")))));
    }

    @Test
    void flagsLabelsOneSidedJudgementAndUnknownGoals() {
        CheckResult r = checker.check(Map.of(
                "product", "A budgeting app",
                "goals", List.of("Retention"),
                "unique", List.of("Round-ups"),
                "design", List.of(Map.of("choice", "Dark mode", "effect", "helps", "goal", "Growth", "why", "Nice"))));
        assertThat(levels(r))
                .containsEntry("goals", "weak")
                .containsEntry("unique[0]", "weak")
                .containsEntry("common", "missing")
                .containsEntry("design[0].goal", "weak")
                .containsEntry("design[0].why", "weak")
                .containsEntry("design", "weak");
    }
}
