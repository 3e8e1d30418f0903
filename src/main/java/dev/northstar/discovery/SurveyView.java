package dev.northstar.discovery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A survey with its questions; anyone with {@link #publicPath()} can answer it while it is open. */
public record SurveyView(
        UUID id,
        UUID productId,
        String title,
        String intro,
        SurveyStatus status,
        String publicToken,
        List<SurveyQuestion> questions,
        long responseCount,
        Instant createdAt,
        int version) {

    public String publicPath() {
        return "/public/surveys/" + publicToken;
    }

    public boolean hasQuestion(QuestionType type) {
        return questions.stream().anyMatch(q -> q.type() == type);
    }
}
