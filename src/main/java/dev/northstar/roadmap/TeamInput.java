package dev.northstar.roadmap;

/** A team as a PM writes it: a name and, optionally, how many people are in it. */
public record TeamInput(String name, Integer members) {}
