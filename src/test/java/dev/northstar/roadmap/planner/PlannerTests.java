package dev.northstar.roadmap.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.common.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class PlannerTests {

    static final List<PlanProblem.Period> QUARTERS = List.of(
            new PlanProblem.Period("q1", "Q1"), new PlanProblem.Period("q2", "Q2"), new PlanProblem.Period("q3", "Q3"));

    static PlanProblem.Team team(String id, double q1, double q2, double q3) {
        return new PlanProblem.Team(
                id, id.substring(0, 1).toUpperCase() + id.substring(1), Map.of("q1", q1, "q2", q2, "q3", q3));
    }

    static PlanProblem.Feature feature(String id, double effort, double value) {
        return new PlanProblem.Feature(id, id, effort, value);
    }

    static PlanProblem problem(
            List<PlanProblem.Team> teams,
            List<PlanProblem.Feature> features,
            List<PlanProblem.Dependency> dependencies,
            List<PlanProblem.Commitment> commitments) {
        return new PlanProblem(QUARTERS, teams, features, dependencies, commitments);
    }

    static Map<String, PlanResult.Assignment> byFeature(PlanResult result) {
        return result.assignments().stream()
                .collect(Collectors.toMap(PlanResult.Assignment::featureId, Function.identity()));
    }

    static Map<String, String> reasons(PlanResult result) {
        return result.unscheduled().stream()
                .collect(Collectors.toMap(PlanResult.Unscheduled::featureId, PlanResult.Unscheduled::reason));
    }

    static PlanResult timefold(PlanProblem problem, Duration limit) {
        Model model = Model.of(problem);
        return Planner.timefold(model, limit, model.gainBound(), System.nanoTime());
    }

    // --- against the exact optimum

    @Property(tries = 40, seed = "20261123")
    void timefoldStaysWithinOnePercentOfTheExactOptimum(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        int features = 6 + (int) (seed % 5); // 6 to 10
        PlanProblem problem = RandomPlans.generate(seed, features, 2, 3, 0.6, (int) (seed % 3));
        PlanResult exact = ExactPlanner.solve(problem);
        PlanResult found = timefold(problem, Duration.ofSeconds(1));

        assertThat(PlanChecks.broken(problem, exact)).isEmpty();
        assertThat(PlanChecks.broken(problem, found)).isEmpty();
        assertThat(found.objective()).isGreaterThanOrEqualTo(0.99 * exact.objective() - 1e-9);
        assertThat(found.objective()).isLessThanOrEqualTo(exact.objective() + 1e-9);
        assertThat(exact.upperBound()).isGreaterThanOrEqualTo(exact.objective() - 1e-9);
        assertThat(PlanChecks.objective(problem, found))
                .isCloseTo(found.objective(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Property(tries = 25, seed = "7")
    void exactPlannerMatchesBruteForce(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        PlanProblem problem = RandomPlans.generate(seed, 6, 2, 3, 0.5, (int) (seed % 2));
        PlanResult exact = ExactPlanner.solve(problem);
        assertThat(PlanChecks.broken(problem, exact)).isEmpty();
        assertThat(exact.objective()).isCloseTo(bruteForce(problem), org.assertj.core.data.Offset.offset(1e-9));
    }

    /** Tries every assignment of every feature to every team-period or none, keeping the best rule-abiding one. */
    static double bruteForce(PlanProblem problem) {
        int slots = problem.teams().size() * problem.periods().size();
        int n = problem.features().size();
        int[] choice = new int[n];
        double best = -1;
        int combinations = (int) Math.pow(slots + 1, n);
        for (int code = 0; code < combinations; code++) {
            int c = code;
            List<PlanResult.Assignment> assignments = new ArrayList<>();
            List<PlanResult.Unscheduled> unscheduled = new ArrayList<>();
            for (int f = 0; f < n; f++) {
                choice[f] = c % (slots + 1);
                c /= slots + 1;
                String id = problem.features().get(f).id();
                if (choice[f] == slots) {
                    unscheduled.add(new PlanResult.Unscheduled(id, ""));
                } else {
                    int periods = problem.periods().size();
                    assignments.add(new PlanResult.Assignment(
                            id,
                            problem.teams().get(choice[f] / periods).id(),
                            problem.periods().get(choice[f] % periods).id(),
                            false));
                }
            }
            PlanResult candidate =
                    new PlanResult(assignments, unscheduled, 0, 0, PlanResult.Optimality.BEST_FOUND, Duration.ZERO);
            if (PlanChecks.broken(problem, candidate).isEmpty()) {
                best = Math.max(best, PlanChecks.objective(problem, candidate));
            }
        }
        return best;
    }

    @Test
    void plansALargerBacklogWithinTheLimitWithoutBreakingARule() {
        PlanProblem problem = RandomPlans.generate(99, 80, 3, 4, 0.4, 4);
        PlanResult result = Planner.solve(problem, Duration.ofMillis(900));
        assertThat(PlanChecks.broken(problem, result)).isEmpty();
        assertThat(result.took()).isLessThan(Duration.ofSeconds(3));
        assertThat(result.objective()).isGreaterThan(0.9 * result.upperBound());
        assertThat(result.unscheduled()).allSatisfy(u -> assertThat(u.reason()).isNotBlank());
    }

    // --- the model by hand

    @Test
    void putsTheMostValuableWorkFirst() {
        PlanProblem problem = problem(
                List.of(team("web", 2, 2, 2)),
                List.of(feature("small", 2, 10), feature("big", 2, 50), feature("mid", 2, 30)),
                List.of(),
                List.of());
        PlanResult result = Planner.solve(problem, Duration.ofSeconds(1));
        Map<String, PlanResult.Assignment> at = byFeature(result);
        assertThat(at.get("big").periodId()).isEqualTo("q1");
        assertThat(at.get("mid").periodId()).isEqualTo("q2");
        assertThat(at.get("small").periodId()).isEqualTo("q3");
        // 50 × 3/3 + 30 × 2/3 + 10 × 1/3
        assertThat(result.objective()).isCloseTo(50 + 20 + 10.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(result.optimality()).isEqualTo(PlanResult.Optimality.PROVEN_OPTIMAL);
    }

    @Test
    void letsADependentShareItsPrerequisitesPeriodButNeverPrecedeIt() {
        PlanProblem problem = problem(
                List.of(team("web", 4, 4, 4), team("app", 4, 4, 4)),
                List.of(feature("sync", 3, 1), feature("offline", 3, 90), feature("filler", 4, 20)),
                List.of(new PlanProblem.Dependency("offline", "sync")),
                List.of());
        for (PlanResult result :
                List.of(Planner.solve(problem, Duration.ofSeconds(1)), timefold(problem, Duration.ofSeconds(1)))) {
            Map<String, PlanResult.Assignment> at = byFeature(result);
            assertThat(at.get("sync").periodId()).isEqualTo("q1");
            assertThat(at.get("offline").periodId()).isEqualTo("q1");
            assertThat(at.get("filler").periodId()).isEqualTo("q2");
            assertThat(PlanChecks.broken(problem, result)).isEmpty();
        }
    }

    @Test
    void leavesOutADependentWhosePrerequisiteDoesNotFit() {
        PlanProblem problem = problem(
                List.of(team("web", 4, 4, 4)),
                List.of(feature("platform", 9, 5), feature("reports", 2, 80)),
                List.of(new PlanProblem.Dependency("reports", "platform")),
                List.of());
        PlanResult result = Planner.solve(problem, Duration.ofSeconds(1));
        assertThat(result.assignments()).isEmpty();
        assertThat(reasons(result))
                .containsEntry("reports", "depends on \"platform\", which is not scheduled")
                .containsEntry(
                        "platform", "needs 9 person-months; the most any team has in a period is 4 person-months");
    }

    @Test
    void keepsFixedCommitmentsEvenWhenOtherWorkIsWorthMore() {
        PlanProblem problem = problem(
                List.of(team("web", 3, 3, 3)),
                List.of(feature("promise", 3, 1), feature("shiny", 3, 100)),
                List.of(),
                List.of(new PlanProblem.Commitment("promise", "web", "q1")));
        for (PlanResult result :
                List.of(Planner.solve(problem, Duration.ofSeconds(1)), timefold(problem, Duration.ofSeconds(1)))) {
            Map<String, PlanResult.Assignment> at = byFeature(result);
            assertThat(at.get("promise")).isEqualTo(new PlanResult.Assignment("promise", "web", "q1", true));
            assertThat(at.get("shiny").periodId()).isEqualTo("q2");
        }
    }

    @Test
    void schedulesWhatAFixedFeatureNeedsInTime() {
        PlanProblem problem = problem(
                List.of(team("web", 4, 4, 4)),
                List.of(feature("api", 4, 0), feature("launch", 2, 1), feature("other", 4, 60)),
                List.of(new PlanProblem.Dependency("launch", "api")),
                List.of(new PlanProblem.Commitment("launch", "web", "q2")));
        for (PlanResult result :
                List.of(Planner.solve(problem, Duration.ofSeconds(1)), timefold(problem, Duration.ofSeconds(1)))) {
            Map<String, PlanResult.Assignment> at = byFeature(result);
            assertThat(at.get("api").periodId()).isEqualTo("q1");
            assertThat(at.get("other").periodId()).isEqualTo("q3");
            assertThat(PlanChecks.broken(problem, result)).isEmpty();
        }
    }

    @Test
    void refusesCommitmentsThatCannotBeKept() {
        PlanProblem needsTooMuch = problem(
                List.of(team("web", 4, 4, 4)),
                List.of(feature("api", 3, 0), feature("sdk", 3, 0), feature("launch", 1, 1)),
                List.of(new PlanProblem.Dependency("launch", "api"), new PlanProblem.Dependency("launch", "sdk")),
                List.of(new PlanProblem.Commitment("launch", "web", "q1")));
        assertThatThrownBy(() -> Planner.solve(needsTooMuch, Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageFor("commitments")).contains("\"launch\" is fixed in Q1"));

        PlanProblem overfull = problem(
                List.of(team("web", 4, 4, 4)),
                List.of(feature("a", 3, 1), feature("b", 3, 1)),
                List.of(),
                List.of(new PlanProblem.Commitment("a", "web", "q1"), new PlanProblem.Commitment("b", "web", "q1")));
        assertThatThrownBy(() -> Planner.solve(overfull, Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageFor("commitments"))
                                .isEqualTo(
                                        "Commitments give Web 6 person-months of work in Q1 but it has 4 person-months"));

        PlanProblem outOfOrder = problem(
                List.of(team("web", 4, 4, 4)),
                List.of(feature("a", 1, 1), feature("b", 1, 1)),
                List.of(new PlanProblem.Dependency("a", "b")),
                List.of(new PlanProblem.Commitment("a", "web", "q1"), new PlanProblem.Commitment("b", "web", "q3")));
        assertThatThrownBy(() -> Planner.solve(outOfOrder, Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageFor("commitments"))
                                .isEqualTo("\"a\" is fixed in Q1 but needs \"b\", fixed later in Q3"));
    }

    @Test
    void namesADependencyCycle() {
        PlanProblem problem = problem(
                List.of(team("web", 4, 4, 4)),
                List.of(feature("import", 1, 1), feature("export", 1, 1), feature("sync", 1, 1), feature("free", 1, 1)),
                List.of(
                        new PlanProblem.Dependency("import", "export"),
                        new PlanProblem.Dependency("export", "sync"),
                        new PlanProblem.Dependency("sync", "import")),
                List.of());
        assertThatThrownBy(() -> Planner.solve(problem, Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageFor("dependencies"))
                                .startsWith("Dependency cycle: ")
                                .contains("\"import\"", "\"export\"", "\"sync\"")
                                .doesNotContain("free"));
        assertThatThrownBy(() -> ExactPlanner.solve(problem)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rejectsUnknownIdsAndBadNumbersNamingTheField() {
        PlanProblem.Team web = team("web", 4, 4, 4);
        assertThatThrownBy(() -> Planner.solve(
                        problem(
                                List.of(web),
                                List.of(feature("a", 1, 1)),
                                List.of(new PlanProblem.Dependency("a", "ghost")),
                                List.of()),
                        Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageFor("dependencies"))
                                .isEqualTo("A dependency names unknown feature ghost"));
        assertThatThrownBy(() -> Planner.solve(
                        problem(
                                List.of(web),
                                List.of(new PlanProblem.Feature("a", "A", 1, 1, "design")),
                                List.of(),
                                List.of()),
                        Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageFor("requiredTeam")).isEqualTo("\"A\" requires unknown team design"));
        assertThatThrownBy(() -> Planner.solve(
                        problem(
                                List.of(web),
                                List.of(feature("a", 1, 1)),
                                List.of(),
                                List.of(new PlanProblem.Commitment("a", "web", "q9"))),
                        Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageFor("commitments")).isEqualTo("A commitment names unknown period q9"));
        assertThatThrownBy(() -> new PlanProblem.Team("web", "Web", Map.of("q1", -1.0)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageFor("capacity"))
                                .isEqualTo("Capacity of Web in q1 must be 0 or more person-months"));
        assertThatThrownBy(() -> feature("a", 0, 1))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageFor("effort"))
                                .isEqualTo("Effort of \"a\" must be more than 0 person-months"));
        assertThatThrownBy(() -> feature("a", 1, -2))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageFor("value")).isNotNull());
        assertThatThrownBy(() -> Planner.solve(
                        problem(List.of(web), List.of(feature("a", 1, 1), feature("a", 2, 2)), List.of(), List.of()),
                        Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageFor("features")).isEqualTo("Two features share the id a"));
        assertThatThrownBy(() -> Planner.solve(
                        new PlanProblem(List.of(), List.of(web), List.of(), List.of(), List.of()),
                        Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageFor("periods")).isNotNull());
    }

    @Test
    void explainsWhyEachUnscheduledFeatureDidNotFit() {
        PlanProblem problem = problem(
                List.of(team("web", 4, 4, 5), team("design", 2, 2, 2)),
                List.of(
                        feature("huge", 6, 100),
                        new PlanProblem.Feature("icons", "icons", 2, 5, "design"),
                        new PlanProblem.Feature("palette", "palette", 2, 50, "design"),
                        new PlanProblem.Feature("fonts", "fonts", 2, 50, "design"),
                        new PlanProblem.Feature("logo", "logo", 2, 50, "design"),
                        feature("a", 4, 40),
                        feature("b", 4, 40),
                        feature("c", 4, 40),
                        feature("d", 3, 1),
                        feature("e", 0.5, 1)),
                List.of(),
                List.of());
        PlanResult result = Planner.solve(problem, Duration.ofSeconds(1));
        assertThat(PlanChecks.broken(problem, result)).isEmpty();
        assertThat(reasons(result))
                .containsOnlyKeys("huge", "icons", "d")
                .containsEntry("huge", "needs 6 person-months; the most any team has in a period is 5 person-months")
                .containsEntry(
                        "icons",
                        "needs 2 person-months; its required team Design is full: the most it has free in any period is"
                                + " 0 person-months (the rest went to higher-scoring work)")
                .containsEntry(
                        "d",
                        "needs 3 person-months; the most any team has free in any period is 0.5 person-months (the rest"
                                + " went to higher-scoring work)");
    }

    @Test
    void saysWhenTheRequiredTeamIsTooSmall() {
        PlanProblem problem = problem(
                List.of(team("web", 8, 8, 8), team("design", 2, 3, 2)),
                List.of(new PlanProblem.Feature("rebrand", "Rebrand", 5, 10, "design")),
                List.of(),
                List.of());
        assertThat(reasons(Planner.solve(problem, Duration.ofSeconds(1))))
                .containsEntry(
                        "rebrand",
                        "needs 5 person-months; the most its required team Design has in a period is 3 person-months");
    }

    @Test
    void saysWhenNoTeamIsBigEnoughAfterThePrerequisites() {
        PlanProblem problem = problem(
                List.of(team("web", 6, 4, 2)),
                List.of(feature("groundwork", 2, 1), feature("platform", 4, 1), feature("big", 5, 90)),
                List.of(new PlanProblem.Dependency("big", "platform")),
                List.of(new PlanProblem.Commitment("platform", "web", "q2")));
        assertThat(reasons(Planner.solve(problem, Duration.ofSeconds(1))))
                .containsOnlyKeys("big")
                .containsEntry(
                        "big",
                        "needs 5 person-months; the most any team has in a period from Q2 on (after its prerequisites)"
                                + " is 4 person-months");
    }
}
