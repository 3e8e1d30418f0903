package dev.northstar.practice;

import static dev.northstar.practice.CheckerAssertions.assertStrong;
import static dev.northstar.practice.CheckerAssertions.levels;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobStoriesCheckerTests {

    final JobStoriesChecker checker = new JobStoriesChecker();

    @Test
    void acceptsStoriesWithSituationMotivationAndOutcome() {
        assertStrong(checker.check(Map.of(
                "stories",
                List.of(
                        Map.of(
                                "situation", "When a client asks for a call next week",
                                "motivation", "I want to offer times that suit my whole team",
                                "outcome", "so I can book it in one reply"),
                        Map.of(
                                "situation", "a meeting moves at short notice",
                                "motivation", "tell everyone affected at once",
                                "outcome", "nobody turns up to an empty room")))));
    }

    @Test
    void flagsAPersonaInsteadOfASituationADesignInTheMotivationAndAMissingOutcome() {
        CheckResult r = checker.check(Map.of(
                "stories",
                List.of(Map.of(
                        "situation", "As a team lead",
                        "motivation", "I want to click a button to share my calendar"))));
        assertThat(levels(r))
                .containsEntry("stories[0].situation", "weak")
                .containsEntry("stories[0].motivation", "weak")
                .containsEntry("stories[0].outcome", "missing");
        assertThat(levels(checker.check(Map.of()))).containsEntry("stories", "missing");
    }
}
