package dev.northstar.prioritization;

import java.util.Map;

/** A feature's score in one framework with the inputs and factors behind it. */
public record ScoreSnapshot(String framework, double score, Map<String, Object> breakdown) {}
