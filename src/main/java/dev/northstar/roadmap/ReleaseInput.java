package dev.northstar.roadmap;

import java.time.LocalDate;

/** A release or milestone: a name, a date and what it brings. */
public record ReleaseInput(String name, LocalDate date, String description) {}
