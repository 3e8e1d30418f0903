package dev.northstar.workspace;

import java.time.Instant;
import java.util.UUID;

/** An open invitation; {@code token} is present only in the answer that created it. */
public record InvitationView(UUID id, UUID workspaceId, String email, Role role, Instant createdAt, String token) {}
