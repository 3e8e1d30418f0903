package dev.northstar.practice;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A story of the bank with the structural feedback on it. */
public record StoryView(
        UUID id,
        String title,
        StoryFormat format,
        Map<String, String> parts,
        List<Situation> situations,
        List<Skill> skills,
        boolean portfolio,
        int version,
        Instant createdAt,
        Instant updatedAt,
        CheckResult check) {}
