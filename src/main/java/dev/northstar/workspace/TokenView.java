package dev.northstar.workspace;

import java.time.Instant;
import java.util.UUID;

/** A personal API token; the secret itself is shown once, when it is issued, and never stored. */
public record TokenView(UUID id, String name, Instant createdAt, Instant lastUsedAt) {}
