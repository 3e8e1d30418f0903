package dev.northstar.career;

import dev.northstar.practice.Skill;
import java.time.Instant;

/**
 * One thing to do in the learning plan: an exercise, an interview question or a book, for the skill whose gap it
 * closes. {@code key} ("data:exercise:metrics") names it across regenerations; {@code link} is where to do it (null
 * for books).
 */
public record PlanItem(
        String key,
        Skill skill,
        PlanItemKind kind,
        String ref,
        String title,
        String detail,
        String link,
        boolean done,
        Instant doneAt) {}
