package dev.northstar.practice;

import static dev.northstar.practice.CheckerAssertions.assertStrong;
import static dev.northstar.practice.CheckerAssertions.levels;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeartCheckerTests {

    final HeartChecker checker = new HeartChecker();

    @Test
    void acceptsDimensionsWithGoalSignalAndMetric() {
        assertStrong(checker.check(Map.of(
                "product",
                "Group scheduling",
                "rows",
                List.of(
                        Map.of(
                                "dimension", "happiness",
                                "goal", "Organisers feel it saves them time",
                                "signal", "They rate the flow after booking",
                                "metric", "Average post-booking rating per week"),
                        Map.of(
                                "dimension", "task-success",
                                "goal", "Find a slot for five people quickly",
                                "signal", "Polls close with a chosen slot",
                                "metric", "Median hours from poll sent to slot chosen")))));
    }

    @Test
    void flagsAnUnmeasuredHappinessAndASingleDimension() {
        CheckResult r = checker.check(Map.of(
                "rows",
                List.of(Map.of("dimension", "happiness", "goal", "People like it", "metric", "User happiness"))));
        assertThat(levels(r))
                .containsEntry("product", "missing")
                .containsEntry("rows[0].signal", "missing")
                .containsEntry("rows[0].metric", "weak")
                .containsEntry("rows", "weak");
    }
}
