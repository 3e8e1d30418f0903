package dev.northstar.career;

import dev.northstar.practice.Skill;

/** One skill rated 1–5 in an assessment, with the user's optional note on why. */
public record Rating(Skill skill, int level, String note) {}
