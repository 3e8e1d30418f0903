package dev.northstar.roadmap.planner;

import java.time.Duration;
import java.util.List;

/**
 * A proposed plan. {@code objective} is Σ value × weight(period) over the scheduled features, with weight = (P − i) / P
 * for the period at index i of P (1 for the first period, 1/P for the last). {@code upperBound} is a proven ceiling on
 * any plan's objective (a relaxation), so {@code (upperBound − objective) / upperBound} bounds how far from optimal the
 * plan can be; {@code optimality} says whether optimality was proven.
 */
public record PlanResult(
        List<Assignment> assignments,
        List<Unscheduled> unscheduled,
        double objective,
        double upperBound,
        Optimality optimality,
        Duration took) {

    public PlanResult {
        assignments = List.copyOf(assignments);
        unscheduled = List.copyOf(unscheduled);
    }

    /** A scheduled feature; {@code fixed} when it came from a commitment. */
    public record Assignment(String featureId, String teamId, String periodId, boolean fixed) {}

    /** A feature left out of the plan, with the reason in plain words. */
    public record Unscheduled(String featureId, String reason) {}

    public enum Optimality {
        /** Proven optimal: exhaustive search finished, or the objective reached the upper bound. */
        PROVEN_OPTIMAL,
        /** The best plan found in the time allowed; not proven optimal. */
        BEST_FOUND
    }
}
