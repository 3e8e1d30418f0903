package dev.northstar.roadmap.planner;

/** Feature {@code dependent} needs feature {@code prerequisite} (by index), as a problem fact for the solver. */
record Precedence(int dependent, int prerequisite) {}
