package dev.northstar.roadmap.planner;

import java.time.Duration;

/**
 * Proposes the plan that maximises delivered value, earlier being worth more, without breaking a capacity, a
 * dependency or a commitment (see {@link PlanProblem} for the model and {@link PlanResult} for the objective).
 */
public final class Planner {

    /** Instances with at most this many features to place are solved exactly when the search stays small. */
    static final int EXACT_FEATURES = 14;

    static final long EXACT_NODES = 2_000_000;

    private Planner() {}

    /**
     * Plans within about {@code limit} (small instances are solved exactly and faster; larger ones run Timefold until
     * the limit, or until it has not improved for a quarter of it, at least 0.2 s and at most 2 s). Throws {@link
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
        long free = java.util.stream.IntStream.range(0, model.n)
                .filter(f -> !model.fixed(f))
                .count();
        if (free <= EXACT_FEATURES) {
            int[] exact = ExactPlanner.search(model, EXACT_NODES);
            if (exact != null) {
                model.requireCommitmentsKept(exact);
                return model.result(exact, PlanResult.Optimality.PROVEN_OPTIMAL, model.gain(exact), elapsed(start));
            }
        }
        return timefold(model, limit, bound, start);
    }

    static PlanResult timefold(Model model, Duration limit, double bound, long start) {
        Duration unimproved = limit.dividedBy(4);
        unimproved = unimproved.compareTo(Duration.ofMillis(200)) < 0 ? Duration.ofMillis(200) : unimproved;
        unimproved = unimproved.compareTo(Duration.ofSeconds(2)) > 0 ? Duration.ofSeconds(2) : unimproved;
        long ceiling = (long) Math.floor(bound + 1e-6);
        int[] plan = model.repairAndFill(TimefoldPlanner.solve(model, limit, unimproved, ceiling));
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
