package dev.northstar.common;

import java.util.UUID;

/**
 * A workspace was restored from a backup (published inside the restoring transaction). Modules that
 * keep a cache outside the database (search indexes) refresh it after the commit.
 */
public record WorkspaceRestored(UUID workspaceId) {}
