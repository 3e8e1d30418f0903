package dev.northstar.practice;

import java.util.UUID;

/** A product the user can start an exercise from: one they can see in one of their workspaces. */
public record ExerciseSource(UUID productId, String productName, UUID workspaceId, String workspaceName) {}
