package dev.northstar.workspace;

import java.time.Instant;
import java.util.UUID;

/** A product; analytics clients send events with its {@code captureKey}. */
public record ProductView(
        UUID id, UUID workspaceId, String name, String description, String captureKey, Instant createdAt) {}
