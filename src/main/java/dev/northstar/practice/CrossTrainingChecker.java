package dev.northstar.practice;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Cross training: two drawn products and ideas carried both ways, each saying what is borrowed and how it fits. */
@Component
class CrossTrainingChecker implements Checker {

    static final int ENOUGH_IDEAS = 3;

    @Override
    public String framework() {
        return "cross-training";
    }

    @Override
    public CheckResult check(Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        String pa = a.text("productA");
        String pb = a.text("productB");
        if (pa.isEmpty() || pb.isEmpty()) {
            f.missing(pa.isEmpty() ? "productA" : "productB", "Draw two products to cross-train between.");
        } else if (pa.equalsIgnoreCase(pb)) {
            f.weak("productB", "Both cards are the same product: draw again.");
        }
        ideas(a, f, "aToB", "Carry at least one idea from A over to B.");
        ideas(a, f, "bToA", "Carry at least one idea from B over to A.");
        return f.result(
                framework(),
                "Whether an idea would work: that needs the customers of the product receiving it",
                "How original an idea is");
    }

    private static void ideas(ExerciseAnswer a, ExerciseFindings f, String key, String missingMessage) {
        List<String> ideas = a.list(key);
        if (ideas.isEmpty()) {
            f.missing(key, missingMessage);
            return;
        }
        boolean ok = true;
        for (int i = 0; i < ideas.size(); i++) {
            if (ExerciseWording.wordCount(ideas.get(i)) < 6) {
                f.weak(
                        ExerciseAnswer.at(key, i),
                        ExerciseFindings.quote(ideas.get(i))
                                + " names an idea; say what is borrowed and how it would work in its new home.");
                ok = false;
            }
        }
        if (ideas.size() < ENOUGH_IDEAS) {
            f.weak(
                    key,
                    ideas.size() + (ideas.size() == 1 ? " idea" : " ideas") + " so far: push on to at least "
                            + ENOUGH_IDEAS + "; the first ideas are rarely the best.");
        } else if (ok) {
            f.good(key, ideas.size() + " ideas, each explained.");
        }
    }
}
