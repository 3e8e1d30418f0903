package dev.northstar.practice;

import static dev.northstar.practice.CheckerAssertions.assertStrong;
import static dev.northstar.practice.CheckerAssertions.levels;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PositioningCheckerTests {

    final PositioningChecker checker = new PositioningChecker();

    @Test
    void acceptsAllSevenPartsWithASpecificTargetAndARealAlternative() {
        assertStrong(checker.check(Map.of(
                "target", "operations leads at small agencies",
                "need", "lose hours arranging client calls across time zones",
                "productName", "Cadence",
                "category", "team scheduling tool",
                "benefit", "books a call with the right people in one message",
                "alternative", "email threads and personal booking links",
                "differentiation", "knows the whole team's availability and rules, not one person's")));
    }

    @Test
    void flagsAVagueTargetNoAlternativeAndMissingParts() {
        CheckResult r = checker.check(Map.of(
                "target", "everyone",
                "productName", "Cadence",
                "alternative", "None",
                "benefit", "saves time",
                "differentiation", "saves time"));
        assertThat(levels(r))
                .containsEntry("need", "missing")
                .containsEntry("category", "missing")
                .containsEntry("target", "weak")
                .containsEntry("alternative", "weak")
                .containsEntry("differentiation", "weak");
    }
}
