package dev.northstar.career;

import java.time.Instant;
import java.time.LocalDate;

/** An application entering a stage on a day; {@code from} is null for the stage it started in. */
public record StageChange(ApplicationStage from, ApplicationStage to, LocalDate on, Instant recordedAt) {}
