package dev.northstar.roadmap;

import java.time.LocalDate;
import java.util.UUID;

public record ReleaseView(UUID id, String name, LocalDate date, String description) {}
