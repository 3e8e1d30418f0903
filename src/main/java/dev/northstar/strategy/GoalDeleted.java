package dev.northstar.strategy;

import java.util.UUID;

/** A goal was deleted with its key results; whatever links to it (features) should let go. */
public record GoalDeleted(UUID productId, UUID goalId) {}
