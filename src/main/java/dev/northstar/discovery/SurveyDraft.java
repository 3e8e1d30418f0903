package dev.northstar.discovery;

import dev.northstar.common.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A survey's title, introduction and questions, as written by its designer. */
public record SurveyDraft(String title, String intro, List<SurveyQuestion> questions) {

    public static final int MAX_QUESTIONS = 40;

    public SurveyDraft {
        title = Checks.trimToNull(title);
        intro = Checks.trimToNull(intro);
        questions = questions == null ? List.of() : List.copyOf(questions);
        Set<String> keys = new HashSet<>();
        boolean duplicate = false;
        for (SurveyQuestion q : questions) {
            duplicate |= q.key() != null && !keys.add(q.key());
        }
        Checks.start()
                .notBlank(title, "title", "Title")
                .maxLength(title, 300, "title", "Title")
                .maxLength(intro, 4000, "intro", "Introduction")
                .require(
                        questions.size() <= MAX_QUESTIONS,
                        "questions",
                        "A survey can have at most " + MAX_QUESTIONS + " questions")
                .require(!duplicate, "questions", "Two questions have the same key; each key must be unique")
                .orThrow();
    }
}
