package dev.northstar.roadmap;

import java.util.UUID;

/** Puts a feature with a team in a period; {@code committed} pins it so the optimizer keeps it there. */
public record ItemInput(UUID featureId, UUID teamId, String period, boolean committed) {}
