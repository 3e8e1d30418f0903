package dev.northstar.roadmap.planner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks a result against the problem's rules independently of the planners' own bookkeeping. */
final class PlanChecks {

    private PlanChecks() {}

    /** The broken rules of a plan, empty when it keeps them all. */
    static List<String> broken(PlanProblem problem, PlanResult result) {
        List<String> broken = new java.util.ArrayList<>();
        Map<String, PlanResult.Assignment> at =
                result.assignments().stream().collect(Collectors.toMap(PlanResult.Assignment::featureId, a -> a));
        Map<String, Integer> periodIndex = new HashMap<>();
        for (int i = 0; i < problem.periods().size(); i++) {
            periodIndex.put(problem.periods().get(i).id(), i);
        }
        Map<String, Double> load = new HashMap<>();
        for (PlanProblem.Feature f : problem.features()) {
            PlanResult.Assignment a = at.get(f.id());
            if (a == null) {
                continue;
            }
            load.merge(a.teamId() + "@" + a.periodId(), f.effort(), Double::sum);
            if (f.requiredTeamId() != null && !f.requiredTeamId().equals(a.teamId())) {
                broken.add(f.id() + " not with its required team");
            }
        }
        for (PlanProblem.Team t : problem.teams()) {
            for (PlanProblem.Period p : problem.periods()) {
                double l = load.getOrDefault(t.id() + "@" + p.id(), 0.0);
                if (l > t.capacity().getOrDefault(p.id(), 0.0) + 1e-9) {
                    broken.add(t.id() + " over capacity in " + p.id());
                }
            }
        }
        for (PlanProblem.Dependency d : problem.dependencies()) {
            PlanResult.Assignment a = at.get(d.featureId());
            PlanResult.Assignment b = at.get(d.needsFeatureId());
            if (a != null && (b == null || periodIndex.get(b.periodId()) > periodIndex.get(a.periodId()))) {
                broken.add(d.featureId() + " before its prerequisite " + d.needsFeatureId());
            }
        }
        for (PlanProblem.Commitment c : problem.commitments()) {
            PlanResult.Assignment a = at.get(c.featureId());
            if (a == null || !a.teamId().equals(c.teamId()) || !a.periodId().equals(c.periodId())) {
                broken.add(c.featureId() + " left its commitment");
            }
        }
        if (result.assignments().size() + result.unscheduled().size()
                != problem.features().size()) {
            broken.add("not every feature is either assigned or unscheduled");
        }
        return broken;
    }

    /** Σ value × (P − i) / P, recomputed from the assignments. */
    static double objective(PlanProblem problem, PlanResult result) {
        int periods = problem.periods().size();
        Map<String, Double> value = problem.features().stream()
                .collect(Collectors.toMap(PlanProblem.Feature::id, PlanProblem.Feature::value));
        double sum = 0;
        for (PlanResult.Assignment a : result.assignments()) {
            int i = 0;
            while (!problem.periods().get(i).id().equals(a.periodId())) {
                i++;
            }
            sum += value.get(a.featureId()) * (periods - i) / periods;
        }
        return sum;
    }
}
