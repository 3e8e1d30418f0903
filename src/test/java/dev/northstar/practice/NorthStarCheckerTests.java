package dev.northstar.practice;

import static dev.northstar.practice.CheckerAssertions.assertStrong;
import static dev.northstar.practice.CheckerAssertions.levels;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NorthStarCheckerTests {

    final NorthStarChecker checker = new NorthStarChecker();

    static Map<String, Object> input(String metric, String lever) {
        return Map.of("metric", metric, "lever", lever);
    }

    @Test
    void acceptsAValueNorthStarWithThreeInputsAndAGuardrail() {
        assertStrong(checker.check(Map.of(
                "product", "A music streaming service",
                "northStar", "Hours listened per active listener per week",
                "reason", "Listening time is the value listeners pay for, and more of it predicts renewals.",
                "inputs",
                        List.of(
                                input(
                                        "% of new listeners who save a playlist in week one",
                                        "Saved playlists bring listeners back"),
                                input(
                                        "Median seconds from app open to first play",
                                        "Less friction means more sessions"),
                                input(
                                        "Share of plays from recommendations",
                                        "Good recommendations extend each session")),
                "guardrails", List.of("Skips per hour listened"))));
    }

    @Test
    void flagsAVanityNorthStarTooFewInputsAndNoGuardrail() {
        CheckResult r = checker.check(Map.of(
                "product", "A music streaming service",
                "northStar", "Total app downloads",
                "inputs", List.of(input("Total app downloads", "It is the same"))));
        assertThat(levels(r))
                .containsEntry("northStar", "weak")
                .containsEntry("reason", "missing")
                .containsEntry("inputs[0].metric", "weak")
                .containsEntry("inputs", "weak")
                .containsEntry("guardrails", "weak");
    }
}
