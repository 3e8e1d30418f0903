package dev.northstar.roadmap.planner;

import java.time.Duration;
import java.util.stream.IntStream;

/**
 * Proposes the plan that maximises delivered value, earlier being worth more, without breaking a capacity, a
 * dependency or a commitment (see {@link PlanProblem} for the model and {@link PlanResult} for the objective).
 */
public final class Planner {

    /** Instances with at most this many features to place are solved exactly when the search stays small. */
    static final int EXACT_FEATURES = 14;

    /** About a tenth of a second of branch and bound; beyond it Timefold takes over. */
    static final long EXACT_NODES = 300_000;

    static final long MILLIS_PER_FEATURE = 16;

    private Planner() {}

    /**
     * Plans within about {@code limit}: up to 14 features to place are solved exactly when branch and bound finishes
     * quickly (proven optimal); otherwise Timefold runs for 16 ms per feature to place (at least 0.5 s, at most what
     * is left of {@code limit}; 500 features take 8 s) or until the plan provably cannot improve. Throws {@link
     * dev.northstar.common.InvalidInputException} naming the field when the problem is invalid or its commitments
     * cannot all be kept.
     */
    public static PlanResult solve(PlanProblem problem, Duration limit) {
        if (limit == null || limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("limit must be positive");
        }
        long start = System.nanoTime();
        Model model = Model.of(problem);
        double bound = model.gainBound();
        long free = IntStream.range(0, model.n).filter(f -> !model.fixed(f)).count();
        if (free <= EXACT_FEATURES) {
            int[] exact = ExactPlanner.search(model, EXACT_NODES);
            if (exact != null) {
                model.requireCommitmentsKept(exact);
                return model.result(exact, PlanResult.Optimality.PROVEN_OPTIMAL, model.gain(exact), elapsed(start));
            }
        }
        return timefold(model, limit.minus(elapsed(start)), bound, start);
    }

    static PlanResult timefold(Model model, Duration limit, double bound, long start) {
        long free = IntStream.range(0, model.n).filter(f -> !model.fixed(f)).count();
        Duration budget = Duration.ofMillis(Math.max(500, MILLIS_PER_FEATURE * free));
        budget = budget.compareTo(limit) < 0 ? budget : limit;
        // Timefold takes whole milliseconds only.
        budget = Duration.ofMillis(Math.max(50, budget.toMillis()));
        long ceiling = (long) Math.floor(bound + 1e-6);
        int[] plan = model.repairAndFill(TimefoldPlanner.solve(model, budget, ceiling));
        model.requireCommitmentsKept(plan);
        boolean proven = model.gain(plan) >= ceiling;
        return model.result(
                plan,
                proven ? PlanResult.Optimality.PROVEN_OPTIMAL : PlanResult.Optimality.BEST_FOUND,
                bound,
                elapsed(start));
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
