package dev.northstar.workspace;

import java.util.UUID;

public record ProductCreated(UUID productId, UUID workspaceId, String name) {}
