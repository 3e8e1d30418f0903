package dev.northstar.specs;

import dev.northstar.common.InvalidInputException;
import java.util.List;
import java.util.Locale;

/**
 * The two story forms: a user story (As a role, I want a capability, so that a benefit) and a job
 * story (When a situation, I want to a motivation, so I can an outcome). Both have three parts.
 */
public enum StoryKind {
    USER(List.of("role", "capability", "benefit"), List.of("Role", "Capability", "Benefit")),
    JOB(List.of("situation", "motivation", "outcome"), List.of("Situation", "Motivation", "Outcome"));

    private final List<String> parts;
    private final List<String> labels;

    StoryKind(List<String> parts, List<String> labels) {
        this.parts = parts;
        this.labels = labels;
    }

    /** The names of the three parts, as the API's {@code parts} object uses them. */
    public List<String> parts() {
        return parts;
    }

    List<String> labels() {
        return labels;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The story as one sentence. */
    public String sentence(String first, String second, String third) {
        return switch (this) {
            case USER -> "As " + article(first) + ", I want " + second + ", so that " + third + ".";
            case JOB -> "When " + first + ", I want to " + second + ", so I can " + third + ".";
        };
    }

    private static String article(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        if (lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("the ")) {
            return role;
        }
        return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + role;
    }

    public static StoryKind parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "kind is required: user or job");
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (v.endsWith(" STORY") || v.endsWith("-STORY") || v.endsWith("_STORY")) {
            v = v.substring(0, v.length() - 6);
        }
        try {
            return valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "unknown story kind '" + value.strip() + "'; use user or job");
        }
    }
}
