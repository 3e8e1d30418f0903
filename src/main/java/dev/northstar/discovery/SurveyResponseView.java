package dev.northstar.discovery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One submitted response: answers by question key (a number, a choice, a list of choices or text). */
public record SurveyResponseView(
        UUID id, UUID surveyId, String respondent, Instant submittedAt, Map<String, Object> answers) {

    /** The answer to one question as text ("A, B" for several choices), or null when unanswered. */
    public String display(String key) {
        Object a = answers.get(key);
        if (a instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return a == null ? null : a.toString();
    }
}
