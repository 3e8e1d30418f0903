package dev.northstar.practice;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Product teardown: hypothesised goals, what is new or unique, what is common or low-value, and design choices
 * judged against the goals (at least one that helps and one that hinders, each with a reason).
 */
@Component
class TeardownChecker implements Checker {

    @Override
    public String framework() {
        return "teardown";
    }

    @Override
    public CheckResult check(Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        f.require(a, "product", "Name the product you took apart.");
        List<String> goals = a.list("goals");
        if (goals.isEmpty()) {
            f.missing("goals", "Hypothesise what the team is trying to achieve before judging the design.");
        } else if (goals.size() < 2) {
            f.weak("goals", "Add a second goal: one for customers and one for the business is a good start.");
        } else {
            f.good("goals", goals.size() + " goals to judge the design against.");
        }
        observations(a, f, "unique", "Name at least one thing it does that is new or unusual.");
        observations(a, f, "common", "Name at least one part that is ordinary or adds little, and why.");
        List<Map<String, Object>> design = a.rows("design");
        if (design.isEmpty()) {
            f.missing("design", "Judge design choices against your goals: which help, which hinder, and why.");
        } else {
            boolean helps = false;
            boolean hinders = false;
            boolean ok = true;
            for (int i = 0; i < design.size(); i++) {
                Map<String, Object> row = design.get(i);
                String effect = ExerciseAnswer.cell(row, "effect");
                helps |= effect.equals("helps");
                hinders |= effect.equals("hinders");
                if (ExerciseAnswer.cell(row, "choice").isEmpty()) {
                    f.missing(ExerciseAnswer.at("design", i, "choice"), "Row " + (i + 1) + ": name the design choice.");
                    ok = false;
                }
                if (effect.isEmpty()) {
                    f.missing(ExerciseAnswer.at("design", i, "effect"), "Row " + (i + 1) + ": does it help or hinder?");
                    ok = false;
                }
                String goal = ExerciseAnswer.cell(row, "goal");
                if (goal.isEmpty()) {
                    f.weak(
                            ExerciseAnswer.at("design", i, "goal"),
                            "Row " + (i + 1) + ": which of your goals does it touch?");
                    ok = false;
                } else if (!goals.isEmpty() && goals.stream().noneMatch(g -> g.equalsIgnoreCase(goal))) {
                    f.weak(
                            ExerciseAnswer.at("design", i, "goal"),
                            "Row " + (i + 1) + ": " + ExerciseFindings.quote(goal)
                                    + " is not one of your goals; add it to the goals or pick one of them.");
                    ok = false;
                }
                if (ExerciseWording.wordCount(ExerciseAnswer.cell(row, "why")) < 4) {
                    f.weak(ExerciseAnswer.at("design", i, "why"), "Row " + (i + 1) + ": say why, in a sentence.");
                    ok = false;
                }
            }
            if (!hinders) {
                f.weak("design", "Find a choice that hinders a goal too: every design gives something up.");
            } else if (!helps) {
                f.weak("design", "Find a choice that helps a goal too: something must be working.");
            } else if (ok) {
                f.good("design", "Choices that help and hinder, each with a reason.");
            }
        }
        return f.result(
                framework(),
                "Whether your guesses about the team's goals are right",
                "How the product performs in numbers, which a teardown cannot see");
    }

    private static void observations(ExerciseAnswer a, ExerciseFindings f, String key, String missingMessage) {
        List<String> items = a.list(key);
        if (items.isEmpty()) {
            f.missing(key, missingMessage);
            return;
        }
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            if (ExerciseWording.wordCount(items.get(i)) < 4) {
                f.weak(
                        ExerciseAnswer.at(key, i),
                        ExerciseFindings.quote(items.get(i)) + " is a label: say what it does and why that matters.");
                ok = false;
            }
        }
        if (ok) {
            f.good(key, items.size() + (items.size() == 1 ? " observation." : " observations."));
        }
    }
}
