package dev.northstar.career;

import dev.northstar.practice.Skill;
import java.util.Map;

/** A rung of the career ladder (Associate PM … VP) and what it expects on each of the seven skills. */
public record LadderLevel(String key, String name, String scope, int rank, Map<Skill, Expectation> expectations) {

    /** The level (1–5) a rung expects on one skill and what that means in practice. */
    public record Expectation(int level, String text) {}

    public LadderLevel {
        expectations = Map.copyOf(expectations);
    }

    public Expectation expectation(Skill skill) {
        return expectations.get(skill);
    }
}
