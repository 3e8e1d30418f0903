package dev.northstar.roadmap.planner;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
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
 * Runs Timefold (first-fit construction in value-per-effort order, then simulated annealing with change and swap
 * moves) on a model. Stops at the time limit, after a stretch without improvement, or on reaching the upper
 * bound.
 */
final class TimefoldPlanner {

    /**
     * Simulated annealing over change and swap moves, starting at the temperature of one average feature's gain:
     * hot enough to give up a placed feature for a better arrangement (late acceptance and tabu search stalled in
     * the greedy start on small instances, 10–45 % below the optimum), cooling as the time limit nears.
     */
    static SolverFactory<PlanSolution> factory(Model m) {
        long sum = 0;
        for (int f = 0; f < m.n; f++) {
            sum += m.gain(f, 0);
        }
        long temperature = Math.max(1, sum / Math.max(1, m.n));
        return factory(new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig()
                        .withMoveSelectors(new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig()))
                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                        .withSimulatedAnnealingStartingTemperature(
                                HardSoftLongScore.of(0, temperature).toString()))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
    }

    static SolverFactory<PlanSolution> factory(LocalSearchPhaseConfig localSearch) {
        return SolverFactory.create(new SolverConfig()
                .withSolutionClass(PlanSolution.class)
                .withEntityClasses(Job.class)
                .withConstraintProviderClass(PlanConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(7L)
                .withPhases(
                        new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT),
                        localSearch)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(10))));
    }

    private TimefoldPlanner() {}

    /** The best plan found (may break rules if stopped very early; callers repair it). */
    static int[] solve(Model m, Duration limit, Duration unimproved, long gainCeiling) {
        return solve(factory(m), m, limit, unimproved, gainCeiling);
    }

    static int[] solve(
            SolverFactory<PlanSolution> factory, Model m, Duration limit, Duration unimproved, long gainCeiling) {
        List<Slot> slots = new ArrayList<>();
        for (int t = 0; t < m.teams; t++) {
            for (int per = 0; per < m.periods; per++) {
                slots.add(new Slot(t * m.periods + per, t, per, m.capacity[t][per], m.periods - per));
            }
        }
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
                        m.fixed(f) ? slots.get(m.fixedSlot[f]) : null))
                .toList();
        List<Precedence> precedences = new ArrayList<>();
        for (int a = 0; a < m.n; a++) {
            for (int b : m.prerequisites[a]) {
                precedences.add(new Precedence(a, b));
            }
        }
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(limit)
                .withUnimprovedSpentLimit(unimproved)
                .withBestScoreLimit(HardSoftLongScore.of(0, gainCeiling).toString());
        PlanSolution best = factory.buildSolver(
                        new SolverConfigOverride<PlanSolution>().withTerminationConfig(termination))
                .solve(new PlanSolution(slots, precedences, new ArrayList<>(jobs)));
        int[] plan = new int[m.n];
        for (Job job : best.jobs) {
            plan[job.index] = job.slot == null ? Model.NONE : job.slot.index();
        }
        return plan;
    }
}
