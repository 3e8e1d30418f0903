package dev.northstar.roadmap.planner;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Runs Timefold (from the greedy plan, first-fit construction for what it left out, then simulated annealing with
 * change and swap moves) on a model. Stops at the time limit or on reaching the upper bound.
 */
final class TimefoldPlanner {

    private TimefoldPlanner() {}

    /**
     * The solver for one problem: first-fit construction, then simulated annealing over change and swap moves. The
     * starting temperature is the gain of 2 average features for up to 20 free features, falling to 0.3 from about 130
     * on: hot enough on small instances to give up a placed feature for a better arrangement (late acceptance and tabu
     * search stalled in the greedy start there, up to 45 % below the optimum), cool enough on large ones not to wander
     * off for good (at 2 the 500-feature plans ended no better than greedy). Annealing cools over the whole time
     * limit, so there is no stop on unimproved time; the upper bound stops the search phase early (stopping
     * construction early would leave features unplaced).
     */
    static SolverFactory<PlanSolution> factory(Model m, Duration limit, long gainCeiling) {
        long sum = 0;
        for (int f = 0; f < m.n; f++) {
            sum += m.gain(f, 0);
        }
        int free = (int) IntStream.range(0, m.n).filter(f -> !m.fixed(f)).count();
        double heat = Math.max(0.3, Math.min(2, 40.0 / Math.max(1, free)));
        long temperature = Math.max(1, (long) (heat * sum / Math.max(1, m.n)));
        return SolverFactory.create(new SolverConfig()
                .withSolutionClass(PlanSolution.class)
                .withEntityClasses(Job.class)
                .withConstraintProviderClass(PlanConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(7L)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit))
                .withPhases(
                        new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT),
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new UnionMoveSelectorConfig()
                                        .withMoveSelectors(
                                                new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig()))
                                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                        .withSimulatedAnnealingStartingTemperature(HardSoftLongScore.of(0, temperature)
                                                .toString()))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                                .withTerminationConfig(new TerminationConfig()
                                        .withBestScoreLimit(HardSoftLongScore.of(0, gainCeiling)
                                                .toString()))));
    }

    /** The best plan found (may break rules if stopped very early; callers repair it). */
    static int[] solve(Model m, Duration limit, long gainCeiling) {
        List<Slot> slots = new ArrayList<>();
        for (int t = 0; t < m.teams; t++) {
            for (int per = 0; per < m.periods; per++) {
                slots.add(new Slot(t * m.periods + per, t, per, m.capacity[t][per], m.periods - per));
            }
        }
        // Start from the greedy plan (fill by value per effort, tightest team): construction then only tries the
        // features greedy left out, and the search never ends below greedy.
        int[] start = m.repairAndFill(m.fixedPlan());
        List<Job> jobs = IntStream.range(0, m.n)
                .boxed()
                .sorted(Comparator.comparingDouble(f -> -(double) m.value[f] / m.effort[f]))
                .map(f -> new Job(
                        f,
                        m.effort[f],
                        m.value[f],
                        m.requiredTeam[f],
                        m.deadline[f],
                        m.mustSchedule[f],
                        m.fixed(f),
                        start[f] == Model.NONE ? null : slots.get(start[f])))
                .toList();
        List<Precedence> precedences = new ArrayList<>();
        for (int a = 0; a < m.n; a++) {
            for (int b : m.prerequisites[a]) {
                precedences.add(new Precedence(a, b));
            }
        }
        PlanSolution best = factory(m, limit, gainCeiling)
                .buildSolver()
                .solve(new PlanSolution(slots, precedences, new ArrayList<>(jobs)));
        int[] plan = new int[m.n];
        for (Job job : best.jobs) {
            plan[job.index] = job.slot == null ? Model.NONE : job.slot.index();
        }
        return plan;
    }
}
