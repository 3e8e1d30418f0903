package dev.northstar.practice;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Metrics answer: a goal, a measurable non-vanity North Star, at least one input metric and one guardrail. */
@Component
class MetricsChecker implements Checker {

    @Override
    public String framework() {
        return "metrics";
    }

    @Override
    public CheckResult check(Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        if (f.words(
                a,
                "goal",
                4,
                "Start from the goal: what the product is for and what success means for its users and the business.",
                "The goal is very short: say who benefits and how.")) {
            f.good("goal", "A goal to measure against.");
        }
        if (f.require(a, "northStar", "Name one North Star metric.")) {
            String ns = a.text("northStar");
            String vanity = ExerciseWording.vanity(ns);
            if (f.metric("northStar", ns, false)) {
                if (vanity != null) {
                    f.weak("northStar", vanity);
                } else {
                    f.good("northStar", "Measurable and not a vanity count.");
                }
            }
        }
        List<String> inputs = a.list("inputs");
        if (inputs.isEmpty()) {
            f.missing("inputs", "Add the input metrics that drive the North Star, ones a team can move.");
        } else {
            boolean ok = true;
            for (int i = 0; i < inputs.size(); i++) {
                ok &= f.metric(ExerciseAnswer.at("inputs", i), inputs.get(i), false);
            }
            if (ok) {
                f.good("inputs", inputs.size() + " input metrics.");
            }
        }
        List<String> guardrails = a.list("guardrails");
        if (guardrails.isEmpty()) {
            f.missing(
                    "guardrails",
                    "Add at least one guardrail: a metric that must not get worse while you push the North Star"
                            + " (quality, churn, support load, latency).");
        } else {
            f.good("guardrails", guardrails.size() + " guardrails.");
        }
        return f.result(
                framework(),
                "whether these metrics suit this product's strategy",
                "whether the data to compute them exists",
                "whether the targets are realistic");
    }
}
