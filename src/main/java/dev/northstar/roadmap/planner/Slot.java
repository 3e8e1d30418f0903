package dev.northstar.roadmap.planner;

/** A team in a period: the value a feature's planning variable takes. {@code weight} is P − period index. */
record Slot(int index, int team, int period, long capacity, long weight) {}
