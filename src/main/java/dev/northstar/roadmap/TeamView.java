package dev.northstar.roadmap;

import java.util.Map;
import java.util.UUID;

/** A team with its capacity in person-months by period key ({@code 2027-Q1}). */
public record TeamView(UUID id, String name, Integer members, Map<String, Double> capacity) {

    /** Capacity in {@code period}: stored periods overlapping it, prorated by shared months. */
    public double capacityIn(Period period) {
        double sum = 0;
        for (var e : capacity.entrySet()) {
            Period p = Period.parse(e.getKey(), "period");
            int shared = p.overlap(period);
            if (shared > 0) {
                sum += e.getValue() * shared / p.months();
            }
        }
        return sum;
    }
}
