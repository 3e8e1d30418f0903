package dev.northstar.practice;

import static dev.northstar.practice.CheckerAssertions.assertStrong;
import static dev.northstar.practice.CheckerAssertions.levels;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpportunitySolutionTreeCheckerTests {

    final OpportunitySolutionTreeChecker checker = new OpportunitySolutionTreeChecker();

    @Test
    void acceptsATreeFromOutcomeToExperiments() {
        String need = "I can't tell which colleagues are free";
        assertStrong(checker.check(Map.of(
                "outcome", "Raise the share of new teams that book a meeting in week one from 30% to 45%",
                "opportunities",
                        List.of(
                                Map.of("opportunity", need, "evidence", "6 of 10 onboarding interviews"),
                                Map.of(
                                        "opportunity",
                                        "Clients ignore my booking emails",
                                        "evidence",
                                        "Support tickets")),
                "solutions",
                        List.of(
                                Map.of("opportunity", need, "solution", "Side-by-side free slots"),
                                Map.of("opportunity", need, "solution", "Suggest the best three times")),
                "experiments",
                        List.of(
                                Map.of(
                                        "solution",
                                        "Side-by-side free slots",
                                        "experiment",
                                        "Fake door for a week",
                                        "measure",
                                        "15% click"),
                                Map.of(
                                        "solution",
                                        "Suggest the best three times",
                                        "experiment",
                                        "Concierge test with 5 teams",
                                        "measure",
                                        "4 of 5 accept")))));
    }

    @Test
    void flagsSolutionShapedOpportunitiesOrphansAndUntestedSolutions() {
        CheckResult r = checker.check(Map.of(
                "outcome", "Better onboarding",
                "opportunities", List.of(Map.of("opportunity", "Add a team calendar view")),
                "solutions", List.of(Map.of("opportunity", "Something else", "solution", "Calendar view")),
                "experiments", List.of()));
        assertThat(levels(r))
                .containsEntry("outcome", "weak")
                .containsEntry("opportunities[0].opportunity", "weak")
                .containsEntry("opportunities[0].evidence", "weak")
                .containsEntry("opportunities", "weak")
                .containsEntry("solutions[0].opportunity", "weak")
                .containsEntry("solutions", "weak")
                .containsEntry("experiments", "missing");
    }
}
