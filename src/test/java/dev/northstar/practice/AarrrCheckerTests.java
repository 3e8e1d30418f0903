package dev.northstar.practice;

import static dev.northstar.practice.CheckerAssertions.assertStrong;
import static dev.northstar.practice.CheckerAssertions.levels;
import static dev.northstar.practice.CheckerAssertions.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AarrrCheckerTests {

    final AarrrChecker checker = new AarrrChecker();

    static Map<String, Object> stage(String stage, String definition, String metric) {
        return Map.of("stage", stage, "definition", definition, "metric", metric);
    }

    @Test
    void acceptsEveryAarmStageDefinedAndMeasured() {
        assertStrong(checker.check(Map.of(
                "product", "A language-learning app",
                "model", "aarm",
                "stages",
                        List.of(
                                stage("acquisition", "Installs from any channel", "Installs per week by channel"),
                                stage(
                                        "activation",
                                        "Finishes a first lesson within a day",
                                        "% of installs finishing a lesson within 24 hours"),
                                stage("retention", "Comes back in week four", "Week-4 retention of new learners"),
                                stage("revenue", "Starts a paid plan", "Paid conversions per month")),
                "biggestLeak", "Week one: learners miss a day, lose the streak and stop coming back")));
    }

    @Test
    void flagsMissingStagesASignupActivationAndStagesOutsideTheModel() {
        CheckResult r = checker.check(Map.of(
                "product", "A language-learning app",
                "model", "aarm",
                "stages",
                        List.of(
                                stage("activation", "Signs up", "Signups per week"),
                                stage("referral", "Invites a friend", "Invites sent per week"))));
        assertThat(levels(r))
                .containsEntry("stages[0].definition", "weak")
                .containsEntry("stages[1].stage", "weak")
                .containsEntry("stages", "missing")
                .containsEntry("biggestLeak", "missing");
        assertThat(message(r, "stages"))
                .contains("Acquisition")
                .contains("Retention")
                .contains("Monetization");
        assertThat(levels(checker.check(Map.of("stages", List.of())))).containsEntry("model", "missing");
    }
}
