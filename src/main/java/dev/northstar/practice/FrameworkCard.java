package dev.northstar.practice;

import java.util.List;

/** A framework a product manager should know by heart; learned as a flash card ({@code question} is its front). */
public record FrameworkCard(
        String key,
        String name,
        String summary,
        String whenToUse,
        List<Step> steps,
        List<String> pitfalls,
        List<Skill> skills,
        String question) {

    public FrameworkCard {
        steps = List.copyOf(steps);
        pitfalls = List.copyOf(pitfalls);
        skills = List.copyOf(skills);
    }

    public record Step(String name, String hint) {}

    /** The spaced-repetition card of this framework. */
    public String cardId() {
        return "f:" + key;
    }
}
