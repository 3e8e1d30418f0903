package dev.northstar.discovery;

import dev.northstar.common.Checks;
import java.util.ArrayList;
import java.util.List;

/** An interview guide as written: a title, the goal of the interviews and the questions in order. */
public record GuideDraft(String title, String goal, List<String> questions) {

    public static final int MAX_QUESTIONS = 60;
    public static final int MAX_PROMPT = 2000;

    public GuideDraft {
        title = Checks.trimToNull(title);
        goal = Checks.trimToNull(goal);
        List<String> clean = new ArrayList<>();
        boolean tooLong = false;
        if (questions != null) {
            for (String q : questions) {
                String c = Checks.trimToNull(q);
                if (c != null) {
                    clean.add(c);
                    tooLong |= c.length() > MAX_PROMPT;
                }
            }
        }
        Checks.start()
                .notBlank(title, "title", "Title")
                .maxLength(title, 300, "title", "Title")
                .maxLength(goal, 4000, "goal", "Goal")
                .require(
                        clean.size() <= MAX_QUESTIONS,
                        "questions",
                        "A guide can have at most " + MAX_QUESTIONS + " questions")
                .require(!tooLong, "questions", "Each question must be at most " + MAX_PROMPT + " characters")
                .orThrow();
        questions = List.copyOf(clean);
    }

    static String checkedPrompt(String prompt) {
        String c = Checks.trimToNull(prompt);
        Checks.start()
                .notBlank(c, "prompt", "Question")
                .maxLength(c, MAX_PROMPT, "prompt", "Question")
                .orThrow();
        return c;
    }
}
