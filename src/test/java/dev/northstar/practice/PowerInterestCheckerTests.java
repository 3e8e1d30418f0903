package dev.northstar.practice;

import static dev.northstar.practice.CheckerAssertions.assertStrong;
import static dev.northstar.practice.CheckerAssertions.levels;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PowerInterestCheckerTests {

    final PowerInterestChecker checker = new PowerInterestChecker();

    static Map<String, Object> who(String name, String power, String interest, String strategy) {
        return Map.of("stakeholder", name, "power", power, "interest", interest, "strategy", strategy);
    }

    @Test
    void acceptsStakeholdersPlacedWithAFittingStrategy() {
        assertStrong(checker.check(Map.of(
                "initiative",
                "Usage-based pricing",
                "stakeholders",
                List.of(
                        who("Head of sales", "high", "high", "Weekly one-to-one; co-own the pricing test"),
                        who("CFO", "high", "low", "Monthly summary of revenue impact"),
                        who("Support team", "low", "high", "Fortnightly update and an FAQ draft to review"),
                        who("Legal", "low", "low", "Monitor; loop in before terms change")))));
        assertThat(PowerInterestChecker.quadrant("high", "low")).isEqualTo("keep satisfied");
    }

    @Test
    void flagsUnplacedStakeholdersAndAHandsOffKeyPlayer() {
        CheckResult r = checker.check(Map.of(
                "stakeholders",
                List.of(
                        who("Head of sales", "high", "high", "Monitor"),
                        Map.of("stakeholder", "CFO", "power", "high"))));
        assertThat(levels(r))
                .containsEntry("initiative", "missing")
                .containsEntry("stakeholders[0].strategy", "weak")
                .containsEntry("stakeholders[1].interest", "missing")
                .containsEntry("stakeholders", "weak");
    }
}
