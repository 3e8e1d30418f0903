package dev.northstar.workspace;

import java.time.Instant;
import java.util.UUID;

/** A workspace as the current user sees it, with their role in it. */
public record WorkspaceView(UUID id, String name, Role role, Instant createdAt) {}
