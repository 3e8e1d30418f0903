package dev.northstar.roadmap;

import dev.northstar.prioritization.FeatureStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The roadmap over time: periods across, one swimlane per team, goal or theme down, releases as markers. A cell is
 * over capacity when the effort its team has there exceeds the team's capacity (team lanes); in goal and theme lanes
 * an item is flagged when its team-period is over.
 */
public record Timeline(
        Granularity by,
        Lane lane,
        List<Column> periods,
        List<Marker> releases,
        List<Swimlane> lanes,
        List<Overload> overCapacity) {

    public enum Lane {
        TEAM,
        GOAL,
        THEME;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Lane parse(String value, String field) {
            if (value == null || value.isBlank()) {
                return TEAM;
            }
            try {
                return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new dev.northstar.common.InvalidInputException(field, "lane must be team, goal or theme");
            }
        }
    }

    public record Column(String key, String label, LocalDate start, LocalDate end) {}

    public record Marker(UUID id, String name, LocalDate date, String description, String period) {}

    public record Swimlane(String key, String name, List<Cell> cells) {}

    /** {@code capacity} is null outside team lanes. */
    public record Cell(String period, List<Entry> items, double effort, Double capacity, boolean over) {}

    public record Entry(
            UUID featureId,
            String title,
            FeatureStatus status,
            Double effort,
            String teamName,
            String period,
            boolean committed,
            boolean overCapacity) {}

    public record Overload(
            UUID teamId, String teamName, String period, String periodLabel, double effort, double capacity) {}
}
