package dev.northstar.practice;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A mock interview session with its answers; {@code shareToken} is set while a peer-review link is open. */
public record MockView(
        UUID id,
        String title,
        InterviewRound round,
        QuestionCategory category,
        int minutesPerQuestion,
        String shareToken,
        Instant createdAt,
        List<Answer> answers) {

    /** One question of the session and what happened to it. */
    public record Answer(
            int position,
            Question question,
            Map<String, String> content,
            Instant startedAt,
            Instant submittedAt,
            Integer elapsedSeconds,
            Integer selfScore,
            boolean portfolio,
            CheckResult check,
            List<PeerReview> peerReviews) {

        public boolean answered() {
            return submittedAt != null;
        }

        /** True when the answer was submitted after its time ran out. */
        public boolean overtime(int minutes) {
            return elapsedSeconds != null && elapsedSeconds > minutes * 60;
        }

        public Double peerAverage() {
            return peerReviews.isEmpty()
                    ? null
                    : peerReviews.stream().mapToInt(PeerReview::score).average().orElse(0);
        }
    }

    public record PeerReview(UUID id, String reviewer, int score, String comment, Instant at) {}

    /** The first question not yet self-scored, or -1 when every one is. */
    public int nextPosition() {
        return answers.stream()
                .filter(a -> a.selfScore() == null)
                .mapToInt(Answer::position)
                .findFirst()
                .orElse(-1);
    }

    public Double averageScore() {
        var scored = answers.stream().filter(a -> a.selfScore() != null).toList();
        return scored.isEmpty()
                ? null
                : scored.stream().mapToInt(Answer::selfScore).average().orElse(0);
    }

    public boolean complete() {
        return nextPosition() < 0;
    }
}
