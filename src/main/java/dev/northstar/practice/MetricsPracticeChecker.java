package dev.northstar.practice;

import org.springframework.stereotype.Component;

/**
 * Metrics practice: the product, its makers and their outcome; customer-benefit and business metrics that can be
 * measured (an event or unit and a time window); one North Star that is not a vanity metric, with a reason that
 * ties it to value delivered. Key "metrics-practice": "metrics" is the interview answer form's checker.
 */
@Component
class MetricsPracticeChecker implements Checker {

    @Override
    public String framework() {
        return "metrics-practice";
    }

    @Override
    public CheckResult check(java.util.Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        f.require(a, "product", "Name the product you are studying.");
        f.require(a, "builder", "Say who built it: the company or team behind it.");
        if (f.words(
                a,
                "outcome",
                6,
                "Say what outcome they were aiming for, for customers and for the business.",
                "Say the outcome as a change in the world (who gets what), not as a feature.")) {
            f.good("outcome", "An outcome to measure against.");
        }
        f.metrics(
                "customerMetrics",
                a.list("customerMetrics"),
                2,
                "List metrics that rise when customers get what they came for.",
                true);
        f.metrics(
                "businessMetrics",
                a.list("businessMetrics"),
                2,
                "List the business metrics: growth, engagement or money.",
                true);
        northStar(a, f, "northStar", "northStarReason");
        return f.result(
                framework(),
                "Whether these are the metrics the makers really use, and whether the data to compute them exists",
                "Whether the outcome you guessed is what they were aiming for");
    }

    /** The North Star and its reason, shared with the North Star template. */
    static void northStar(ExerciseAnswer a, ExerciseFindings f, String key, String reasonKey) {
        String ns = a.text(key);
        if (ns.isEmpty()) {
            f.missing(key, "Choose one North Star metric.");
        } else {
            String vanity = ExerciseWording.vanity(ns);
            if (vanity != null) {
                f.weak(key, vanity);
            } else if (f.metric(key, ns, true)) {
                f.good(key, "Measurable and not a vanity count.");
            }
        }
        String reason = a.text(reasonKey);
        if (reason.isEmpty()) {
            f.missing(reasonKey, "Say why this metric: how it reflects value customers get.");
        } else if (ExerciseWording.wordCount(reason) < 8) {
            f.weak(
                    reasonKey,
                    "Say more: what value it captures for customers and how that leads to the business result.");
        } else if (!ExerciseWording.mentionsValue(reason)) {
            f.weak(
                    reasonKey,
                    "The reason talks about the business only: say what customers get each time this metric moves.");
        } else {
            f.good(reasonKey, "Ties the metric to value delivered.");
        }
    }
}
