package dev.northstar.roadmap;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A plan the optimizer proposed: where each feature would go, or why it was left out. {@code objective} is the
 * delivered value with earlier periods weighing more; {@code upperBound} no plan can beat.
 */
public record PlanView(
        UUID id,
        String framework,
        double objective,
        double upperBound,
        String optimality,
        String note,
        Instant createdAt,
        List<Entry> entries) {

    /** {@code current} says where the feature sits on the roadmap now (null = nowhere). */
    public record Entry(
            UUID featureId,
            String title,
            Double effort,
            double value,
            UUID teamId,
            String teamName,
            String period,
            String periodLabel,
            boolean fixed,
            String reason,
            boolean accepted,
            String current) {

        public boolean scheduled() {
            return period != null;
        }
    }

    public List<Entry> scheduled() {
        return entries.stream().filter(Entry::scheduled).toList();
    }

    public List<Entry> unscheduled() {
        return entries.stream().filter(e -> !e.scheduled()).toList();
    }
}
