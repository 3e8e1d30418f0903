package dev.northstar.roadmap.planner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Seeded random planning problems for tests and the benchmark. */
final class RandomPlans {

    private RandomPlans() {}

    /**
     * {@code features} features over {@code teams} teams and {@code periods} periods; capacity per team-period is drawn
     * so that roughly {@code load} of the total effort could fit. About 15 % of features depend on an earlier one, 20 %
     * need a particular team, and {@code commitments} features are pinned where they fit.
     */
    static PlanProblem generate(long seed, int features, int teams, int periods, double load, int commitments) {
        Random random = new Random(seed);
        List<PlanProblem.Period> ps = new ArrayList<>();
        for (int p = 0; p < periods; p++) {
            ps.add(new PlanProblem.Period("p" + p, "Q" + (p + 1)));
        }
        List<PlanProblem.Feature> fs = new ArrayList<>();
        double totalEffort = 0;
        for (int f = 0; f < features; f++) {
            double effort = 0.5 * (1 + random.nextInt(12)); // 0.5 to 6 person-months
            double value = Math.round(random.nextDouble() * 1000) / 10.0;
            String team = random.nextDouble() < 0.2 ? "t" + random.nextInt(teams) : null;
            fs.add(new PlanProblem.Feature("f" + f, "Feature " + f, effort, value, team));
            totalEffort += effort;
        }
        double mean = totalEffort * load / (teams * periods);
        List<PlanProblem.Team> ts = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            Map<String, Double> capacity = new HashMap<>();
            for (int p = 0; p < periods; p++) {
                capacity.put("p" + p, Math.round(mean * (0.6 + 0.8 * random.nextDouble()) * 2) / 2.0);
            }
            ts.add(new PlanProblem.Team("t" + t, "Team " + t, capacity));
        }
        List<PlanProblem.Dependency> ds = new ArrayList<>();
        for (int f = 1; f < features; f++) {
            if (random.nextDouble() < 0.15) {
                ds.add(new PlanProblem.Dependency("f" + f, "f" + random.nextInt(f)));
            }
        }
        List<PlanProblem.Commitment> cs = new ArrayList<>();
        Map<String, Double> used = new HashMap<>();
        for (int i = 0; i < commitments; i++) {
            int f = random.nextInt(features);
            PlanProblem.Feature feature = fs.get(f);
            boolean independent = ds.stream()
                    .noneMatch(d -> d.featureId().equals(feature.id())
                            || d.needsFeatureId().equals(feature.id()));
            if (!independent || cs.stream().anyMatch(c -> c.featureId().equals(feature.id()))) {
                continue;
            }
            String team = feature.requiredTeamId() != null ? feature.requiredTeamId() : "t" + random.nextInt(teams);
            String period = "p" + random.nextInt(periods);
            double cap = ts.get(Integer.parseInt(team.substring(1))).capacity().get(period);
            double load1 = used.getOrDefault(team + period, 0.0) + feature.effort();
            if (load1 <= cap) {
                used.put(team + period, load1);
                cs.add(new PlanProblem.Commitment(feature.id(), team, period));
            }
        }
        return new PlanProblem(ps, ts, fs, ds, cs);
    }
}
