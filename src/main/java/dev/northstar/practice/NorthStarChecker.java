package dev.northstar.practice;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * North Star with input metrics: a measurable, non-vanity North Star with a reason tied to customer value; three to
 * five measurable input metrics, each with how it moves the North Star; at least one guardrail.
 */
@Component
class NorthStarChecker implements Checker {

    @Override
    public String framework() {
        return "north-star";
    }

    @Override
    public CheckResult check(Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        f.require(a, "product", "Name the product.");
        MetricsPracticeChecker.northStar(a, f, "northStar", "reason");
        String ns = a.text("northStar");
        List<Map<String, Object>> inputs = a.rows("inputs");
        if (inputs.isEmpty()) {
            f.missing("inputs", "Add the input metrics: levers a team can move that push the North Star.");
        } else {
            boolean ok = true;
            for (int i = 0; i < inputs.size(); i++) {
                Map<String, Object> row = inputs.get(i);
                String metric = ExerciseAnswer.cell(row, "metric");
                String n = "Input " + (i + 1);
                if (metric.isEmpty()) {
                    f.missing(ExerciseAnswer.at("inputs", i, "metric"), n + ": name the metric.");
                    ok = false;
                } else if (metric.equalsIgnoreCase(ns)) {
                    f.weak(
                            ExerciseAnswer.at("inputs", i, "metric"),
                            n + " is the North Star itself: pick a lever below it.");
                    ok = false;
                } else {
                    ok &= f.metric(ExerciseAnswer.at("inputs", i, "metric"), metric, false);
                }
                if (ExerciseWording.wordCount(ExerciseAnswer.cell(row, "lever")) < 4) {
                    f.weak(ExerciseAnswer.at("inputs", i, "lever"), n + ": say how it moves the North Star.");
                    ok = false;
                }
            }
            if (inputs.size() < 3) {
                f.weak("inputs", "Aim for three to five inputs, so each team has a lever.");
            } else if (inputs.size() > 5) {
                f.weak("inputs", inputs.size() + " inputs is a lot to steer by: keep the five that matter most.");
            } else if (ok) {
                f.good("inputs", inputs.size() + " measurable inputs, each tied to the North Star.");
            }
        }
        List<String> guardrails = a.list("guardrails");
        if (guardrails.isEmpty()) {
            f.weak("guardrails", "Add a guardrail: a number that must not get worse while you push the North Star.");
        } else {
            f.good("guardrails", guardrails.size() + (guardrails.size() == 1 ? " guardrail." : " guardrails."));
        }
        return f.result(
                framework(),
                "Whether the inputs really cause the North Star to move: that needs data or an experiment",
                "Whether the North Star fits the company's strategy");
    }
}
