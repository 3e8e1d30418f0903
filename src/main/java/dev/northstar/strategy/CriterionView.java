package dev.northstar.strategy;

import java.util.UUID;

/** A comparison criterion in the PM's order (position from 0). */
public record CriterionView(UUID id, UUID productId, String name, String description, int position) {}
