package dev.northstar.interchange;

import java.util.Map;
import java.util.UUID;

/** The outcome of a restore: the workspace, the rows restored per table, and how many rows already existed and were reused (accounts matched by id or email). */
public record RestoredWorkspace(UUID workspaceId, String name, Map<String, Integer> rows, int reusedRows) {}
