package dev.northstar.discovery;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One submitted response: answers by question key (a number, a choice, a list of choices or text). */
public record SurveyResponseView(UUID id, UUID surveyId, String respondent, Instant submittedAt, Map<String, Object> answers) {}
