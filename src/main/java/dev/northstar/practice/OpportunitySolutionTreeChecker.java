package dev.northstar.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Opportunity–solution tree: a measurable outcome; at least two opportunities phrased as customer needs with
 * evidence; solutions hanging off opportunities, several for at least one; an experiment with a success measure for
 * every solution.
 */
@Component
class OpportunitySolutionTreeChecker implements Checker {

    private static final Pattern SOLUTION_WORDS = Pattern.compile(
            "^(add|build|create|implement|launch|make|introduce|integrate|develop|design|ship|offer|enable|allow|"
                    + "provide|redesign|use|send)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String framework() {
        return "opportunity-solution-tree";
    }

    @Override
    public CheckResult check(Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        String outcome = a.text("outcome");
        if (outcome.isEmpty()) {
            f.missing("outcome", "Start from one measurable outcome.");
        } else if (f.metric("outcome", outcome, false)) {
            f.good("outcome", "A measurable outcome at the root.");
        }

        List<Map<String, Object>> opportunities = a.rows("opportunities");
        Map<String, Integer> solutionsPer = new LinkedHashMap<>();
        if (opportunities.isEmpty()) {
            f.missing("opportunities", "Map the customer opportunities that could move the outcome.");
        } else {
            boolean ok = true;
            for (int i = 0; i < opportunities.size(); i++) {
                Map<String, Object> row = opportunities.get(i);
                String o = ExerciseAnswer.cell(row, "opportunity");
                if (o.isEmpty()) {
                    f.missing(
                            ExerciseAnswer.at("opportunities", i, "opportunity"),
                            "Opportunity " + (i + 1) + ": write it.");
                    ok = false;
                    continue;
                }
                solutionsPer.put(o.toLowerCase(Locale.ROOT), 0);
                if (SOLUTION_WORDS.matcher(o).find()) {
                    f.weak(
                            ExerciseAnswer.at("opportunities", i, "opportunity"),
                            ExerciseFindings.quote(o)
                                    + " reads like a solution: phrase it as the customer's need or pain.");
                    ok = false;
                }
                if (ExerciseAnswer.cell(row, "evidence").isEmpty()) {
                    f.weak(
                            ExerciseAnswer.at("opportunities", i, "evidence"),
                            ExerciseFindings.quote(o) + ": what tells you this is real?");
                    ok = false;
                }
            }
            if (opportunities.size() < 2) {
                f.weak("opportunities", "Map at least two opportunities, so you choose rather than assume.");
            } else if (ok) {
                f.good("opportunities", opportunities.size() + " opportunities with evidence.");
            }
        }

        List<Map<String, Object>> solutions = a.rows("solutions");
        Map<String, Integer> experimentsPer = new LinkedHashMap<>();
        if (solutions.isEmpty()) {
            f.missing("solutions", "Add candidate solutions for the opportunity you target.");
        } else {
            boolean ok = true;
            for (int i = 0; i < solutions.size(); i++) {
                Map<String, Object> row = solutions.get(i);
                String s = ExerciseAnswer.cell(row, "solution");
                String o = ExerciseAnswer.cell(row, "opportunity").toLowerCase(Locale.ROOT);
                if (s.isEmpty()) {
                    f.missing(ExerciseAnswer.at("solutions", i, "solution"), "Solution " + (i + 1) + ": write it.");
                    ok = false;
                } else {
                    experimentsPer.put(s.toLowerCase(Locale.ROOT), 0);
                }
                if (o.isEmpty()) {
                    f.weak(
                            ExerciseAnswer.at("solutions", i, "opportunity"),
                            "Solution " + (i + 1) + ": which opportunity does it address?");
                    ok = false;
                } else if (!solutionsPer.containsKey(o)) {
                    f.weak(
                            ExerciseAnswer.at("solutions", i, "opportunity"),
                            "Solution " + (i + 1) + " hangs off an opportunity that is not in the tree.");
                    ok = false;
                } else {
                    solutionsPer.merge(o, 1, Integer::sum);
                }
            }
            if (solutionsPer.values().stream().noneMatch(n -> n >= 2)) {
                f.weak(
                        "solutions",
                        "Compare several solutions (three is a good number) for the opportunity you target, rather"
                                + " than committing to the first idea.");
            } else if (ok) {
                f.good("solutions", "Several solutions to compare.");
            }
        }

        List<Map<String, Object>> experiments = a.rows("experiments");
        if (experiments.isEmpty()) {
            f.missing("experiments", "Plan an experiment for the riskiest assumption behind each solution.");
        } else {
            boolean ok = true;
            for (int i = 0; i < experiments.size(); i++) {
                Map<String, Object> row = experiments.get(i);
                String s = ExerciseAnswer.cell(row, "solution").toLowerCase(Locale.ROOT);
                if (s.isEmpty() || !experimentsPer.containsKey(s)) {
                    f.weak(
                            ExerciseAnswer.at("experiments", i, "solution"),
                            "Experiment " + (i + 1) + ": choose the solution it tests.");
                    ok = false;
                } else {
                    experimentsPer.merge(s, 1, Integer::sum);
                }
                if (ExerciseAnswer.cell(row, "experiment").isEmpty()) {
                    f.missing(
                            ExerciseAnswer.at("experiments", i, "experiment"),
                            "Experiment " + (i + 1) + ": describe it.");
                    ok = false;
                }
                if (ExerciseAnswer.cell(row, "measure").isEmpty()) {
                    f.weak(
                            ExerciseAnswer.at("experiments", i, "measure"),
                            "Experiment " + (i + 1) + ": say what result would convince you, before you run it.");
                    ok = false;
                }
            }
            List<String> untested = experimentsPer.entrySet().stream()
                    .filter(e -> e.getValue() == 0)
                    .map(Map.Entry::getKey)
                    .toList();
            if (!untested.isEmpty()) {
                f.weak("experiments", "No experiment yet for: " + String.join(", ", untested) + ".");
            } else if (ok) {
                f.good("experiments", "Every solution has an experiment with a success measure.");
            }
        }
        return f.result(
                framework(),
                "Whether the opportunities are the ones that matter most to customers",
                "Whether an experiment really tests the riskiest assumption");
    }
}
