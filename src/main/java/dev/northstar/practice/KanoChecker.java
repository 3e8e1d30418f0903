package dev.northstar.practice;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Kano: three or more features, each with a category and a reason; at least one must-be; not all alike. */
@Component
class KanoChecker implements Checker {

    @Override
    public String framework() {
        return "kano";
    }

    @Override
    public CheckResult check(Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        f.require(a, "product", "Name the product the features belong to.");
        List<Map<String, Object>> features = a.rows("features");
        if (features.isEmpty()) {
            f.missing("features", "List features and classify each one.");
            return result(f);
        }
        Set<String> categories = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < features.size(); i++) {
            Map<String, Object> row = features.get(i);
            String feature = ExerciseAnswer.cell(row, "feature");
            String n = feature.isEmpty() ? "Feature " + (i + 1) : ExerciseFindings.quote(feature);
            if (feature.isEmpty()) {
                f.missing(ExerciseAnswer.at("features", i, "feature"), n + ": name it.");
                ok = false;
            }
            String category = ExerciseAnswer.cell(row, "category");
            if (category.isEmpty()) {
                f.missing(ExerciseAnswer.at("features", i, "category"), n + ": choose its category.");
                ok = false;
            } else {
                categories.add(category);
            }
            String reason = ExerciseAnswer.cell(row, "reason");
            if (reason.isEmpty()) {
                f.missing(
                        ExerciseAnswer.at("features", i, "reason"),
                        n + ": say why, in terms of satisfaction with and without it.");
                ok = false;
            } else if (ExerciseWording.wordCount(reason) < 5) {
                f.weak(
                        ExerciseAnswer.at("features", i, "reason"),
                        n + ": say what happens to satisfaction when it is there and when it is missing.");
                ok = false;
            }
        }
        if (features.size() < 3) {
            f.weak("features", "Classify at least three features: the model shows its worth in the contrast.");
        } else if (!categories.contains("must-be")) {
            f.weak("features", "No must-be feature: which ones would customers miss at once, without ever praising?");
        } else if (categories.size() == 1) {
            f.weak("features", "Every feature is in the same category: look again at how each changes satisfaction.");
        } else if (ok) {
            f.good("features", features.size() + " features classified with reasons.");
        }
        return result(f);
    }

    private CheckResult result(ExerciseFindings f) {
        return f.result(
                framework(),
                "Whether customers would classify the features the same way: a Kano survey tells you",
                "How categories drift over time as delighters become expected");
    }
}
