package dev.northstar.career;

import dev.northstar.practice.Skill;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A dated self-assessment with its seven ratings in the order of {@link Skill}. */
public record AssessmentView(UUID id, LocalDate assessedOn, Instant createdAt, List<Rating> ratings) {

    public AssessmentView {
        ratings = List.copyOf(ratings);
    }

    /** The level given to {@code skill}, or 0 when it was not rated. */
    public int level(Skill skill) {
        return ratings.stream()
                .filter(r -> r.skill() == skill)
                .mapToInt(Rating::level)
                .findFirst()
                .orElse(0);
    }

    public String note(Skill skill) {
        return ratings.stream()
                .filter(r -> r.skill() == skill)
                .map(Rating::note)
                .findFirst()
                .orElse(null);
    }

    /** The mean of the ratings, one decimal. */
    public double average() {
        return Math.round(ratings.stream().mapToInt(Rating::level).average().orElse(0) * 10) / 10.0;
    }
}
