package dev.northstar.practice;

import java.time.Instant;
import java.util.UUID;

/**
 * A user scored their own answer to a card (a question {@code q:<id>} or a framework {@code f:<key>}) from 1 to 5
 * against its rubric; spaced repetition schedules the card's next review from it.
 */
public record AnswerScored(UUID userId, String cardId, int score, Instant at) {

    public AnswerScored {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score must be 1..5, was " + score);
        }
    }
}
