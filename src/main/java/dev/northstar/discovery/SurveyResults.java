package dev.northstar.discovery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a survey's responses say: how many there are, the NPS of its first NPS question (null when it
 * has none or nobody answered it), and per question the distribution of answers or the free text.
 */
public record SurveyResults(UUID surveyId, long responses, Nps nps, List<QuestionResult> questions) {

    /** One answer value and how often it was given; {@code percent} of those who answered the question. */
    public record Bucket(String value, int count, int percent) {}

    /** A free-text answer, linked to the inbox note it became. */
    public record TextAnswer(UUID responseId, String respondent, Instant submittedAt, String text, UUID noteId) {}

    /**
     * {@code distribution} for scales and choices (every scale point and option, zero counts included),
     * {@code average} for scales, {@code nps} for NPS questions, {@code texts} (newest first) for free text.
     */
    public record QuestionResult(
            String key,
            QuestionType type,
            String prompt,
            int answered,
            Double average,
            Nps nps,
            List<Bucket> distribution,
            List<TextAnswer> texts) {}
}
