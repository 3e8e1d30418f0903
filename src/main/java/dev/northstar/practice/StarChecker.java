package dev.northstar.practice;

import java.util.Map;
import org.springframework.stereotype.Component;

/** STAR story: situation, task, action, result all present; the action in the first person; a quantified result. */
@Component
class StarChecker implements Checker {

    @Override
    public String framework() {
        return "star";
    }

    @Override
    public CheckResult check(Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        if (f.words(
                a,
                "situation",
                8,
                "Set the scene: where you were, what was at stake.",
                "The situation is very short: one or two sentences on the context and the stakes.")) {
            f.good("situation", "Context given.");
        }
        if (f.words(
                a,
                "task",
                5,
                "Say what you had to achieve or were responsible for.",
                "The task is very short: what exactly was yours to do?")) {
            f.good("task", "Your responsibility is stated.");
        }
        StoryRules.actionAndResult(a, f);
        return f.result(framework(), StoryRules.CANNOT_JUDGE);
    }
}
