package dev.northstar.roadmap.planner;

import dev.northstar.common.InvalidInputException;
import java.util.List;
import java.util.Map;

/**
 * What the optimizer plans: ordered periods, teams with a capacity per period, features, dependencies and fixed
 * commitments. All efforts and capacities are in person-months and compared to a thousandth of a person-month.
 *
 * <p>The model: a feature is either unscheduled or lands whole in one team and one period (its whole effort counts
 * against that team's capacity in that period; it is not split across periods or teams). Cross-references (unknown
 * ids, cycles, commitments that cannot hold) are checked when a planner runs and reported as {@link
 * InvalidInputException} naming the field: {@code periods}, {@code teams}, {@code capacity}, {@code features}, {@code
 * requiredTeam}, {@code dependencies} or {@code commitments}.
 */
public record PlanProblem(
        List<Period> periods,
        List<Team> teams,
        List<Feature> features,
        List<Dependency> dependencies,
        List<Commitment> commitments) {

    public PlanProblem {
        periods = copy(periods);
        teams = copy(teams);
        features = copy(features);
        dependencies = copy(dependencies);
        commitments = copy(commitments);
    }

    /** A planning period such as a quarter; the list order is time order (first = soonest). */
    public record Period(String id, String label) {
        public Period {
            id = required(id, "periods", "Every period needs an id");
            label = label == null || label.isBlank() ? id : label.strip();
        }
    }

    /**
     * A team and its capacity in person-months per period id; a period missing from the map has no capacity. Capacities
     * must be finite and ≥ 0.
     */
    public record Team(String id, String name, Map<String, Double> capacity) {
        public Team {
            id = required(id, "teams", "Every team needs an id");
            name = name == null || name.isBlank() ? id : name.strip();
            capacity = capacity == null ? Map.of() : Map.copyOf(capacity);
            for (var e : capacity.entrySet()) {
                Double c = e.getValue();
                if (c == null || !Double.isFinite(c) || c < 0) {
                    throw new InvalidInputException(
                            "capacity",
                            "Capacity of " + name + " in " + e.getKey() + " must be 0 or more person-months");
                }
            }
        }
    }

    /**
     * A feature to plan: effort in person-months (> 0), value a score ≥ 0 (e.g. its RICE score), and optionally the one
     * team that must build it ({@code null} = any team).
     */
    public record Feature(String id, String title, double effort, double value, String requiredTeamId) {
        public Feature {
            id = required(id, "features", "Every feature needs an id");
            title = title == null || title.isBlank() ? id : title.strip();
            if (!Double.isFinite(effort) || effort <= 0) {
                throw new InvalidInputException(
                        "effort", "Effort of \"" + title + "\" must be more than 0 person-months");
            }
            if (!Double.isFinite(value) || value < 0) {
                throw new InvalidInputException("value", "Value of \"" + title + "\" must be 0 or more");
            }
            requiredTeamId = requiredTeamId == null || requiredTeamId.isBlank() ? null : requiredTeamId.strip();
        }

        public Feature(String id, String title, double effort, double value) {
            this(id, title, effort, value, null);
        }
    }

    /**
     * Feature {@code featureId} needs feature {@code needsFeatureId}: the dependent may only be scheduled if its
     * prerequisite is, and not in an earlier period (the same period is allowed).
     */
    public record Dependency(String featureId, String needsFeatureId) {
        public Dependency {
            featureId = required(featureId, "dependencies", "A dependency needs a feature");
            needsFeatureId = required(needsFeatureId, "dependencies", "A dependency needs the feature it depends on");
        }
    }

    /** A feature pinned to a team and a period; the plan keeps it exactly there. */
    public record Commitment(String featureId, String teamId, String periodId) {
        public Commitment {
            featureId = required(featureId, "commitments", "A commitment needs a feature");
            teamId = required(teamId, "commitments", "A commitment needs a team");
            periodId = required(periodId, "commitments", "A commitment needs a period");
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, message);
        }
        return value.strip();
    }
}
