package dev.northstar.discovery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An interview guide with its questions in order and how many sessions used it. */
public record InterviewGuideView(
        UUID id,
        UUID productId,
        String title,
        String goal,
        List<GuideQuestion> questions,
        long sessionCount,
        Instant createdAt,
        int version) {}
