package dev.northstar.workspace;

import java.util.UUID;

/** Proof that the current actor may act on a product with at least the role that was asked for. */
public record ProductAccess(UUID productId, UUID workspaceId, Role role, Actor actor) {}
