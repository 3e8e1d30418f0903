package dev.northstar.practice;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * HEART: at least two dimensions, each row with a goal, a signal and a measurable metric; happiness measured
 * through a survey or rating.
 */
@Component
class HeartChecker implements Checker {

    @Override
    public String framework() {
        return "heart";
    }

    @Override
    public CheckResult check(Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        f.require(a, "product", "Name the product or feature you are measuring.");
        List<Map<String, Object>> rows = a.rows("rows");
        if (rows.isEmpty()) {
            f.missing("rows", "Add a row for each HEART dimension that matters here.");
            return result(f);
        }
        Set<String> dimensions = new LinkedHashSet<>();
        boolean ok = true;
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            String dimension = ExerciseAnswer.cell(row, "dimension");
            String n = dimension.isEmpty() ? "Row " + (i + 1) : "Row " + (i + 1) + " (" + dimension + ")";
            if (dimension.isEmpty()) {
                f.missing(ExerciseAnswer.at("rows", i, "dimension"), n + ": choose its dimension.");
                ok = false;
            } else {
                dimensions.add(dimension);
            }
            for (String part : List.of("goal", "signal")) {
                if (ExerciseAnswer.cell(row, part).isEmpty()) {
                    f.missing(ExerciseAnswer.at("rows", i, part), n + ": write the " + part + ".");
                    ok = false;
                }
            }
            String metric = ExerciseAnswer.cell(row, "metric");
            if (metric.isEmpty()) {
                f.missing(ExerciseAnswer.at("rows", i, "metric"), n + ": name the metric.");
                ok = false;
            } else if (dimension.equals("happiness")
                    && ExerciseWording.words(metric).stream()
                            .noneMatch(w -> Set.of(
                                            "survey", "score", "rating", "ratings", "nps", "csat", "ces", "rate",
                                            "rated")
                                    .contains(w))) {
                f.weak(
                        ExerciseAnswer.at("rows", i, "metric"),
                        "Happiness is an attitude: measure it with a survey score or rating (e.g. average in-app"
                                + " rating per week).");
                ok = false;
            } else {
                ok &= f.metric(ExerciseAnswer.at("rows", i, "metric"), metric, false);
            }
        }
        if (dimensions.size() < 2) {
            f.weak("rows", "Use at least two dimensions: one number alone hides trade-offs.");
        } else if (ok) {
            f.good("rows", dimensions.size() + " dimensions, each with goal, signal and metric.");
        }
        return result(f);
    }

    private CheckResult result(ExerciseFindings f) {
        return f.result(
                framework(),
                "Whether the signals can be logged in your product",
                "Which dimensions matter most for this product");
    }
}
