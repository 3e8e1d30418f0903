package dev.northstar.practice;

import java.util.Map;
import org.springframework.stereotype.Component;

/** CARL story: context, action, result, learning all present; first-person action; quantified result. */
@Component
class CarlChecker implements Checker {

    @Override
    public String framework() {
        return "carl";
    }

    @Override
    public CheckResult check(Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        if (f.words(
                a,
                "context",
                8,
                "Set the context: where you were, what you had to do and what was at stake.",
                "The context is very short: one or two sentences on the situation and your part in it.")) {
            f.good("context", "Context given.");
        }
        StoryRules.actionAndResult(a, f);
        if (f.words(
                a,
                "learning",
                6,
                "Say what you learned and what you do differently since: it is what CARL adds to STAR.",
                "The learning is thin: name the lesson and one thing you now do differently.")) {
            f.good("learning", "A lesson drawn.");
        }
        return f.result(framework(), StoryRules.CANNOT_JUDGE);
    }
}
